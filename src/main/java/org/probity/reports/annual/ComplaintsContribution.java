package org.probity.reports.annual;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.complaints.CaseLogRow;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStatistics;
import org.probity.common.UkDates;
import org.probity.reports.AnnualReportContribution;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportYear;
import org.probity.reports.document.Block;

/**
 * Complaints between members and officers received in the year: how many, how they were
 * handled and decided, whether the targets were met and the Independent Person consulted, the
 * trend, and the case log. An Open report describes the complainant and the person complained
 * about by their role and leaves out what the complaint was about.
 */
public final class ComplaintsContribution implements AnnualReportContribution {

    /**
     * Lines of the case log the report prints. A committee reads a few pages, not a register;
     * a longer year is in the complaints register extract, and the report says so.
     */
    public static final int CASE_LOG_LINES = 40;

    private final ComplaintService register;

    public ComplaintsContribution(ComplaintService register) {
        this.register = register;
    }

    @Override
    public String title() {
        return "Complaints between members and officers";
    }

    @Override
    public Section section(ReportYear year) {
        Disclosure d = year.disclosure();
        ComplaintService.PeriodReview review = register.review(year.from(), year.to());
        ComplaintStatistics s = review.statistics();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReportYear.paragraph("In " + year.year() + ", the Monitoring Officer received "
                + d.count(s.received()) + " complaints between members and officers. " + d.count(s.closed())
                + " have been decided and " + d.count(s.stillOpen()) + " are still open. "
                + (s.received() == 0 ? "" : "Every stage was completed within its target for "
                + d.share(s.withinTarget(), s.received()) + "; " + d.count(s.late()) + " missed a target at some "
                + "stage. The Independent Person was consulted on " + d.count(s.independentPersonConsulted())
                + ", a decision notice was published for " + d.count(s.noticesPublished()) + " and a review "
                + "of the decision was asked for on " + d.count(s.reviewsRequested()) + ".")));
        blocks.add(breakdown("Complaints by who complained about whom, " + year.year(), "Direction",
                s.byDirection(), d));
        blocks.add(breakdown("Complaints by category, " + year.year(), "Category", s.byCategory(), d));
        blocks.add(breakdown("Complaints by route, " + year.year(), "Route", s.byRoute(), d));
        blocks.add(breakdown("Complaints by outcome, " + year.year(), "Outcome", s.byOutcome(), d));
        // The earlier years only counted.
        Map<Integer, Integer> earlier = register.receivedByYear(year.trend().get(0), year.year() - 1);
        blocks.add(Charts.countsByYear(year, "Complaints received each year", "Complaints",
                y -> y == year.year() ? s.received() : earlier.getOrDefault(y, 0)));

        blocks.add(new Block.Subheading("Case log"));
        int lines = s.received();
        blocks.add(ReportYear.paragraph(lines == 0 ? "No complaint received in " + year.year() + " is on the case log."
                : lines <= CASE_LOG_LINES ? "The appendix \u201c" + appendixTitle() + "\u201d gives, for each "
                + "complaint received in " + year.year() + ", where it has got to and what happens next."
                : "The appendix \u201c" + appendixTitle() + "\u201d gives the " + CASE_LOG_LINES
                + " most recent of the " + d.count(lines)
                + " complaints received in " + year.year() + ". The full case log is the complaints register "
                + "extract for the year, available from the Monitoring Officer."));
        return new Section(blocks, appendix(year, review));
    }

    private static List<Block> appendix(ReportYear year, ComplaintService.PeriodReview review) {
        Disclosure d = year.disclosure();
        List<CaseLogRow> log = review.caseLog();
        if (log.isEmpty()) {
            return List.of();
        }
        List<CaseLogRow> shown = log.stream().sorted(Comparator.comparing(CaseLogRow::receivedOn).reversed())
                .limit(CASE_LOG_LINES).sorted(Comparator.comparing(CaseLogRow::receivedOn)).toList();
        Map<Long, Complaint> complaints = review.complaints().stream()
                .collect(Collectors.toMap(Complaint::id, Function.identity()));
        List<Block> blocks = new ArrayList<>();
        if (shown.size() < log.size()) {
            blocks.add(Block.Paragraph.of("The " + shown.size() + " most recent of the " + d.count(log.size())
                    + " complaints received in " + year.year() + "; the complaints register extract lists them all."));
        }
        blocks.add(caseLog("Case log of complaints received in " + year.year(), shown, complaints, d));
        return blocks;
    }

    @Override
    public String appendixTitle() {
        return "Case log of complaints";
    }

    /** The case log as a table: names or roles, and in an Exempt report what each complaint is about. */
    public static Block.Table caseLog(String caption, List<CaseLogRow> rows, Map<Long, Complaint> complaints,
                                      Disclosure d) {
        List<String> header = new ArrayList<>(List.of("Reference", "Received", "Complainant", "Complained about",
                "Stage", "Independent Person consulted", "Next step"));
        if (d.namesPeople()) {
            header.add("Summary");
        }
        d.prepare(rows.stream().map(r -> complaints.get(r.complaintId())).filter(java.util.Objects::nonNull)
                .flatMap(c -> java.util.stream.Stream.of(c.complainant(), c.subject())).toList());
        List<List<String>> out = new ArrayList<>();
        for (CaseLogRow r : rows) {
            Complaint c = complaints.get(r.complaintId());
            List<String> row = new ArrayList<>(List.of(r.reference().toString(), UkDates.display(r.receivedOn()),
                    c == null ? "" : d.person(c.complainant(), r.receivedOn()),
                    c == null ? "" : d.person(c.subject(), r.receivedOn()),
                    r.stage(), r.independentPersonConsulted() ? "Yes" : "No",
                    r.nextStep() + (r.nextStepDue() == null ? "" : " by " + UkDates.display(r.nextStepDue()))));
            if (d.namesPeople()) {
                row.add(c == null ? "" : d.summary(c.summary()).orElse(""));
            }
            out.add(row);
        }
        return new Block.Table(caption, header, out, true);
    }

    private static <K> Block.Table breakdown(String caption, String subject, Map<K, Integer> counts, Disclosure d) {
        List<List<String>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<K, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().toString()))
                .forEach(e -> rows.add(List.of(e.getKey().toString(), d.count(e.getValue()))));
        return new Block.Table(caption, List.of(subject, "Complaints"), rows, true);
    }
}
