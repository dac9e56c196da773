package org.probity.app;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probity.calendar.BankHolidayRegion;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.ui.BackgroundTasks;

/** The first-run choice: an empty register for the user's authority, or the demo authority. */
public final class FirstRunViewModel {

    private final AppContext context;
    private final BackgroundTasks tasks;
    private final Consumer<AuthorityProfile> onDone;

    public FirstRunViewModel(AppContext context, BackgroundTasks tasks, Consumer<AuthorityProfile> onDone) {
        this.context = context;
        this.tasks = tasks;
        this.onDone = onDone;
    }

    // Properties

    private final BooleanProperty demo = new SimpleBooleanProperty(false);
    private final StringProperty authorityName = new SimpleStringProperty("");
    private final ObjectProperty<BankHolidayRegion> region =
            new SimpleObjectProperty<>(BankHolidayRegion.ENGLAND_AND_WALES);
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** True to load the demo authority, false for an empty register. */
    public BooleanProperty demoProperty() {
        return demo;
    }

    public StringProperty authorityNameProperty() {
        return authorityName;
    }

    public ObjectProperty<BankHolidayRegion> regionProperty() {
        return region;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    public void start() {
        if (busy.get()) {
            return;
        }
        nameProblem.set("");
        message.set("");
        boolean wantsDemo = demo.get();
        String name = authorityName.get() == null ? "" : authorityName.get();
        BankHolidayRegion chosenRegion = region.get();
        if (!wantsDemo && name.isBlank()) {
            nameProblem.set("Enter the name of your authority, e.g. Northshire County Council.");
            return;
        }
        busy.set(true);
        message.set(wantsDemo ? "Loading the demo authority…" : "Creating the register…");
        tasks.run("Setting up the register",
                () -> wantsDemo ? FirstRun.loadDemoData(context)
                        : FirstRun.createEmptyRegister(context, name, chosenRegion),
                profile -> {
                    busy.set(false);
                    message.set("");
                    onDone.accept(profile);
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ValidationException invalid) {
                        String forName = invalid.messageFor("name");
                        if (forName != null) {
                            nameProblem.set(forName);
                            message.set("");
                        } else {
                            message.set(invalid.getMessage());
                        }
                    } else {
                        message.set(ShellViewModel.failureMessage(failure));
                    }
                });
    }
}
