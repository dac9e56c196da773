package org.probity.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.groupmeetings.RequesterRole;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.PoliticalGroup;
import org.probity.relationships.Declaration;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.TestDatabases;

/** Disposal under the default actions of the registers not covered by {@link RetentionServiceTest}. */
class RegisterDisposalTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Set<String> DIRECTORY = Set.of("MEMBER", "OFFICER", "POLITICAL_GROUP");
    private static final Set<String> DIRECTORY_HISTORY = Set.of(PeopleService.MEMBER, PeopleService.OFFICER,
            PeopleService.GROUP);

    private static AppContext app(TestDatabases.Kind kind, LocalDate today) {
        return new AppContext(kind.open(), Optional.empty(), Clock.fixed(today.atTime(10, 0).atZone(UK).toInstant(),
                UK), "mo");
    }

    private static Member member(AppContext app, String forenames, String surname) {
        return app.people().saveMember(new Member(null, "Cllr", forenames, surname, MemberKind.ELECTED, null, null,
                null, List.of(), List.of(), List.of()));
    }

    private static Officer officer(AppContext app, String staff, String forenames, String surname) {
        return app.people().saveOfficer(new Officer(null, staff, forenames, surname, "Housing Officer", null, null, 4,
                null, false, null, LocalDate.of(2015, 4, 1), null, null));
    }

    /** A partnership declared in March 2026 and ended that December, so due on 1 December 2032. */
    private static Declaration endedDeclaration(AppContext app, Member member, Officer officer) {
        Declaration d = app.relationships().declare(Declaration.declared(PersonRef.member(member.id()),
                PersonRef.officer(officer.id()), RelationshipKind.PARTNER, null, null, PersonRef.member(member.id()),
                LocalDate.of(2026, 3, 2), NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER,
                "Married at Thistlewood Chapel in 2019."));
        return app.relationships().end(d.id(), LocalDate.of(2026, 12, 1), "Divorce made absolute at Thistlewood.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anEndedDeclarationIsDeletedWithEverythingUnderIt(TestDatabases.Kind kind) throws Exception {
        try (AppContext app = app(kind, LocalDate.of(2033, 1, 10))) {
            Member member = member(app, "Ottoline", "Quarrington");
            Officer officer = officer(app, "E1", "Barnaby", "Fitzwarren");
            Declaration d = endedDeclaration(app, member, officer);
            List<String> personal = List.of("Quarrington", "Fitzwarren", "Thistlewood");
            DatabaseSearch search = new DatabaseSearch(app.database().dataSource());
            assertThat(search.find(personal, DIRECTORY, DIRECTORY_HISTORY)).isNotEmpty();

            RetentionService retention = app.retention();
            assertThat(retention.due()).singleElement().satisfies(r -> {
                assertThat(r.dueDate()).isEqualTo(LocalDate.of(2032, 12, 1));
                assertThat(r.action()).isEqualTo(DisposalAction.DELETE);
            });
            retention.dispose(List.of(d.reference().toString()));

            assertThat(search.find(personal, DIRECTORY, DIRECTORY_HISTORY)).isEmpty();
            assertThat(app.relationships().declarations()).isEmpty();
            assertThat(retention.deletedIn(RetainedRegister.DECLARATIONS, 2026)).isEqualTo(1);
            assertThat(app.integrity().check().passed()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anAnonymisedGroupMeetingStillCountsInTheParityFigures(TestDatabases.Kind kind) throws Exception {
        try (AppContext app = app(kind, LocalDate.of(2033, 1, 10))) {
            Member leader = member(app, "Ottoline", "Quarrington");
            PoliticalGroup group = app.people().saveGroup(new PoliticalGroup(null, "Labour Group", "Lab", null,
                    leader.id()));
            Officer attending = officer(app, "E1", "Barnaby", "Fitzwarren");
            Officer declining = officer(app, "E2", "Agnes", "Thistlewood");
            LocalDate held = LocalDate.of(2026, 10, 14);
            GroupMeeting meeting = app.groupMeetings().save(GroupMeeting.requested(group.id(), leader.id(),
                    RequesterRole.GROUP_LEADER, held.minusDays(7), MeetingKind.PRIVATE_BRIEFING, held,
                    LocalTime.of(18, 0),
                    "Quarrington's front room", false, "Budget briefing for Cllr Quarrington",
                    List.of(OfficerAttendance.attending(attending.id(), held.minusDays(6), true),
                            OfficerAttendance.declined(declining.id(), held.minusDays(6),
                                    "Advice sent by Agnes Thistlewood instead."))));
            ParityMatrix before = app.groupMeetings().parity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            List<String> personal = List.of("Quarrington", "Fitzwarren", "Thistlewood", "Budget briefing");
            DatabaseSearch search = new DatabaseSearch(app.database().dataSource());
            assertThat(search.find(personal, DIRECTORY, DIRECTORY_HISTORY)).isNotEmpty();

            app.retention().dispose(List.of(meeting.reference().toString()));

            assertThat(search.find(personal, DIRECTORY, DIRECTORY_HISTORY)).isEmpty();
            ParityMatrix after = app.groupMeetings().parity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            assertThat(after.groupTotals()).isEqualTo(before.groupTotals());
            assertThat(after.briefings()).hasSameSizeAs(before.briefings());
            assertThat(app.groupMeetings().meeting(meeting.id())).hasValueSatisfying(m -> {
                assertThat(m.meetingDate()).isEqualTo(held);
                assertThat(m.officers()).hasSize(2);
            });
            assertThat(app.retention().due()).isEmpty();
            assertThat(app.integrity().check().passed()).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void whenTheScheduleSaysAnonymiseDeclarationsAndEnquiriesStayReadableAndCounted(TestDatabases.Kind kind)
            throws Exception {
        try (AppContext app = app(kind, LocalDate.of(2033, 1, 10))) {
            Member member = member(app, "Ottoline", "Quarrington");
            Officer officer = officer(app, "E1", "Barnaby", "Fitzwarren");
            endedDeclaration(app, member, officer);
            var enquiry = app.enquiries().record(Enquiry.received(member.id(),
                    LocalDate.of(2026, 5, 4), EnquiryChannel.EMAIL,
                    "Bins at Thistlewood Cottage", "Mrs Quarrington's neighbour", EnquiryKind.OTHER,
                    null, null, officer.id(), null));
            app.enquiries().answer(enquiry.id(), LocalDate.of(2026, 5, 6));
            app.enquiries().close(enquiry.id(), LocalDate.of(2026, 5, 7));
            var before = app.enquiries().performance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            RetentionService retention = app.retention();
            for (RetainedRegister register : List.of(RetainedRegister.DECLARATIONS, RetainedRegister.ENQUIRIES)) {
                RetentionRule rule = retention.rule(register);
                retention.saveRule(new RetentionRule(register, rule.years(), 0, DisposalAction.ANONYMISE, null));
            }
            List<String> personal = List.of("Quarrington", "Fitzwarren", "Thistlewood");
            DatabaseSearch search = new DatabaseSearch(app.database().dataSource());

            retention.dispose(retention.due().stream().map(DueRecord::reference).toList());

            assertThat(retention.disposalLog()).hasSize(2);
            assertThat(search.find(personal, DIRECTORY, DIRECTORY_HISTORY)).isEmpty();
            assertThat(app.relationships().declarations()).singleElement()
                    .satisfies(kept -> assertThat(kept.endedOn()).isEqualTo(LocalDate.of(2026, 12, 1)));
            app.relationships().reevaluateAll();
            assertThat(app.enquiries().performance(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).overall())
                    .isEqualTo(before.overall());
            assertThat(app.integrity().check().passed()).isTrue();
        }
    }
}
