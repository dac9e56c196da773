package org.probity.reports.annual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.probity.enquiries.EnquiryPerformance;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.PerformanceFigures;
import org.probity.enquiries.PerformanceGroup;
import org.probity.enquiries.RefusalCounts;
import org.probity.enquiries.YearOnTarget;
import org.probity.reports.AnnualReportContribution;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportYear;
import org.probity.reports.document.Block;

/**
 * Members' enquiries in the year: how many, how many answered within the target, by
 * directorate, the trend, and the refusals copied to the Monitoring Officer. Members are not
 * named: the figures are about the directorates' performance.
 */
public final class EnquiriesContribution implements AnnualReportContribution {

    private final EnquiryService register;

    public EnquiriesContribution(EnquiryService register) {
        this.register = register;
    }

    @Override
    public String title() {
        return "Members' enquiries";
    }

    @Override
    public Section section(ReportYear year) {
        Disclosure d = year.disclosure();
        EnquiryPerformance performance = register.performanceByDirectorate(year.from(), year.to());
        PerformanceFigures all = performance.overall();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReportYear.paragraph("In " + year.year() + ", members made " + d.count(all.count())
                + " enquiries; " + d.count(all.replied()) + " have been answered or refused. Of the "
                + d.count(all.judged()) + " whose outcome is known, " + d.share(all.withinTarget(), all.judged())
                + " were answered within the target." + all.medianWorkingDays().stream()
                .mapToObj(m -> " Half were answered within " + m + " working days.").findFirst().orElse("")
                + " Officers sent " + d.count(all.holdingReplies()) + " holding replies and escalated "
                + d.count(all.escalations()) + " enquiries."));
        List<List<String>> rows = new ArrayList<>();
        for (PerformanceGroup g : performance.byDirectorate()) {
            PerformanceFigures f = g.figures();
            rows.add(List.of(g.name(), d.count(f.count()), d.count(f.replied()), d.count(f.withinTarget()),
                    percent(d, f), f.medianWorkingDays().stream().mapToObj(Integer::toString).findFirst()
                            .orElse("\u2014")));
        }
        blocks.add(new Block.Table("Enquiries by directorate, " + year.year(), List.of("Directorate", "Received",
                "Answered or refused", "Within target", "Per cent within target", "Median working days"), rows,
                true));
        List<Block.Chart.Bar> bars = new ArrayList<>();
        Map<Integer, YearOnTarget> years = new HashMap<>();
        List<Integer> trend = year.trend();
        for (YearOnTarget y : register.onTargetByYear(trend.get(0), year.year() - 1)) {
            years.put(y.year(), y);
        }
        for (int y : trend) {
            YearOnTarget f = y == year.year() ? new YearOnTarget(y, all.judged(), all.withinTarget())
                    : years.getOrDefault(y, new YearOnTarget(y, 0, 0));
            double pct = f.percentWithinTarget().orElse(0);
            bars.add(new Block.Chart.Bar(Integer.toString(y), Math.round(pct), f.judged() == 0 ? "none"
                    : Math.round(pct) + "%"));
        }
        blocks.add(Charts.chart("Enquiries answered within the target each year (per cent)", "Per cent", bars));

        blocks.add(new Block.Subheading("Refusals"));
        RefusalCounts refused = register.refusals(year.from(), year.to());
        blocks.add(ReportYear.paragraph("An officer who refuses a member's request gives the reasons and copies the "
                + "refusal to the Monitoring Officer. Of the " + d.count(refused.refused()) + " enquiries refused in "
                + year.year() + ", " + d.share(refused.copiedToMonitoringOfficer(), refused.refused())
                + " were copied to the Monitoring Officer, who advised on " + d.count(refused.advisedOn()) + "."));
        return Section.of(blocks);
    }

    private static String percent(Disclosure d, PerformanceFigures f) {
        if (f.judged() == 0 || d.suppressed(f.judged()) || d.suppressed(f.withinTarget())) {
            return "\u2014";
        }
        return String.format(Locale.UK, "%.0f%%", f.percentWithinTarget().orElse(0));
    }
}
