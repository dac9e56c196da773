package org.probity.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.probity.common.UkDates;
import org.probity.protocols.Amendment;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Consultation;
import org.probity.protocols.ParagraphChange;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewService;
import org.probity.protocols.TextRun;
import org.probity.reports.document.Block;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.reports.document.Run;

/**
 * The report that takes a protocol review to a committee: what the review found, what the
 * committee is asked to do, the bodies that have considered the draft so far, who was
 * consulted and what they said, and the draft itself as an appendix with every amendment
 * marked (deleted words struck through, new words in bold) and the body that made it.
 * The accessible version says the approval route and the consultation in sentences and
 * names deletions and insertions in words.
 */
final class ProtocolReviewReport {

    private final ProtocolService protocols;
    private final ReviewService reviews;

    ProtocolReviewReport(ProtocolService protocols, ReviewService reviews) {
        this.protocols = protocols;
        this.reviews = reviews;
    }

    static String title(String protocolTitle) {
        return "Review of the " + protocolTitle;
    }

    /**
     * The narrative a new draft of the review's report starts from, for the Monitoring Officer to
     * edit: the background is left empty because the summary of the review is written from its record.
     */
    Narrative defaultNarrative(Review r) {
        String protocol = protocols.protocolTitle(r.protocolId());
        String version = reviewedVersion(r);
        String next = reviews.steps(r.id()).stream().filter(s -> s.decision() == null).map(ApprovalStep::body)
                .findFirst().orElse("Council");
        return new Narrative("To report the review of the " + protocol + " opened on " + UkDates.display(
                r.openedOn()) + ", which looked at " + version + " in force, and to present the draft protocol as "
                + "amended, at Appendix A.",
                "That the committee considers the draft " + protocol + " at Appendix A and the responses to the "
                        + "consultation.\n\nThat the committee recommends the draft, with any amendments it makes, to "
                        + withArticle(next) + " for approval.",
                "",
                "There are no financial implications arising from this report.",
                "The protocol forms part of the Council's Constitution; changes to it take effect only when adopted "
                        + "by the body with power to amend that part of the Constitution.",
                "The " + protocol + ", " + version + ".\n\nThe evidence gathered for the review from the Monitoring "
                        + "Officer's registers.");
    }

    private String reviewedVersion(Review r) {
        return protocols.version(r.reviewedVersionId()).map(ProtocolVersion::label).orElse("Version")
                .toLowerCase(Locale.UK);
    }

    ReportDocument build(String authority, Review r, CoverDetails cover, Narrative narrative, ReportOptions options) {
        String protocol = protocols.protocolTitle(r.protocolId());
        List<ApprovalStep> steps = reviews.steps(r.id());
        List<Consultation> consultations = reviews.consultations(r.id());
        List<Amendment> amendments = reviews.amendments(r.id());
        boolean accessible = options.accessible();
        List<ReportSection> sections = new ArrayList<>();

        sections.add(AnnualReport.narrativeSection(1, "Purpose of the report", narrative.purpose()));
        sections.add(AnnualReport.narrativeSection(2, "Recommendations", narrative.recommendations()));

        List<String> summary = new ArrayList<>();
        summary.add("The review was opened on " + UkDates.display(r.openedOn()) + " (" + r.reason().label()
                .toLowerCase(Locale.UK) + ")" + (r.periodFrom() == null || r.periodTo() == null ? "."
                : " and looked back on the operation of the protocol from " + UkDates.display(r.periodFrom())
                + " to " + UkDates.display(r.periodTo()) + ".") + " It is " + r.status().label()
                .toLowerCase(Locale.UK) + ".");
        AnnualReport.paragraphs(r.findings()).forEach(summary::add);
        AnnualReport.paragraphs(narrative.background()).forEach(summary::add);
        long proposed = amendments.stream().filter(a -> a.stepId() == null).count();
        summary.add("The review proposed " + amendments(proposed) + "; the bodies that have considered the draft "
                + "made " + amendments(amendments.size() - proposed) + ". " + consultations.size()
                + (consultations.size() == 1 ? " person was" : " people were") + " consulted, of whom "
                + consultations.stream().filter(c -> !c.outstanding()).count() + " have responded.");
        sections.add(numbered("3", "Summary of the review", summary));

        Map<Long, Long> madeAt = amendments.stream().filter(a -> a.stepId() != null)
                .collect(Collectors.groupingBy(Amendment::stepId, Collectors.counting()));
        List<Block> route = new ArrayList<>();
        if (steps.isEmpty()) {
            route.add(ReportYear.paragraph("No body has yet considered the draft."));
        } else if (accessible) {
            route.add(ReportYear.paragraph("The draft has the following approval route so far."));
            route.add(Block.ListBlock.bullets(steps.stream().map(s -> routeSentence(s, madeAt)).toList()));
        } else {
            route.add(ReportYear.paragraph("The draft has the following approval route so far."));
            List<List<String>> rows = new ArrayList<>();
            for (ApprovalStep s : steps) {
                rows.add(List.of(s.body(), s.meetingOn() == null ? "To be arranged" : UkDates.display(s.meetingOn()),
                        s.decision() == null ? "Not yet decided" : s.decision().label(),
                        Long.toString(madeAt.getOrDefault(s.id(), 0L)),
                        s.minuteReference() == null ? "" : s.minuteReference()));
            }
            route.add(new Block.Table("Approval route", List.of("Body", "Meeting date", "Decision", "Amendments",
                    "Minute reference"), rows, true));
        }
        sections.add(AnnualReport.numbered("4", "Approval route so far", route));

        List<Block> consulted = new ArrayList<>();
        if (consultations.isEmpty()) {
            consulted.add(ReportYear.paragraph("No one has yet been consulted on the draft."));
        } else {
            consulted.add(ReportYear.paragraph("The draft was sent for comment to the people below."));
            if (accessible) {
                consulted.add(Block.ListBlock.bullets(consultations.stream().map(ProtocolReviewReport::consultation)
                        .toList()));
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (Consultation c : consultations) {
                    rows.add(List.of(c.name(), blank(c.title()), blank(c.organisation()),
                            c.sentOn() == null ? "" : UkDates.display(c.sentOn()),
                            c.respondedOn() == null ? "Awaited" : UkDates.display(c.respondedOn()),
                            blank(c.responseSummary())));
                }
                consulted.add(new Block.Table("Consultation", List.of("Name", "Title",
                        "Directorate or organisation", "Date sent", "Response received", "Summary of response"),
                        rows, true));
            }
        }
        sections.add(AnnualReport.numbered("5", "Consultation", consulted));

        sections.addAll(AnnualReport.closingSections(6, narrative));
        sections.add(new ReportSection("A", "Draft " + protocol + " as amended",
                draft(r, amendments, accessible), true));

        String title = title(protocol);
        return new ReportDocument(title, authority, AnnualReport.marking(options), !options.isOpen(),
                AnnualReport.cover(title, cover, options), sections, AnnualReport.author(cover), false);
    }

