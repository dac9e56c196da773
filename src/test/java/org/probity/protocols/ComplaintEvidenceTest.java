package org.probity.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.probity.complaints.ComplaintCouncil.m;
import static org.probity.complaints.ComplaintCouncil.o;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintCouncil;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.storage.TestDatabases;

class ComplaintEvidenceTest {

    private static Complaint log(ComplaintCouncil c, LocalDate received, ComplaintCategory category,
                                 String paragraphs) {
        return c.complaints.log(Complaint.logged(received, ReceivedHow.EMAIL, ComplaintDirection.MEMBER_ABOUT_OFFICER,
                m(c.councillor), o(c.housingOfficer), category, paragraphs, "What happened.", false,
                ComplaintRoute.DIRECTOR, null), null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aReviewSeesComplaintsByCategoryRouteOutcomeAndParagraph(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, LocalDate.of(2026, 11, 23))) {
            c.app.protocols().importVersion("Member/Officer Relations Protocol", List.of(
                    Paragraph.heading("10.", 1, "Complaints"),
                    Paragraph.body("8.2", 2, "Officers should not be asked to attend party political meetings."),
                    Paragraph.body("10.3", 2, "Members should not press officers for a particular answer.")),
                    LocalDate.of(2024, 3, 5), "Council", "Part 5", "v1.md");
            Complaint upheld = log(c, LocalDate.of(2026, 2, 2), ComplaintCategory.UNDUE_PRESSURE, "10.3");
            c.complaints.decide(upheld.id(), new ComplaintDecision(ComplaintOutcome.UPHELD, LocalDate.of(2026, 3, 2),
                    "Apology and training.", null, false, null));
            log(c, LocalDate.of(2026, 4, 6), ComplaintCategory.UNDUE_PRESSURE, "10.3, 8.2");
            log(c, LocalDate.of(2026, 5, 11), ComplaintCategory.DISRESPECT, null);
            log(c, LocalDate.of(2025, 5, 12), ComplaintCategory.LOBBYING, "8.2");

            Evidence e = new ComplaintEvidence(c.complaints).evidence(LocalDate.of(2026, 1, 1),
                    LocalDate.of(2026, 12, 31));

            assertThat(e.register()).isEqualTo("Complaints");
            assertThat(e.lines()).extracting(Evidence.Line::label, Evidence.Line::figure, Evidence.Line::concern)
                    .contains(tuple("Complaints received", "3", false),
                            tuple("Category: Undue pressure on junior staff", "2", false),
                            tuple("Category: Disrespect", "1", false),
                            tuple("Route: " + ComplaintRoute.DIRECTOR.label(), "3 (2 still open, 1 upheld / breach "
                                    + "found)", true),
                            tuple("Complaints engaging paragraph 8.2", "1", false),
                            tuple("Complaints engaging paragraph 10.3", "2 (1 upheld)", true))
                    .noneMatch(t -> t.toList().get(0).toString().contains("Lobbying"));
            assertThat(e.lines()).filteredOn(l -> l.label().startsWith("Complaints engaging"))
                    .extracting(Evidence.Line::label)
                    .as("paragraphs in document order").containsExactly("Complaints engaging paragraph 8.2",
                            "Complaints engaging paragraph 10.3");
            assertThat(e.lines()).filteredOn(l -> l.label().equals("Complaints engaging paragraph 10.3"))
                    .flatExtracting(Evidence.Line::paragraphs).containsExactly("10.3");
        }
    }
}
