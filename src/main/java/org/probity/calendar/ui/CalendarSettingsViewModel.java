package org.probity.calendar.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.calendar.BankHolidayChange;
import org.probity.calendar.BankHolidayChangeKind;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.CalendarService;
import org.probity.calendar.ClosureDay;
import org.probity.calendar.MovedDeadline;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.ui.BackgroundTasks;

/**
 * Closure days and announced bank holidays. After each change it lists the open deadlines
 * the change moved, so the user can tell the people waiting on them.
 */
public final class CalendarSettingsViewModel {

    // Properties
    private final ObservableList<ClosureDay> closureDays = FXCollections.observableArrayList();
    private final ObservableList<BankHolidayChange> changes = FXCollections.observableArrayList();
    private final StringProperty closureDateText = new SimpleStringProperty("");
    private final StringProperty closureDescription = new SimpleStringProperty("");
    private final StringProperty holidayDateText = new SimpleStringProperty("");
    private final StringProperty holidayName = new SimpleStringProperty("");
    private final ObjectProperty<BankHolidayRegion> holidayRegion = new SimpleObjectProperty<>(
            BankHolidayRegion.ENGLAND_AND_WALES);
    private final ObjectProperty<BankHolidayChangeKind> holidayKind = new SimpleObjectProperty<>(
            BankHolidayChangeKind.ADDED);
    private final ObservableList<String> movedDeadlines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");

    private final CalendarService calendar;
    private final BackgroundTasks tasks;

    public CalendarSettingsViewModel(CalendarService calendar, BackgroundTasks tasks) {
        this.calendar = calendar;
        this.tasks = tasks;
    }

    // Commands

    public void load() {
        tasks.run("Reading closure days and bank holidays",
                () -> new Lists(calendar.closureDays(), calendar.bankHolidayChanges(), calendar.authorityRegion()),
                lists -> {
                    closureDays.setAll(lists.closures());
                    changes.setAll(lists.changes());
                    holidayRegion.set(lists.region());
                }, this::failed);
    }

    public void addClosureDay() {
        Optional<LocalDate> date = dateFrom(closureDateText.get(), "closure day");
        if (date.isEmpty()) {
            return;
        }
        String description = closureDescription.get();
        change(() -> calendar.addClosureDay(date.get(), description),
                "Closure day " + UkDates.display(date.get()) + " added.", () -> {
                    closureDateText.set("");
                    closureDescription.set("");
                });
    }

    public void removeClosureDay(ClosureDay day) {
        change(() -> calendar.removeClosureDay(day.date()),
                "Closure day " + UkDates.display(day.date()) + " removed.", () -> { });
    }

    public void addBankHolidayChange() {
        Optional<LocalDate> date = dateFrom(holidayDateText.get(), "bank holiday");
        if (date.isEmpty()) {
            return;
        }
        BankHolidayRegion region = holidayRegion.get();
        String name = holidayName.get();
        boolean adding = holidayKind.get() == BankHolidayChangeKind.ADDED;
        change(() -> adding ? calendar.announceBankHoliday(date.get(), region, name)
                        : calendar.cancelBankHoliday(date.get(), region, name),
                (adding ? "Bank holiday on " : "Cancellation of the bank holiday on ") + UkDates.display(date.get())
                        + " in " + region.label() + " recorded.", () -> {
                    holidayDateText.set("");
                    holidayName.set("");
                });
    }

    public void removeBankHolidayChange(BankHolidayChange change) {
        change(() -> calendar.removeBankHolidayChange(change.id()),
                "The change for " + UkDates.display(change.date()) + " was removed.", () -> { });
    }

    private Optional<LocalDate> dateFrom(String text, String what) {
        errorText.set("");
        Optional<LocalDate> date = UkDates.parse(text);
        if (date.isEmpty()) {
            errorText.set("Enter the date of the " + what + " as " + UkDates.ACCEPTED_FORMS + ".");
        }
        return date;
    }

    private void change(Callable<List<MovedDeadline>> work, String done, Runnable clearForm) {
        errorText.set("");
        message.set("");
        tasks.run("Saving the calendar", work, moved -> {
            movedDeadlines.setAll(moved.stream().map(CalendarSettingsViewModel::line).toList());
            message.set(done + " " + (moved.isEmpty() ? "No open deadline moved."
                    : moved.size() == 1 ? "1 open deadline moved:" : moved.size() + " open deadlines moved:"));
            clearForm.run();
            load();
        }, this::failed);
    }

    private static String line(MovedDeadline moved) {
        return moved.deadline().label() + ": was " + UkDates.display(moved.oldDue()) + ", now "
                + UkDates.display(moved.newDue());
    }

    private void failed(Throwable problem) {
        errorText.set(problem instanceof ValidationException v
                ? String.join(" ", v.problems().stream().map(p -> p.message()).toList())
                : "The change could not be saved: " + problem.getMessage());
    }

    // Accessors

    public ObservableList<ClosureDay> closureDays() {
        return closureDays;
    }

    public ObservableList<BankHolidayChange> changes() {
        return changes;
    }

    public StringProperty closureDateTextProperty() {
        return closureDateText;
    }

    public StringProperty closureDescriptionProperty() {
        return closureDescription;
    }

    public StringProperty holidayDateTextProperty() {
        return holidayDateText;
    }

    public StringProperty holidayNameProperty() {
        return holidayName;
    }

    public ObjectProperty<BankHolidayRegion> holidayRegionProperty() {
        return holidayRegion;
    }

    public ObjectProperty<BankHolidayChangeKind> holidayKindProperty() {
        return holidayKind;
    }

    public ObservableList<String> movedDeadlines() {
        return movedDeadlines;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    private record Lists(List<ClosureDay> closures, List<BankHolidayChange> changes, BankHolidayRegion region) {
    }
}
