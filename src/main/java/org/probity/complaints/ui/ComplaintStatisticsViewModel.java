package org.probity.complaints.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStatistics;
import org.probity.ui.BackgroundTasks;

/** The figures for a period, as the annual report gives them: one line per direction, category, route and outcome. */
public final class ComplaintStatisticsViewModel {

    /** One line of the figures: which breakdown, what, and how many. */
    public record Line(String breakdown, String label, int count) {
    }

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyObjectWrapper<ComplaintStatistics> figures = new ReadOnlyObjectWrapper<>(this, "figures");

    public ComplaintStatisticsViewModel(ComplaintService complaints, BackgroundTasks tasks) {
        this.complaints = complaints;
        this.tasks = tasks;
        int year = complaints.today().getYear();
        from.set(LocalDate.of(year, 1, 1));
        to.set(LocalDate.of(year, 12, 31));
    }

    /** Counts the figures for the period in the background. */
    public void calculate() {
        LocalDate start = from.get();
        LocalDate end = to.get();
        problem.set(null);
        tasks.run("Counting the complaints", () -> complaints.statistics(start, end), this::show, failure -> {
            problem.set(failure instanceof ValidationException refused
                    ? refused.problems().get(0).message() : "The figures could not be counted: "
                    + failure.getMessage());
        });
    }

    private void show(ComplaintStatistics s) {
        figures.set(s);
        headline.set(s.received() + " received from " + UkDates.display(s.from()) + " to " + UkDates.display(s.to())
                + ": " + s.closed() + " closed, " + s.stillOpen() + " still open; " + s.withinTarget()
                + " within target, " + s.late() + " late; Independent Person consulted on "
                + s.independentPersonConsulted() + "; " + s.noticesPublished() + " decision notices published; "
                + s.reviewsRequested() + " reviews requested.");
        List<Line> all = new ArrayList<>();
        for (ComplaintDirection d : ComplaintDirection.values()) {
            all.add(new Line("Direction", d.label(), s.byDirection().getOrDefault(d, 0)));
        }
        for (ComplaintCategory c : ComplaintCategory.values()) {
            all.add(new Line("Category", c.label(), s.byCategory().getOrDefault(c, 0)));
        }
        for (ComplaintRoute r : ComplaintRoute.values()) {
            all.add(new Line("Route", r.label(), s.byRoute().getOrDefault(r, 0)));
        }
        Map<String, Integer> outcomes = s.byOutcome();
        for (ComplaintOutcome o : ComplaintOutcome.values()) {
            all.add(new Line("Outcome", o.label(), outcomes.getOrDefault(o.label(), 0)));
        }
        all.add(new Line("Outcome", ComplaintStatistics.STILL_OPEN,
                outcomes.getOrDefault(ComplaintStatistics.STILL_OPEN, 0)));
        all.add(new Line("Deadlines", "Within target", s.withinTarget()));
        all.add(new Line("Deadlines", "Late", s.late()));
        lines.setAll(all);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ComplaintStatistics> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
