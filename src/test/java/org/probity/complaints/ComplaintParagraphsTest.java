package org.probity.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probity.complaints.ComplaintCouncil.m;
import static org.probity.complaints.ComplaintCouncil.o;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.common.ValidationException;
import org.probity.protocols.Paragraph;
import org.probity.storage.TestDatabases;

/**
 * Complaints engage paragraphs of the protocol version in force on the day they were received;
 * their details can be corrected after logging; procedure targets change for stages opened later.
 */
class ComplaintParagraphsTest {

    private static final String TITLE = "Member/Officer Relations Protocol";
    private static final LocalDate VERSION_ONE = LocalDate.of(2024, 3, 5);
    private static final LocalDate VERSION_TWO = LocalDate.of(2026, 6, 1);

    private static String messageFor(Throwable thrown, String field) {
        return ((ValidationException) thrown).messageFor(field);
    }

    /** Version 1 has paragraph 8.3; version 2 drops it and adds 9.1. */
    private static void twoVersions(ComplaintCouncil c) {
        c.app.protocols().importVersion(TITLE, List.of(Paragraph.heading("1.", 1, "Purpose"),
                Paragraph.body("8.2", 2, "Officers should not be asked to attend party political meetings."),
                Paragraph.body("8.3", 2, "Members should not press officers for a particular answer.")),
                VERSION_ONE, "Council", "Part 5", "v1.md");
        c.app.protocols().importVersion(TITLE, List.of(Paragraph.heading("1.", 1, "Purpose"),
                Paragraph.body("8.2", 2, "Officers should not be asked to attend party political meetings."),
                Paragraph.body("9.1", 2, "Complaints by officers about members go first to their line manager.")),
                VERSION_TWO, "Council", "Part 5", "v2.md");
    }

