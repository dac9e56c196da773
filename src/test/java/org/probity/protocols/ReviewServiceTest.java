package org.probity.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.DueItem;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

class ReviewServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String TITLE = "Member/Officer Relations Protocol";

    private static AppContext context(TestDatabases.Kind kind) {
        return new AppContext(kind.open(), Optional.empty(), CLOCK, "mo.test");
    }

    private static List<Paragraph> protocolText() {
        return List.of(Paragraph.heading("1.", 1, "Purpose"),
                Paragraph.body("1.1", 2, "This protocol guides relations between members and officers."),
                Paragraph.heading("8.", 1, "Briefings"),
                Paragraph.body("8.2.2", 3, "Other groups may have nominated portfolio leads, who may ask for "
                        + "briefings."));
    }

    private static ProtocolVersion adopted(AppContext app) {
        return app.protocols().importVersion(TITLE, protocolText(), LocalDate.of(2024, 3, 5), "Council",
                "Part 5", "protocol.md");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anAmendedDraftIsAdoptedWhenTheLastBodyApprovesAndTheOldVersionIsSuperseded(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            ProtocolVersion v1 = adopted(app);
            ReviewService reviews = app.reviews();
            Review review = reviews.open(v1.id(), LocalDate.of(2026, 6, 1), ReviewReason.PERIODIC,
                    LocalDate.of(2024, 3, 5), LocalDate.of(2026, 5, 31));
            reviews.propose(review.id(), "1.1", "This protocol guides working relations between members and "
                    + "officers.", "Clearer", "Monitoring Officer");
            Consultation c = reviews.consult(review.id(), "Sam Okafor", "Governance Manager", "Law and Governance",
                    false, LocalDate.of(2026, 6, 10), null);
            reviews.recordResponse(c.id(), LocalDate.of(2026, 6, 20), "Content with the draft.");
            reviews.addStep(review.id(), "Standards Committee", LocalDate.of(2026, 9, 14), ApprovalDecision.APPROVED,
                    "SC/26/14");
            ApprovalStep panel = reviews.addStep(review.id(), "Constitution Working Group", LocalDate.of(2026, 10, 9),
                    ApprovalDecision.APPROVED_SUBJECT_TO_AMENDMENT, "CWG/26/9");
            reviews.amendAtStep(panel.id(), "8.2.2", "Other groups may have nominated Shadow Cabinet Members, who "
                    + "may ask for briefings.", "Use the title the groups use");
            reviews.addStep(review.id(), "Council", LocalDate.of(2026, 11, 17), ApprovalDecision.APPROVED, "C/26/88");

            ProtocolVersion v2 = reviews.adopt(review.id(), null);

            assertThat(v2.status()).isEqualTo(VersionStatus.ADOPTED);
            assertThat(v2.number()).isEqualTo(2);
            assertThat(v2.adoptedOn()).isEqualTo(LocalDate.of(2026, 11, 17));
            assertThat(v2.adoptedBy()).isEqualTo("Council");
            assertThat(v2.nextReviewOn()).isEqualTo(LocalDate.of(2028, 11, 17));
            assertThat(app.protocols().version(v1.id()).orElseThrow().status()).isEqualTo(VersionStatus.SUPERSEDED);
            assertThat(app.protocols().paragraphs(v2.id())).extracting(Paragraph::text)
                    .contains("Other groups may have nominated Shadow Cabinet Members, who may ask for briefings.");
            List<Amendment> amendments = reviews.amendments(review.id());
            assertThat(amendments).extracting(reviews::madeBy).containsExactly(
                    "proposed by Monitoring Officer on 23 Nov 2026",
                    "amended by Constitution Working Group on 9 Oct 2026");
            assertThat(reviews.review(review.id()).orElseThrow().status()).isEqualTo(ReviewStatus.ADOPTED);
            List<ParagraphChange> changes = app.protocols().compare(v1.id(), v2.id());
            assertThat(changes).extracting(ParagraphChange::kind).containsExactly(ParagraphChange.Kind.UNCHANGED,
                    ParagraphChange.Kind.CHANGED, ParagraphChange.Kind.UNCHANGED, ParagraphChange.Kind.CHANGED);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aStepDatedBeforeThePreviousStepIsRefused(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            Review review = app.reviews().open(adopted(app).id(), LocalDate.of(2026, 6, 1), ReviewReason.PERIODIC,
                    LocalDate.of(2024, 3, 5), LocalDate.of(2026, 5, 31));
            app.reviews().addStep(review.id(), "Standards Committee", LocalDate.of(2026, 9, 14),
                    ApprovalDecision.APPROVED, null);

            assertThatThrownBy(() -> app.reviews().addStep(review.id(), "Council", LocalDate.of(2026, 9, 1),
                    ApprovalDecision.APPROVED, null))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).messageFor("meetingOn")).isEqualTo(
                            "The meeting of Council (1 Sept 2026) cannot be before the previous step on the route, "
                                    + "Standards Committee (14 Sept 2026)."));
            assertThat(app.reviews().steps(review.id())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void adoptionIsRefusedWhileABodyHasDeferredTheDraft(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            ProtocolVersion v1 = adopted(app);
            Review review = app.reviews().open(v1.id(), LocalDate.of(2026, 6, 1), ReviewReason.COMMITTEE_REQUEST,
                    LocalDate.of(2024, 3, 5), LocalDate.of(2026, 5, 31));
            app.reviews().addStep(review.id(), "Standards Committee", LocalDate.of(2026, 9, 14),
                    ApprovalDecision.DEFERRED, null);
            app.reviews().addStep(review.id(), "Council", LocalDate.of(2026, 10, 1), ApprovalDecision.APPROVED,
                    null);

            assertThatThrownBy(() -> app.reviews().adopt(review.id(), null))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("Standards Committee deferred the draft on 14 Sept 2026");
            assertThat(app.protocols().version(v1.id()).orElseThrow().status()).isEqualTo(VersionStatus.ADOPTED);

            app.reviews().addStep(review.id(), "Standards Committee", LocalDate.of(2026, 10, 20),
                    ApprovalDecision.APPROVED, null);
            assertThat(app.reviews().adoptionBlocked(review.id())).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theDashboardShowsAnApproachingReviewAndAwaitedResponses(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            app.protocols().saveReviewIntervalMonths(33);
            ProtocolVersion v1 = adopted(app);
            assertThat(v1.nextReviewOn()).isEqualTo(LocalDate.of(2026, 12, 5));
            LocalDate today = LocalDate.of(2026, 11, 23);

            List<DueItem> due = new ProtocolDueItems(app.protocols(), app.reviews()).dueItems(today, today);
            assertThat(due).extracting(DueItem::what, DueItem::due)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Review due: " + TITLE,
                            LocalDate.of(2026, 12, 5)));

            Review review = app.reviews().open(v1.id(), today, ReviewReason.PERIODIC, LocalDate.of(2024, 3, 5),
                    today);
            app.reviews().consult(review.id(), "Sam Okafor", null, null, false, today, today.plusDays(3));
            due = new ProtocolDueItems(app.protocols(), app.reviews()).dueItems(today, today.plusDays(7));
            assertThat(due).extracting(DueItem::what, DueItem::who).containsExactly(org.assertj.core.groups.Tuple
                    .tuple("Consultation response awaited: " + TITLE, "Sam Okafor"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anAdoptedVersionIsNotEditedAndAnAmendmentMustNameAParagraphOfTheDraft(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            ProtocolVersion v1 = adopted(app);
            assertThatThrownBy(() -> app.protocols().saveParagraphs(v1.id(), protocolText().subList(0, 2)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("Open a review");
            Review review = app.reviews().open(v1.id(), LocalDate.of(2026, 6, 1), ReviewReason.LEGAL_CHANGE,
                    LocalDate.of(2024, 3, 5), LocalDate.of(2026, 5, 31));

            assertThatThrownBy(() -> app.reviews().propose(review.id(), "9.9", "New text", null, "MO"))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).messageFor("number"))
                            .startsWith("Paragraph 9.9 is not in the draft"));
            assertThat(app.reviews().evidence(review.id())).extracting(Evidence::register).containsExactly(
                    "Declared relationships", "Group meetings", "Members' enquiries", "Complaints");
        }
    }
}
