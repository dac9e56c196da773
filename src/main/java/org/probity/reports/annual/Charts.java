package org.probity.reports.annual;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportYear;
import org.probity.reports.document.Block;

/** Trend charts over the report's years, with alternative text that gives every bar. */
final class Charts {

    private Charts() {
    }

    static Block.Chart countsByYear(ReportYear year, String title, String valueName, IntToLongFunction countIn) {
        Disclosure d = year.disclosure();
        List<Block.Chart.Bar> bars = new ArrayList<>();
        for (int y : year.trend()) {
            long n = countIn.applyAsLong(y);
            // A suppressed count is drawn as an empty bar, so the picture gives away no more than the text.
            bars.add(new Block.Chart.Bar(Integer.toString(y), d.suppressed(n) ? 0 : n, d.count(n)));
        }
        return chart(title, valueName, bars);
    }

    static Block.Chart chart(String title, String valueName, List<Block.Chart.Bar> bars) {
        StringBuilder alt = new StringBuilder("Bar chart: ").append(title).append(". ");
        for (int i = 0; i < bars.size(); i++) {
            alt.append(i == 0 ? "" : "; ").append(bars.get(i).label()).append(": ").append(bars.get(i).shown());
        }
        return new Block.Chart(title, alt.append('.').toString(), valueName, bars);
    }
}
