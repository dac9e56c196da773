package org.probity.enquiries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.TestDatabases;

/**
 * A small authority for enquiry tests: Housing and Planning in Place, Revenues in Resources,
 * a Director of Place over a Head of Housing over a housing officer, a planner, a revenues
 * officer, and a councillor for Abbey ward. "Today" is fixed by the clock given.
 */
final class Council implements AutoCloseable {

    static final ZoneId UK = ZoneId.of("Europe/London");

    final AppContext app;
    final PeopleService people;
    final EnquiryService enquiries;
    final ServiceArea housing;
    final ServiceArea planning;
    final ServiceArea revenues;
    final Directorate place;
    final Directorate resources;
    final Officer director;
    final Officer headOfHousing;
    final Officer housingOfficer;
    final Officer planner;
    final Officer revenuesOfficer;
    final Ward abbey;
    final Ward castle;
    final Member councillor;

    Council(TestDatabases.Kind kind, LocalDate today) {
        app = new AppContext(kind.open(), Optional.empty(),
                Clock.fixed(today.atTime(10, 0).atZone(UK).toInstant(), UK), "clerk");
        people = app.people();
        enquiries = app.enquiries();
        people.saveProfile(AuthorityProfile.withDefaults("Borchester City Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        place = people.saveDirectorate(new Directorate(null, "Place"));
        resources = people.saveDirectorate(new Directorate(null, "Resources"));
        housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        planning = people.saveServiceArea(new ServiceArea(null, "Planning", place.id()));
        revenues = people.saveServiceArea(new ServiceArea(null, "Revenues", resources.id()));
        director = people.saveOfficer(officer("E2", "Ruth", "Okafor", "Director of Place", place.id(), null, 2, null));
        headOfHousing = people.saveOfficer(officer("E3", "Sam", "Patel", "Head of Housing", place.id(), housing.id(),
                3, director.id()));
        housingOfficer = people.saveOfficer(officer("E4", "Lee", "Wong", "Housing Officer", place.id(), housing.id(),
                5, headOfHousing.id()));
        planner = people.saveOfficer(officer("E5", "Ada", "Hughes", "Planning Officer", place.id(), planning.id(), 4,
                null));
        revenuesOfficer = people.saveOfficer(officer("E6", "Tom", "Reid", "Revenues Officer", resources.id(),
                revenues.id(), 5, null));
        abbey = people.saveWard(new Ward(null, "Abbey"));
        castle = people.saveWard(new Ward(null, "Castle"));
        councillor = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, null, null,
                null, List.of(), List.of(abbey.id()), List.of()));
    }

    void useRegion(BankHolidayRegion region) {
        people.saveProfile(AuthorityProfile.withDefaults("Borchester City Council", region));
    }

    static Officer officer(String staff, String forenames, String surname, String post, Long directorate, Long area,
                           int tier, Long manager) {
        return new Officer(null, staff, forenames, surname, post, directorate, area, tier, manager, false, null,
                LocalDate.of(2015, 4, 1), null, null);
    }

    /** An enquiry from the councillor, received on {@code received}, about {@code area}. */
    Enquiry receive(LocalDate received, EnquiryKind kind, ServiceArea area, Officer officer) {
        return enquiries.record(Enquiry.received(councillor.id(), received, EnquiryChannel.EMAIL,
                "Enquiry received " + received, null, kind, null, area == null ? null : area.id(),
                officer == null ? null : officer.id(), kind.needsConsentBasis() ? ConsentBasis.NOT_NEEDED : null));
    }

    @Override
    public void close() {
        app.close();
    }
}
