package org.probity.calendar.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.CalendarService;
import org.probity.calendar.Deadline;
import org.probity.calendar.SkippedDay;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.ui.BackgroundTasks;

/** The deadline calculator: what the user typed, the due date it gives, and the days skipped. */
public final class DeadlineViewModel {

    // Properties
    private final StringProperty receivedText = new SimpleStringProperty("");
    private final StringProperty workingDaysText = new SimpleStringProperty("5");
    private final ObjectProperty<BankHolidayRegion> region = new SimpleObjectProperty<>(
            BankHolidayRegion.ENGLAND_AND_WALES);
    private final ReadOnlyStringWrapper dueText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explanationText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> skippedDays = FXCollections.observableArrayList();
    private final IntegerProperty year = new SimpleIntegerProperty(0);
    private final ObservableList<String> yearDays = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final CalendarService calendar;
    private final BackgroundTasks tasks;

    public DeadlineViewModel(CalendarService calendar, BackgroundTasks tasks) {
        this.calendar = calendar;
        this.tasks = tasks;
    }

    // Commands

    /** Starts from today, 5 working days, in the authority's nation. */
    public void load() {
        busy.set(true);
        tasks.run("Reading the calendar", () -> new Start(calendar.today(), calendar.authorityRegion()),
                start -> {
                    busy.set(false);
                    if (receivedText.get().isBlank()) {
                        receivedText.set(UkDates.display(start.today()));
                    }
                    region.set(start.region());
                    year.set(start.today().getYear());
                    showYear();
                }, this::failed);
    }

    public void calculate() {
        errorText.set("");
        Optional<LocalDate> received = UkDates.parse(receivedText.get());
        if (received.isEmpty()) {
            clearResult();
            errorText.set("Enter the date received as " + UkDates.ACCEPTED_FORMS + ".");
            return;
        }
        int days;
        try {
            days = Integer.parseInt(workingDaysText.get().trim());
        } catch (NumberFormatException e) {
            clearResult();
            errorText.set("Enter the number of working days as a whole number, for example 5.");
            return;
        }
        BankHolidayRegion nation = region.get();
        busy.set(true);
        tasks.run("Counting working days", () -> calendar.calendar(nation).due(received.get(), days),
                this::show, this::failed);
    }

    public void showYear() {
        BankHolidayRegion nation = region.get();
        int wanted = year.get();
        tasks.run("Reading the year's days off", () -> calendar.calendar(nation).nonWorkingDays(wanted),
                days -> yearDays.setAll(days.stream().map(DeadlineViewModel::line).toList()), this::failed);
    }

    private void show(Deadline deadline) {
        busy.set(false);
        dueText.set(UkDates.LONG.format(deadline.due()));
        summaryText.set(deadline.summary());
        explanationText.set(deadline.explanation());
        skippedDays.setAll(deadline.skipped().stream().map(DeadlineViewModel::line).toList());
    }

    private static String line(SkippedDay day) {
        return UkDates.LONG.format(day.date()) + " – " + day.reason();
    }

    private void clearResult() {
        dueText.set("");
        summaryText.set("");
        explanationText.set("");
        skippedDays.clear();
    }

    private void failed(Throwable problem) {
        busy.set(false);
        clearResult();
        errorText.set(problem instanceof ValidationException v
                ? v.problems().get(0).message()
                : "The deadline could not be worked out: " + problem.getMessage());
    }

    // Accessors

    public StringProperty receivedTextProperty() {
        return receivedText;
    }

    public StringProperty workingDaysTextProperty() {
        return workingDaysText;
    }

    public ObjectProperty<BankHolidayRegion> regionProperty() {
        return region;
    }

    public List<BankHolidayRegion> regions() {
        return List.of(BankHolidayRegion.values());
    }

    public ReadOnlyStringProperty dueTextProperty() {
        return dueText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationTextProperty() {
        return explanationText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    public ObservableList<String> skippedDays() {
        return skippedDays;
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public ObservableList<String> yearDays() {
        return yearDays;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    private record Start(LocalDate today, BankHolidayRegion region) {
    }
}