    private List<Block> draft(Review r, List<Amendment> amendments, boolean accessible) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of(accessible
                ? "Each amended paragraph says which words are deleted and which are new, and who made the change."
                : "Deleted words are struck through and new words are in bold. A note after each amended paragraph "
                + "says who made the change."));
        for (ParagraphChange change : protocols.compare(r.reviewedVersionId(), r.draftVersionId())) {
            List<Run> runs = new ArrayList<>();
            for (TextRun t : change.runs()) {
                runs.add(switch (t.kind()) {
                    case SAME -> Run.plain(t.text());
                    case DELETED -> accessible ? Run.plain(said("deleted", t.text())) : Run.struck(t.text());
                    case INSERTED -> accessible ? Run.plain(said("new", t.text())) : Run.bold(t.text());
                });
            }
            if (change.heading() && !change.hasWordChanges()) {
                String text = runs.stream().map(Run::text).collect(Collectors.joining()).strip();
                blocks.add(new Block.Subheading((change.number() + " " + text).strip()));
            } else {
                blocks.add(new Block.Paragraph(change.number().isEmpty() ? null : change.number(), runs));
            }
            if (change.kind() != ParagraphChange.Kind.UNCHANGED) {
                List<String> by = amendments.stream().filter(a -> a.number() != null
                                && (a.number().equals(change.newNumber()) || a.number().equals(change.oldNumber())))
                        .map(reviews::madeBy).toList();
                String what = switch (change.kind()) {
                    case ADDED -> "New paragraph";
                    case DELETED -> "Paragraph deleted";
                    case MOVED -> "Paragraph moved or renumbered from " + change.oldNumber();
                    default -> "Amended";
                };
                blocks.add(Block.Paragraph.of("(" + what + (by.isEmpty() ? "" : ": " + String.join("; ", by))
                        + ".)"));
            }
        }
        return blocks;
    }

    /** "[deleted: the words]", keeping the run's own spacing outside the brackets. */
    private static String said(String what, String text) {
        String words = text.strip();
        if (words.isEmpty()) {
            return text;
        }
        int start = text.indexOf(words);
        return text.substring(0, start) + "[" + what + ": " + words + "]" + text.substring(start + words.length());
    }

    private static String routeSentence(ApprovalStep s, Map<Long, Long> madeAt) {
        String when = s.meetingOn() == null ? " has not yet been given a meeting date"
                : (s.decision() == null ? " meets on " : " met on ") + UkDates.display(s.meetingOn());
        String decision = s.decision() == null ? " and has not yet decided" : " and decided: "
                + s.decision().label().toLowerCase(Locale.UK);
        long made = madeAt.getOrDefault(s.id(), 0L);
        return "The " + stripThe(s.body()) + when + decision + (made == 0 ? "" : ", making " + amendments(made))
                + (s.minuteReference() == null || s.minuteReference().isBlank() ? "" : " (minute "
                + s.minuteReference().strip() + ")") + ".";
    }

    private static String consultation(Consultation c) {
        StringBuilder s = new StringBuilder(c.name());
        if (c.title() != null && !c.title().isBlank()) {
            s.append(", ").append(c.title().strip());
        }
        if (c.organisation() != null && !c.organisation().isBlank()) {
            s.append(" (").append(c.organisation().strip()).append(')');
        }
        s.append(c.sentOn() == null ? ", was asked for comments" : ", was sent the draft on "
                + UkDates.display(c.sentOn()));
        if (c.respondedOn() == null) {
            s.append("; a response is awaited.");
        } else {
            s.append(" and responded on ").append(UkDates.display(c.respondedOn()));
            String summary = blank(c.responseSummary()).strip();
            s.append(summary.isEmpty() ? "." : ": " + (summary.endsWith(".") ? summary : summary + "."));
        }
        return s.toString();
    }

    private static ReportSection numbered(String number, String title, List<String> paragraphs) {
        return AnnualReport.numbered(number, title, paragraphs.stream()
                .map(p -> (Block) ReportYear.paragraph(p)).toList());
    }

    private static String amendments(long n) {
        return n == 0 ? "no amendments" : n == 1 ? "one amendment" : n + " amendments";
    }

    private static String withArticle(String body) {
        return body.equals("Council") ? "Council" : "the " + stripThe(body);
    }

    private static String stripThe(String body) {
        return body.toLowerCase(Locale.UK).startsWith("the ") ? body.substring(4) : body;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
