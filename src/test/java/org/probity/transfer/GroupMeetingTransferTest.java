package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoGroupMeetings;
import org.probity.demo.DemoScale;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.StatutoryRole;
import org.probity.storage.TestDatabases;

class GroupMeetingTransferTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private static AppContext empty() {
        return new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "clerk");
    }

    private static GroupMeetingTransfer transfer(AppContext app) {
        return new GroupMeetingTransfer(app.groupMeetings(), app.people(), app.database().session());
    }

    /** What a user sees of each meeting, references included, without database ids. */
    private static List<String> lines(GroupMeetingService register) {
        return register.meetings().stream().map(m -> register.values(m).toString()).sorted().toList();
    }

    @Test
    void anExportImportsIntoAFreshFolderWithTheSamePeopleAsTheSameMeetings() {
        for (String name : List.of("register.csv", "register.xlsx")) {
            try (AppContext first = empty(); AppContext second = empty()) {
                new DemoAuthority(first.people(), first.database().session(), CLOCK).load(3, DemoScale.SMALL);
                new DemoGroupMeetings(first.groupMeetings(), first.people(), first.database().session(), CLOCK)
                        .load(3, DemoScale.SMALL);
                new DemoAuthority(second.people(), second.database().session(), CLOCK).load(3, DemoScale.SMALL);
                Path file = folder.resolve(name);

                assertThat(transfer(first).export(file)).isEqualTo(60);
                GroupMeetingImportReport dryRun = transfer(second).check(file);
                assertThat(dryRun.problems()).isEmpty();
                assertThat(dryRun.summary()).isEqualTo("60 group meetings would be imported; no problems found.");
                assertThat(second.groupMeetings().count()).isZero();
                GroupMeetingImportReport report = transfer(second).importFile(file);

                assertThat(report.summary()).isEqualTo("Imported 60 group meetings.");
                assertThat(lines(second.groupMeetings())).isEqualTo(lines(first.groupMeetings()));
                // Imported like any other entry: each has its own line in the history.
                GroupMeeting any = second.groupMeetings().meetings().get(0);
                assertThat(second.groupMeetings().history(any.id())).hasSize(1);
            }
        }
    }

    @Test
    void theExportHasOneReadableRowPerMeetingWithItsStatusAndOpenAlerts() throws Exception {
        try (AppContext app = empty()) {
            Council c = new Council(app.people());
            c.briefing(app.groupMeetings());
            Path file = folder.resolve("meetings.csv");

            transfer(app).export(file);

            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith("\uFEFFReference,Group,Asked by,Asked as,Asked on,Kind,Meeting date");
            assertThat(lines.get(0)).endsWith("Status,Open alerts");
            assertThat(lines.get(1)).contains("GRP-2026-0001,Labour Group,Cllr Jane Smith,Group leader,2026-11-02,"
                    + "Private group briefing,2026-11-09,18:00,Committee Room 2,No,")
                    .contains("Sam Patel [E3]: Will attend 2026-11-03; Lee Wong [E4]: Will attend 2026-11-03")
                    .contains("Green Group 2026-11-10 e-mail")
                    .contains("Green Group 2026-11-10 accepted, briefed 2026-11-16")
                    .contains("Held; notices or offers outstanding")
                    .contains("Other groups not yet told")
                    .contains("Same briefing not yet offered to the other groups");
        }
    }

    @Test
    void everyBadRowIsNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        try (AppContext app = empty()) {
            Council c = new Council(app.people());
            c.briefing(app.groupMeetings());
            int audit = app.audit().recent(Integer.MAX_VALUE).size();
            String header = "Reference,Group,Asked by,Asked on,Kind,Meeting date,Place,Subject,Officers,"
                    + "Written advice,Monitoring Officer told\n";
            String good = ",Green Group,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,"
                    + "Sam Patel [E3]: Will attend 2026-11-03,,\n";
            Path file = folder.resolve("bad.csv");
            Files.writeString(file, header + good
                    + ",Purple Party,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,Sam Patel [E3],,\n"
                    + ",Green Group,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,"
                    + "Sam Patel [E3]: Will attend,,2026-11-10\n"
                    + ",Green Group,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,"
                    + "Sam Patel [E3]: Declined with written advice 2026-11-03,,\n"
                    + ",Green Group,Ana Núñez,31/02/2026,Group meeting,2026-11-12,Room 1,Budget,Sam Patel [E3],,\n"
                    + ",Green Group,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,Lee Wong,,\n"
                    + "GRP-2026-0001,Green Group,Ana Núñez,2026-11-02,Group meeting,2026-11-12,Room 1,Budget,"
                    + "Sam Patel [E3],,\n", StandardCharsets.UTF_8);

            GroupMeetingImportReport report = transfer(app).importFile(file);

            assertThat(report.imported()).isFalse();
            assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                    tuple(3, "Group"),
                    tuple(4, "Monitoring Officer told"),
                    tuple(5, "Written advice"),
                    tuple(6, "Asked on"),
                    tuple(7, "Officers"),
                    tuple(8, "Reference"));
            assertThat(report.problems().get(0).describe()).isEqualTo("Row 3, column 'Group': there is no political "
                    + "group called 'Purple Party' (groups: Green Group, Independent Group, Labour Group).");
            assertThat(report.problems().get(1).message()).contains("Monitoring Officer was told")
                    .contains("the date of the meeting");
            assertThat(report.problems().get(2).message()).contains("written advice is required");
            assertThat(report.problems().get(3).message()).contains("31/02/2026 is not a real date");
            assertThat(report.problems().get(4).message()).contains("2 officers are called 'Lee Wong'")
                    .contains("Lee Wong [E4]");
            assertThat(report.problems().get(5).message()).contains("GRP-2026-0001 is already in the register");
            assertThat(report.summary()).isEqualTo("Nothing was imported: the file has 6 problems.");
            assertThat(app.groupMeetings().count()).isEqualTo(1);
            assertThat(app.audit().recent(Integer.MAX_VALUE)).hasSize(audit);
        }
    }

    @Test
    void headingsAreFoundByTheirOtherNamesAndStaffNumbersTellNamesakesApart() throws Exception {
        try (AppContext app = empty()) {
            Council c = new Council(app.people());
            Path file = folder.resolve("hand kept.csv");
            Files.writeString(file, "Requesting group;Requested by;Date asked;Type;Date of meeting;Venue;Topic;"
                    + "Officers asked;Advice;Cross party;Comments\n"
                    + "Green;Cllr Ana Núñez;02/11/2026;briefing;9 Nov 2026;Room 1;Housing;"
                    + "Lee Wong [E5]: Declined 03/11/2026;Lee Wong [E5]: Note sent: see the report;no;Kept by hand\n",
                    StandardCharsets.UTF_8);

            GroupMeetingImportReport report = transfer(app).importFile(file);

            assertThat(report.problems()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            GroupMeeting m = app.groupMeetings().meetings().get(0);
            assertThat(m.groupId()).isEqualTo(c.green.id());
            assertThat(m.kind()).isEqualTo(MeetingKind.PRIVATE_BRIEFING);
            assertThat(m.meetingDate()).isEqualTo(LocalDate.of(2026, 11, 9));
            assertThat(m.notes()).isEqualTo("Kept by hand");
            assertThat(m.officers()).singleElement().satisfies(o -> {
                assertThat(o.officerId()).isEqualTo(c.otherLeeWong.id());
                assertThat(o.response()).isEqualTo(OfficerResponse.DECLINED_WITH_ADVICE);
                assertThat(o.writtenAdvice()).isEqualTo("Note sent: see the report");
            });
        }
    }

    @Test
    void aFileWithoutTheRequiredColumnsSaysWhichAreMissing() throws Exception {
        try (AppContext app = empty()) {
            new Council(app.people());
            Path file = folder.resolve("short.csv");
            Files.writeString(file, "Group,Subject,Colour\nGreen Group,Budget,red\n", StandardCharsets.UTF_8);

            GroupMeetingImportReport report = transfer(app).check(file);

            assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                    .startsWith("Row 1: the file has no 'Asked by', 'Asked on', 'Kind', 'Meeting date', 'Officers' "
                            + "columns"));
            assertThat(report.warnings()).extracting(ImportProblem::column).containsExactly("Colour");
        }
    }

    /** Three groups, two leaders, and two officers both called Lee Wong. */
    private static final class Council {
        final PoliticalGroup labour;
        final PoliticalGroup green;
        final Member janeSmith;
        final Officer samPatel;
        final Officer leeWong;
        final Officer otherLeeWong;

        Council(PeopleService people) {
            people.saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            janeSmith = member(people, "Jane", "Smith");
            Member ana = member(people, "Ana", "Núñez");
            labour = people.saveGroup(new PoliticalGroup(null, "Labour Group", "Lab", null, janeSmith.id()));
            green = people.saveGroup(new PoliticalGroup(null, "Green Group", "Green", null, ana.id()));
            people.saveGroup(new PoliticalGroup(null, "Independent Group", "Ind", null, null));
            samPatel = officer(people, "E3", "Sam", "Patel", "Head of Housing", null);
            leeWong = officer(people, "E4", "Lee", "Wong", "Housing Officer", null);
            otherLeeWong = officer(people, "E5", "Lee", "Wong", "Planning Officer", null);
            officer(people, "E1", "Ruth", "Okafor", "Director of Law", StatutoryRole.MONITORING_OFFICER);
        }

        /** A briefing of the Labour Group on 9 Nov 2026: the Green Group told and briefed, the others not. */
        GroupMeeting briefing(GroupMeetingService register) {
            LocalDate day = LocalDate.of(2026, 11, 9);
            GroupMeeting m = register.save(GroupMeeting.requested(labour.id(), janeSmith.id(),
                    org.probity.groupmeetings.RequesterRole.GROUP_LEADER, day.minusDays(7),
                    MeetingKind.PRIVATE_BRIEFING, day, java.time.LocalTime.of(18, 0), "Committee Room 2", false,
                    "Housing allocations", List.of(
                            org.probity.groupmeetings.OfficerAttendance.attending(samPatel.id(), day.minusDays(6),
                                    false),
                            org.probity.groupmeetings.OfficerAttendance.attending(leeWong.id(), day.minusDays(6),
                                    false))));
            m = register.recordMonitoringOfficerTold(m.id(), day.plusDays(1), samPatel.id());
            m = register.recordGroupTold(m.id(), green.id(), day.plusDays(1),
                    org.probity.groupmeetings.NotificationMethod.EMAIL);
            return register.recordOffer(m.id(), green.id(), day.plusDays(1),
                    org.probity.groupmeetings.OfferAnswer.ACCEPTED, day.plusDays(7));
        }

        private static Member member(PeopleService people, String forenames, String surname) {
            return people.saveMember(new Member(null, "Cllr", forenames, surname, MemberKind.ELECTED, null, null,
                    null, List.of(), List.of(), List.of()));
        }

        private static Officer officer(PeopleService people, String staff, String forenames, String surname,
                                       String post, StatutoryRole role) {
            return people.saveOfficer(new Officer(null, staff, forenames, surname, post, null, null, 3, null, false,
                    role, LocalDate.of(2015, 4, 1), null, null));
        }
    }
}