    private static Complaint draft(ComplaintCouncil c, LocalDate received, String paragraphs) {
        ProposedRoute route = c.complaints.propose(ComplaintDirection.MEMBER_ABOUT_OFFICER, m(c.councillor),
                o(c.housingOfficer), false);
        return Complaint.logged(received, ReceivedHow.EMAIL, ComplaintDirection.MEMBER_ABOUT_OFFICER,
                m(c.councillor), o(c.housingOfficer), ComplaintCategory.DISRESPECT, paragraphs,
                "Spoke dismissively at a briefing.", false, route.route(), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void paragraphsAreCheckedAgainstTheVersionInForceOnTheDayReceived(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, LocalDate.of(2026, 11, 23))) {
            twoVersions(c);
            ComplaintService s = c.complaints;

            Complaint underOne = s.log(draft(c, LocalDate.of(2026, 1, 12), "8.3, 1."), null);
            assertThat(underOne.paragraphs()).as("numbers kept as the version writes them, without the full stop")
                    .isEqualTo("8.3, 1");
            assertThat(s.describeParagraphs(underOne)).containsExactly(
                    "8.3 Members should not press officers for a particular…", "1. Purpose");

            assertThatThrownBy(() -> s.log(draft(c, LocalDate.of(2026, 7, 1), "8.2, 8.3"), null))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(t -> assertThat(messageFor(t, "paragraphs"))
                            .contains("Paragraph 8.3 is not in Version 2 of the " + TITLE)
                            .contains("in force on 1 Jul 2026"));

            Complaint underTwo = s.log(draft(c, LocalDate.of(2026, 7, 1), "9.1"), null);
            assertThat(s.describeParagraphs(underTwo)).containsExactly(
                    "9.1 Complaints by officers about members go first to…");
            assertThat(s.paragraphChoices(LocalDate.of(2026, 7, 1)).orElseThrow().paragraphs())
                    .extracting(ParagraphVersion.ParagraphChoice::number).containsExactly("1.", "8.2", "9.1");

            assertThatThrownBy(() -> s.editDetails(underTwo.id(), LocalDate.of(2026, 5, 29), ReceivedHow.EMAIL,
                    ComplaintCategory.DISRESPECT, "9.1", underTwo.summary(), underTwo.complainant(),
                    underTwo.subject()))
                    .as("moving the date received back brings the earlier version, which has no 9.1")
                    .satisfies(t -> assertThat(messageFor(t, "paragraphs")).contains("Paragraph 9.1 is not in "
                            + "Version 1"));
            assertThat(s.complaint(underTwo.id()).orElseThrow().receivedOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void withoutAProtocolParagraphsStayAsTyped(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, LocalDate.of(2026, 11, 23))) {
            Complaint logged = c.complaints.log(draft(c, LocalDate.of(2026, 1, 12), "paras 30-31"), null);
            assertThat(logged.paragraphs()).isEqualTo("paras 30-31");
            assertThat(c.complaints.describeParagraphs(logged)).containsExactly("paras 30-31");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void correctingTheDetailsIsAuditedAndRecountsTheFirstStage(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, LocalDate.of(2026, 11, 23))) {
            ComplaintService s = c.complaints;
            Complaint logged = c.aboutMember(LocalDate.of(2026, 11, 9));
            assertThat(logged.currentStage().orElseThrow().acknowledgeDue()).isEqualTo(LocalDate.of(2026, 11, 16));

            Complaint edited = s.editDetails(logged.id(), LocalDate.of(2026, 11, 10), ReceivedHow.EMAIL,
                    ComplaintCategory.UNDUE_PRESSURE, null, "Pressed a junior officer in committee.",
                    logged.complainant(), logged.subject());

            assertThat(edited.receivedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(edited.currentStage().orElseThrow().startedOn()).isEqualTo(LocalDate.of(2026, 11, 10));
            assertThat(edited.currentStage().orElseThrow().acknowledgeDue()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(edited.reference()).isEqualTo(logged.reference());
            assertThat(s.history(logged.id())).hasSize(2);
            assertThat(s.history(logged.id()).get(0).changes().toString() + s.history(logged.id()).get(1)
                    .changes()).contains("Undue pressure on junior staff").contains("10 Nov 2026");

            s.acknowledge(logged.id(), LocalDate.of(2026, 11, 12));
            s.advance(logged.id(), LocalDate.of(2026, 11, 13), c.monitoringOfficer.id());
            assertThatThrownBy(() -> s.editDetails(logged.id(), edited.receivedOn(), ReceivedHow.EMAIL,
                    ComplaintCategory.UNDUE_PRESSURE, null, edited.summary(), m(c.otherCouncillor),
                    m(c.councillor)))
                    .satisfies(t -> assertThat(messageFor(t, "complainant"))
                            .contains("only be changed while the complaint is at its first stage"));
            Complaint later = s.editDetails(logged.id(), edited.receivedOn(), ReceivedHow.LETTER,
                    ComplaintCategory.UNDUE_PRESSURE, null, "Summary corrected.", logged.complainant(),
                    logged.subject());
            assertThat(later.summary()).isEqualTo("Summary corrected.");
            assertThat(later.stages()).hasSize(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void changedTargetsApplyOnlyToStagesOpenedAfterwards(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, LocalDate.of(2026, 11, 23))) {
            ComplaintService s = c.complaints;
            Complaint before = c.aboutMember(LocalDate.of(2026, 11, 9));

            s.saveStageTargets(ComplaintProcedure.CODE_OF_CONDUCT, 1, 2, null, 0);

            assertThat(s.procedure(ComplaintProcedure.CODE_OF_CONDUCT).stage(1).orElseThrow().acknowledgeDays())
                    .isEqualTo(2);
            assertThat(s.complaint(before.id()).orElseThrow().currentStage().orElseThrow().acknowledgeDue())
                    .as("a stage already started keeps its date").isEqualTo(LocalDate.of(2026, 11, 16));
            Complaint after = c.aboutMember(LocalDate.of(2026, 11, 9));
            assertThat(after.currentStage().orElseThrow().acknowledgeDue()).isEqualTo(LocalDate.of(2026, 11, 11));

            // A closure day counts a stage already started again with the target it started with
            s.acknowledge(before.id(), LocalDate.of(2026, 11, 10));
            Complaint assessing = s.advance(before.id(), LocalDate.of(2026, 11, 10), null);
            assertThat(assessing.currentStage().orElseThrow().respondDue()).isEqualTo(LocalDate.of(2026, 12, 8));
            s.saveStageTargets(ComplaintProcedure.CODE_OF_CONDUCT, 2, null, 30, 10);
            c.app.calendar().addClosureDay(LocalDate.of(2026, 11, 27), "Office move");
            assertThat(s.complaint(before.id()).orElseThrow().currentStage().orElseThrow().respondDue())
                    .as("20 working days still, one day later").isEqualTo(LocalDate.of(2026, 12, 9));

            assertThat(c.app.audit().history(ComplaintService.PROCEDURE,
                    s.procedure(ComplaintProcedure.CODE_OF_CONDUCT).id())).hasSize(2);

            assertThatThrownBy(() -> s.saveStageTargets(ComplaintProcedure.CODE_OF_CONDUCT, 2, null, 0, 10))
                    .satisfies(t -> assertThat(messageFor(t, "respondDays")).contains("between 1 and 250"));
            assertThatThrownBy(() -> s.saveStageTargets(ComplaintProcedure.CODE_OF_CONDUCT, 1, 5, null, 5))
                    .satisfies(t -> assertThat(messageFor(t, "maxExtensionDays")).contains("response target"));
            assertThatThrownBy(() -> s.saveStageTargets(ComplaintProcedure.PROTOCOL,
                    ComplaintProcedure.PROTOCOL_STAGE_ONE, 1, 2, 10))
                    .satisfies(t -> assertThat(messageFor(t, "respondDays")).contains("Settings, Authority"));
        }
    }
}
