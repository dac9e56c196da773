package org.probity.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.protocols.ApprovalDecision;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewReason;
import org.probity.protocols.ReviewService;

/**
 * The demo authority's Member/Officer Relations Protocol, written for Probity: a first version,
 * a second that reworded three paragraphs and added one (so the paragraphs after it were
 * renumbered), and a periodic review of the second that the Standards Committee has approved
 * and that now waits for the Constitution Working Group. Dates are set from the clock so the
 * review is always in progress.
 */
public final class DemoProtocols {

    public static final String TITLE = "Member/Officer Relations Protocol";
    private static final String RESOURCE = "protocol-member-officer.md";

    private final ProtocolService protocols;
    private final ReviewService reviews;
    private final Clock clock;

    public DemoProtocols(ProtocolService protocols, ReviewService reviews, Clock clock) {
        this.protocols = protocols;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Loads the protocol, its versions and the review; returns a line saying what was loaded. */
    public String load() {
        if (!protocols.protocols().isEmpty()) {
            return "Protocols already present; none loaded.";
        }
        LocalDate today = LocalDate.now(clock);
        List<Paragraph> first = protocols.readText(RESOURCE, text()).paragraphs();
        // the file's own title line is the protocol's title, not a paragraph of it
        first = first.subList(1, first.size());
        protocols.importVersion(TITLE, first, today.minusYears(5).minusMonths(2), "Council", "Part 5",
                RESOURCE);
        List<Paragraph> second = secondVersion(first);
        ProtocolVersion v2 = protocols.importVersion(TITLE, second, today.minusYears(2).minusMonths(1), "Council",
                "Part 5", "Amended by Council");

        LocalDate opened = today.minusMonths(4);
        Review review = reviews.open(v2.id(), opened, ReviewReason.PERIODIC, v2.adoptedOn(), opened.minusDays(1));
        reviews.saveFindings(review.id(), "Group meetings were not always notified to the Monitoring Officer before "
                + "officers attended, and the notice required by paragraph 8.3.2 was unclear. Enquiries were "
                + "mostly answered within the target. No complaints engaged paragraphs 3.1 to 3.3.");
        reviews.propose(review.id(), "8.3.2", "The officer must tell the Monitoring Officer in writing at least two "
                + "working days before attending, and any briefing given to one group will be offered to the other "
                + "groups within five working days.", "Sets a clear time for the notice and for the offer to other "
                + "groups.", "Monitoring Officer");
        reviews.propose(review.id(), "6.1", "An officer who believes a member has treated them badly should first "
                + "speak to their manager, who may raise it with the member, the member's group leader or the "
                + "Monitoring Officer. The officer will be told the outcome.", "Officers asked to hear what happened.",
                "Deputy Monitoring Officer");
        LocalDate sent = opened.plusDays(14);
        consult(review, "Priya Raman", "Head of Democratic Services", "Law and Governance", false, sent, 12,
                "Supports the clearer notice period.");
        consult(review, "Tom Hale", "Head of HR", "Resources", false, sent, 20,
                "Asks that officers are told the outcome of a complaint they make.");
        consult(review, "Cllr Ruth Adeyemi", "Chair of the Standards Committee", null, true, sent.plusDays(3), 4,
                "Approved for submission.");
        reviews.consult(review.id(), "UNISON branch secretary", null, "Staff side", false, today.minusDays(11),
                null);
        ApprovalStep standards = reviews.addStep(review.id(), "Standards Committee", today.minusDays(40),
                ApprovalDecision.APPROVED, "SC/" + (today.minusDays(40).getYear() % 100) + "/31");
        reviews.addStep(review.id(), "Constitution Working Group", today.plusDays(9), null, null);
        reviews.addStep(review.id(), "Council", today.plusDays(45), null, null);
        return "Loaded the " + TITLE + " (two adopted versions) and its review, approved by the "
                + standards.body() + " and next before the Constitution Working Group.";
    }

    private void consult(Review review, String name, String title, String organisation, boolean approver,
                         LocalDate sent, int daysToRespond, String summary) {
        var c = reviews.consult(review.id(), name, title, organisation, approver, sent, null);
        reviews.recordResponse(c.id(), sent.plusDays(daysToRespond), summary);
    }

    /** The amendments Council made to the first version. */
    static List<Paragraph> secondVersion(List<Paragraph> first) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : first) {
            switch (p.number()) {
                case "4.3" -> {
                    out.add(Paragraph.body("4.3", p.depth(), "The Monitoring Officer keeps a confidential record "
                            + "of the connections notified and of the steps decided, and reviews each entry every "
                            + "year."));
                    out.add(p.withNumber("4.4"));
                }
                case "7.1" -> out.add(p.withText(p.text().replace("within ten working days", "within five working "
                        + "days")));
                case "8.2.2" -> out.add(p.withText("The leaders of the other political groups, or the members "
                        + "they nominate as shadow spokespeople, may ask for a briefing on a matter within a "
                        + "portfolio, and the director responsible will arrange one."));
                case "3.2" -> out.add(p.withText(p.text().replace("should raise it with that officer's manager",
                        "should raise it privately with that officer's manager")));
                default -> out.add(p);
            }
        }
        return out;
    }

    private static String text() {
        try (InputStream in = DemoProtocols.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo protocol text is missing from the application.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
