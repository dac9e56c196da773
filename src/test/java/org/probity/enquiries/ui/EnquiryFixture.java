package org.probity.enquiries.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryService;
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
 * A small authority on a fresh in-memory database, "today" being Monday 23 Nov 2026: Housing
 * and Revenues, a Director over a housing officer, and Cllr Jane Smith for Abbey ward.
 */
final class EnquiryFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    final AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester");
    final PeopleService people = app.people();
    final EnquiryService enquiries = app.enquiries();
    final Directorate place;
    final ServiceArea housing;
    final ServiceArea revenues;
    final Officer director;
    final Officer wong;
    final Officer reid;
    final Ward abbey;
    final Member smith;
    final Member jones;

    EnquiryFixture() {
        people.saveProfile(AuthorityProfile.withDefaults("Borchester City Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        place = people.saveDirectorate(new Directorate(null, "Place"));
        housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        revenues = people.saveServiceArea(new ServiceArea(null, "Revenues", place.id()));
        director = people.saveOfficer(officer("E2", "Ruth", "Okafor", "Director of Place", null, 2, null));
        wong = people.saveOfficer(officer("E4", "Lee", "Wong", "Housing Officer", housing.id(), 5, director.id()));
        reid = people.saveOfficer(officer("E6", "Tom", "Reid", "Revenues Officer", revenues.id(), 5, director.id()));
        abbey = people.saveWard(new Ward(null, "Abbey"));
        smith = people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, null, null, null,
                List.of(), List.of(abbey.id()), List.of()));
        jones = people.saveMember(new Member(null, "Cllr", "Rhys", "Jones", MemberKind.ELECTED, null, null, null,
                List.of(), List.of(), List.of()));
    }

    private Officer officer(String staff, String forenames, String surname, String post, Long area, int tier,
                            Long manager) {
        return new Officer(null, staff, forenames, surname, post, place.id(), area, tier, manager, false, null,
                LocalDate.of(2015, 4, 1), null, null);
    }

    /** An enquiry from {@code member} about {@code subject}, received on {@code received}. */
    Enquiry receive(Member member, LocalDate received, String subject, ServiceArea area, Officer officer) {
        return enquiries.record(Enquiry.received(member.id(), received, EnquiryChannel.EMAIL, subject, null,
                EnquiryKind.OTHER, null, area == null ? null : area.id(), officer == null ? null : officer.id(),
                (ConsentBasis) null));
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Override
    public void close() {
        app.close();
    }
}
