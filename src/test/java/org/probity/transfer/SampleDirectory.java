package org.probity.transfer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probity.app.AppContext;
import org.probity.people.Directorate;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.StatutoryRole;
import org.probity.people.Ward;
import org.probity.storage.Database;
import org.probity.storage.schema.Tables;
import org.probity.storage.TestDatabases;

/** A small but awkward people directory for import and export tests, and ways to compare two. */
final class SampleDirectory {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private SampleDirectory() {
    }

    static AppContext context(TestDatabases.Kind kind) {
        Database database = kind.open();
        return new AppContext(database, Optional.empty(), CLOCK, "mo.test");
    }

    /** The groups and wards a member import expects to find already set up. */
    static void groupsAndWards(PeopleService people) {
        people.saveGroup(new PoliticalGroup(null, "Riverside Independents", "RI", "#1F6FB2", null));
        people.saveGroup(new PoliticalGroup(null, "Labour", "Lab", "#E4003B", null));
        for (String ward : List.of("Castle", "Abbey", "St Mary's")) {
            people.saveWard(new Ward(null, ward));
        }
    }

    static void fill(PeopleService people) {
        groupsAndWards(people);
        Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
        Directorate resources = people.saveDirectorate(new Directorate(null, "Resources"));
        ServiceArea housing = people.saveServiceArea(new ServiceArea(null, "Housing", place.id()));
        ServiceArea legal = people.saveServiceArea(new ServiceArea(null, "Legal, Democratic & Élections",
                resources.id()));
        people.saveServiceArea(new ServiceArea(null, "Finance", resources.id()));

        // Saved top down, but surnames sort the export so that reports come before their managers.
        Officer chief = people.saveOfficer(new Officer(null, "E001", "Zoë", "Zimmerman", "Chief Executive", null, null,
                1, null, true, StatutoryRole.HEAD_OF_PAID_SERVICE, LocalDate.of(2018, 4, 3), null,
                "zoe.zimmerman@example.gov.uk"));
        Officer director = people.saveOfficer(new Officer(null, "E002", "Yusuf", "Young", "Director of Place",
                place.id(), housing.id(), 2, chief.id(), true, null, LocalDate.of(2019, 9, 1), null, null));
        Officer mo = people.saveOfficer(new Officer(null, "E003", "Siân", "O'Neill",
                "Head of Legal, Democratic\nand Electoral Services", resources.id(), legal.id(), 3, chief.id(), true,
                StatutoryRole.MONITORING_OFFICER, LocalDate.of(2020, 1, 6), null, "sian.oneill@example.gov.uk"));
        people.saveOfficer(new Officer(null, "E004", "=HYPERLINK(\"x\")", "-Adams", "+Housing Officer", place.id(),
                housing.id(), 5, director.id(), false, null, null, LocalDate.of(2026, 12, 31), null));
        people.saveOfficer(new Officer(null, "E005", "Bea", "Brown", "Lawyer", resources.id(), legal.id(), 4, mo.id(),
                false, null, LocalDate.of(2021, 2, 1), LocalDate.of(2024, 3, 31), null));
        people.saveOfficer(new Officer(null, "0042", "Cal", "Ahmed", "Housing Officer", null, null, 6, director.id(),
                false, null, null, null, null));

        Map<String, Long> groups = people.groups().stream()
                .collect(Collectors.toMap(PoliticalGroup::name, PoliticalGroup::id));
        Map<String, Long> wards = people.wards().stream().collect(Collectors.toMap(Ward::name, Ward::id));
        people.saveMember(new Member(null, "Cllr", "Jane", "Smith", MemberKind.ELECTED, LocalDate.of(2022, 5, 5),
                LocalDate.of(2026, 5, 7), "jane.smith@example.gov.uk",
                List.of(new GroupMembership(groups.get("Labour"), LocalDate.of(2019, 5, 2), LocalDate.of(2023, 5, 4)),
                        new GroupMembership(groups.get("Riverside Independents"), LocalDate.of(2023, 5, 5), null)),
                List.of(wards.get("Castle"), wards.get("St Mary's")),
                List.of(new SpecialResponsibility("Cabinet Member for Housing", housing.id(),
                                LocalDate.of(2023, 5, 20), LocalDate.of(2026, 5, 7)),
                        new SpecialResponsibility("Chair of Licensing", null, null, null))));
        people.saveMember(new Member(null, null, "Mr Ravi", "Patel", MemberKind.CO_OPTED, null, null, null, List.of(),
                List.of(), List.of(new SpecialResponsibility("Independent Person", legal.id(), null,
                LocalDate.of(2027, 1, 31)))));
        people.saveMember(new Member(null, "Cllr", "Ann", "Jones", MemberKind.ELECTED, LocalDate.of(2024, 5, 2), null,
                null, List.of(new GroupMembership(groups.get("Labour"), LocalDate.of(2024, 5, 2), null)),
                List.of(wards.get("Abbey")), List.of()));
    }

    /** Every officer field, with references by name or staff number so two databases compare. */
    static List<String> officers(PeopleService people) {
        Map<Long, String> staff = people.officers().stream()
                .collect(Collectors.toMap(Officer::id, Officer::staffNumber));
        List<String> rows = new ArrayList<>();
        for (Officer o : people.officers()) {
            rows.add(String.join("|", o.staffNumber(), o.forenames(), o.surname(), o.post(),
                    people.directorateName(o.directorateId()), people.areaName(o.serviceAreaId()),
                    String.valueOf(o.tier()), o.lineManagerId() == null ? "" : staff.get(o.lineManagerId()),
                    String.valueOf(o.politicallyRestricted()), String.valueOf(o.statutoryRole()),
                    String.valueOf(o.startDate()), String.valueOf(o.leaveDate()), String.valueOf(o.email())));
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    static List<String> members(PeopleService people) {
        Map<Long, String> groups = people.groups().stream()
                .collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name));
        Map<Long, String> wards = people.wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        List<String> rows = new ArrayList<>();
        for (Member m : people.members()) {
            rows.add(String.join("|", String.valueOf(m.title()), m.forenames(), m.surname(), m.kind().name(),
                    String.valueOf(m.termStart()), String.valueOf(m.termEnd()), String.valueOf(m.email()),
                    m.groups().stream().map(g -> groups.get(g.groupId()) + " " + g.from() + " " + g.to()).sorted()
                            .toList().toString(),
                    m.wardIds().stream().map(wards::get).sorted().toList().toString(),
                    m.responsibilities().stream().map(r -> r.role() + " [" + people.areaName(r.serviceAreaId())
                            + "] " + r.from() + " " + r.to()).sorted().toList().toString()));
        }
        rows.sort(Comparator.naturalOrder());
        return rows;
    }

    /** Row counts of the people tables and the audit trail, to show that nothing was written. */
    static List<Integer> counts(AppContext app) {
        var dsl = app.database().session().dsl();
        return List.of(dsl.fetchCount(Tables.OFFICER), dsl.fetchCount(Tables.MEMBER), dsl.fetchCount(Tables.DIRECTORATE),
                dsl.fetchCount(Tables.SERVICE_AREA), dsl.fetchCount(Tables.AUDIT_ENTRY));
    }
}
