package org.probity.reports.annual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probity.common.UkDates;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewService;
import org.probity.reports.AnnualReportContribution;
import org.probity.reports.ReportYear;
import org.probity.reports.document.Block;

/**
 * Where the review of each protocol stands as the report is made: the latest review, the
 * version it looks at, when it was opened, the bodies that have considered the draft so far,
 * and when the version in force is next due for review.
 */
public final class ProtocolReviewContribution implements AnnualReportContribution {

    private final ProtocolService protocols;
    private final ReviewService reviews;

    public ProtocolReviewContribution(ProtocolService protocols, ReviewService reviews) {
        this.protocols = protocols;
        this.reviews = reviews;
    }

    @Override
    public String title() {
        return "Review of the protocol";
    }

    @Override
    public Section section(ReportYear year) {
        List<Block> blocks = new ArrayList<>();
        List<Protocol> all = protocols.protocols();
        if (all.isEmpty()) {
            blocks.add(ReportYear.paragraph("No protocol is yet kept in the Monitoring Officer's library, so there "
                    + "is no review to report."));
            return Section.of(blocks);
        }
        for (Protocol p : all) {
            if (all.size() > 1) {
                blocks.add(new Block.Subheading(p.title()));
            }
            Optional<ProtocolVersion> inForce = protocols.inForce(p.id());
            Optional<Review> latest = reviews.reviews(p.id()).stream()
                    .max(Comparator.comparing(Review::openedOn).thenComparing(Review::id));
            if (latest.isEmpty()) {
                blocks.add(ReportYear.paragraph("The " + p.title() + " has not been reviewed since it was recorded"
                        + inForce.map(v -> v.adoptedOn() == null ? "" : "; " + v.label().toLowerCase()
                        + " was adopted on " + UkDates.display(v.adoptedOn())).orElse("") + "."));
            } else {
                Review r = latest.get();
                String version = protocols.version(r.reviewedVersionId()).map(v -> v.label().toLowerCase())
                        .orElse("a version");
                blocks.add(ReportYear.paragraph("The latest review of the " + p.title() + " (" + r.reason().label()
                        .toLowerCase() + ") looks at " + version + " and was opened on " + UkDates.display(r.openedOn())
                        + ". " + switch (r.status()) {
                            case IN_PROGRESS -> "It is in progress.";
                            case ADOPTED -> "Its draft was adopted" + (r.closedOn() == null ? "."
                                    : " on " + UkDates.display(r.closedOn()) + ".");
                            case CLOSED -> "It was closed without a new version" + (r.closedOn() == null ? "."
                                    : " on " + UkDates.display(r.closedOn()) + ".");
                        }));
                List<ApprovalStep> steps = reviews.steps(r.id());
                if (steps.isEmpty()) {
                    blocks.add(ReportYear.paragraph("No body has yet been asked to consider the draft."));
                } else {
                    List<List<String>> rows = new ArrayList<>();
                    for (ApprovalStep s : steps) {
                        rows.add(List.of(s.body(), s.meetingOn() == null ? "To be arranged"
                                : UkDates.display(s.meetingOn()), s.decision() == null ? "Not yet decided"
                                : s.decision().label(), s.minuteReference() == null ? "" : s.minuteReference()));
                    }
                    blocks.add(new Block.Table("Approval route of the review opened on "
                            + UkDates.display(r.openedOn()), List.of("Body", "Meeting", "Decision", "Minute"), rows,
                            true));
                }
            }
            blocks.add(ReportYear.paragraph(inForce.map(v -> v.nextReviewOn() == null
                    ? "No date has been set for the next review of the version in force."
                    : "The version in force (" + v.label().toLowerCase() + ") is next due for review by "
                    + UkDates.display(v.nextReviewOn()) + ".")
                    .orElse("No version of the " + p.title() + " is in force.")));
        }
        return Section.of(blocks);
    }
}
