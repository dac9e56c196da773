package org.probity.retention.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.retention.DisposalAction;
import org.probity.retention.RetentionRule;
import org.probity.retention.RetentionService;
import org.probity.ui.BackgroundTasks;

/** The state of Settings › Retention schedule: the rule per register, and the one being edited. */
public final class RetentionScheduleViewModel {

    private final RetentionService retention;
    private final BackgroundTasks tasks;

    // Properties
    private final ObservableList<RetentionRule> rules = FXCollections.observableArrayList();
    private final ObjectProperty<RetentionRule> selected = new SimpleObjectProperty<>();
    private final StringProperty years = new SimpleStringProperty("");
    private final StringProperty months = new SimpleStringProperty("");
    private final ObjectProperty<DisposalAction> action = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayChange = new ReadOnlyBooleanWrapper(false);

    public RetentionScheduleViewModel(RetentionService retention, BackgroundTasks tasks) {
        this.retention = retention;
        this.tasks = tasks;
        selected.addListener((obs, was, now) -> edit(now));
    }

    public ObservableList<RetentionRule> rules() {
        return rules;
    }

    public ObjectProperty<RetentionRule> selectedProperty() {
        return selected;
    }

    public StringProperty yearsProperty() {
        return years;
    }

    public StringProperty monthsProperty() {
        return months;
    }

    public ObjectProperty<DisposalAction> actionProperty() {
        return action;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayChangeProperty() {
        return mayChange.getReadOnlyProperty();
    }

    // Commands

    private record Loaded(List<RetentionRule> rules, boolean mayChange) {
    }

    public void refresh() {
        tasks.run("Reading the retention schedule", () -> new Loaded(retention.schedule(), retention.mayDispose()),
                loaded -> {
                    RetentionRule was = selected.get();
                    rules.setAll(loaded.rules());
                    mayChange.set(loaded.mayChange());
                    selected.set(was == null ? null : loaded.rules().stream()
                            .filter(r -> r.register() == was.register()).findFirst().orElse(null));
                }, failure -> tell(failure.getMessage(), true));
    }

    private void edit(RetentionRule rule) {
        years.set(rule == null ? "" : String.valueOf(rule.years()));
        months.set(rule == null ? "" : String.valueOf(rule.months()));
        action.set(rule == null ? null : rule.action());
        note.set(rule == null || rule.note() == null ? "" : rule.note());
    }

    public void save() {
        RetentionRule rule = selected.get();
        if (rule == null) {
            tell("Choose a register in the list first.", true);
            return;
        }
        int y;
        int m;
        try {
            y = Integer.parseInt(years.get().strip());
            m = months.get().isBlank() ? 0 : Integer.parseInt(months.get().strip());
        } catch (NumberFormatException e) {
            tell("Give the period as whole numbers of years and months, e.g. 6 years and 0 months.", true);
            return;
        }
        RetentionRule changed = new RetentionRule(rule.register(), y, m, action.get(), note.get());
        tasks.run("Saving the retention schedule", () -> retention.saveRule(changed), saved -> {
            tell(saved.register().label() + ": kept " + saved.describe() + ".", false);
            refresh();
        }, failure -> tell(failure instanceof ValidationException v && !v.problems().isEmpty()
                ? v.problems().get(0).message() : failure.getMessage(), true));
    }

    private void tell(String message, boolean problem) {
        failed.set(problem);
        status.set(message);
    }
}
