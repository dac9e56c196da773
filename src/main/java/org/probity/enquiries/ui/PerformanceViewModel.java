package org.probity.enquiries.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.enquiries.EnquiryPerformance;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.PerformanceFigures;
import org.probity.enquiries.PerformanceGroup;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * How the authority answered members' enquiries over a period: the overall figures and those
 * of each service area, directorate or officer, for the table and the chart. Counted in
 * working days and judged against the target, never a holding reply's date.
 */
public final class PerformanceViewModel {

    /** What the figures are broken down by. */
    public enum Breakdown {
        SERVICE_AREA("Service area"), DIRECTORATE("Directorate"), OFFICER("Officer");

        private final String label;

        Breakdown(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One line of the table; the figures are already written as the table shows them. */
    public record Line(String name, int count, int replied, String withinTarget, String median,
                       String ninetieth, int holdingReplies, int escalations, int refusals, Double percent) {
    }

    private final EnquiryService enquiries;
    private final BackgroundTasks tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(this, "breakdown",
            Breakdown.SERVICE_AREA);
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ObservableList<Line> bars = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper chartTitle = new ReadOnlyStringWrapper(this, "chartTitle", "");
    private EnquiryPerformance figures;
    static final int MAX_BARS = 12;

    public PerformanceViewModel(EnquiryService enquiries, BackgroundTasks tasks) {
        this.enquiries = enquiries;
        this.tasks = tasks;
        LocalDate today = enquiries.today();
        to.set(today);
        from.set(today.minusYears(1).plusDays(1));
        breakdown.addListener(obs -> show());
    }

    /** Works the figures out for the period chosen, in the background. */
    public void calculate() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        if (start == null || end == null) {
            problem.set("Choose the first and the last day of the period.");
            return;
        }
        if (end.isBefore(start)) {
            problem.set("The period ends (" + UkDates.display(end) + ") before it starts ("
                    + UkDates.display(start) + ").");
            return;
        }
        busy.set(true);
        problem.set(null);
        tasks.run("Working out the performance figures", () -> enquiries.performance(start, end), result -> {
            busy.set(false);
            figures = result;
            show();
        }, error -> {
            busy.set(false);
            problem.set("The figures could not be worked out. " + StorageMessages.describe(error));
        });
    }

    private void show() {
        if (figures == null) {
            return;
        }
        List<PerformanceGroup> groups = switch (breakdown.get() == null ? Breakdown.SERVICE_AREA : breakdown.get()) {
            case SERVICE_AREA -> figures.byServiceArea();
            case DIRECTORATE -> figures.byDirectorate();
            case OFFICER -> figures.byOfficer();
        };
        List<Line> all = new ArrayList<>();
        all.add(line("All enquiries", figures.overall()));
        List<Line> grouped = groups.stream().map(g -> line(g.name(), g.figures())).toList();
        all.addAll(grouped);
        lines.setAll(all);
        // A chart of hundreds of officers says nothing; it shows the busiest, the table has them all.
        List<Line> busiest = grouped.stream().filter(l -> l.percent() != null)
                .sorted(java.util.Comparator.comparingInt(Line::count).reversed()).limit(MAX_BARS).toList();
        bars.setAll(grouped.stream().filter(busiest::contains).toList());
        chartTitle.set("Answered within target (%) by " + breakdown.get().toString().toLowerCase(Locale.UK)
                + (busiest.size() < grouped.stream().filter(l -> l.percent() != null).count()
                ? ", the " + MAX_BARS + " with the most enquiries" : ""));
        PerformanceFigures o = figures.overall();
        summary.set(o.count() == 0 ? "No enquiries were received from " + UkDates.display(figures.from()) + " to "
                + UkDates.display(figures.to()) + "."
                : o.count() + (o.count() == 1 ? " enquiry" : " enquiries") + " received from "
                + UkDates.display(figures.from()) + " to " + UkDates.display(figures.to()) + ": "
                + percent(o) + " answered within target, median " + days(o.medianWorkingDays()) + ", 90% within "
                + days(o.ninetiethPercentileWorkingDays()) + ".");
    }

    private static Line line(String name, PerformanceFigures f) {
        return new Line(name, f.count(), f.replied(), percent(f), days(f.medianWorkingDays()),
                days(f.ninetiethPercentileWorkingDays()), f.holdingReplies(), f.escalations(), f.refusals(),
                f.percentWithinTarget().isPresent() ? f.percentWithinTarget().getAsDouble() : null);
    }

    private static String percent(PerformanceFigures f) {
        return f.percentWithinTarget().isPresent() ? String.format(Locale.UK, "%.1f%%",
                f.percentWithinTarget().getAsDouble()) : "–";
    }

    private static String days(java.util.OptionalInt days) {
        return days.isPresent() ? days.getAsInt() + (days.getAsInt() == 1 ? " working day" : " working days") : "–";
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    /** The overall line first, then one per service area, directorate or officer. */
    public ObservableList<Line> lines() {
        return lines;
    }

    /** The groups with a percentage within target, for the chart. */
    public ObservableList<Line> bars() {
        return bars;
    }

    public ReadOnlyStringProperty chartTitleProperty() {
        return chartTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
