package org.probity.groupmeetings.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.GroupMeetingTargets;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;

/** The register's targets in working days, as the Settings page edits them. */
public final class TargetsViewModel {

    private final GroupMeetingService register;
    private final BackgroundTasks tasks;
    private final FieldErrors errors = new FieldErrors(List.of("moNotificationDays", "groupNotificationDays",
            "parityOfferDays", "authorisationDays", "companionDays"));
    private final StringProperty moNotificationDays = new SimpleStringProperty(this, "moNotificationDays", "");
    private final StringProperty groupNotificationDays = new SimpleStringProperty(this, "groupNotificationDays", "");
    private final StringProperty parityOfferDays = new SimpleStringProperty(this, "parityOfferDays", "");
    private final StringProperty authorisationDays = new SimpleStringProperty(this, "authorisationDays", "");
    private final StringProperty companionDays = new SimpleStringProperty(this, "companionDays", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    public TargetsViewModel(GroupMeetingService register, BackgroundTasks tasks) {
        this.register = register;
        this.tasks = tasks;
    }

    public void load() {
        tasks.run("Reading the group meeting targets", register::targets, this::show,
                error -> problem.set("The targets could not be read. " + StorageMessages.describe(error)));
    }

    private void show(GroupMeetingTargets t) {
        moNotificationDays.set(String.valueOf(t.moNotificationDays()));
        groupNotificationDays.set(String.valueOf(t.groupNotificationDays()));
        parityOfferDays.set(String.valueOf(t.parityOfferDays()));
        authorisationDays.set(String.valueOf(t.authorisationDays()));
        companionDays.set(String.valueOf(t.companionDays()));
    }

    public void save() {
        errors.clear();
        status.set(null);
        problem.set(null);
        int[] days = new int[5];
        StringProperty[] fields = {moNotificationDays, groupNotificationDays, parityOfferDays, authorisationDays,
            companionDays};
        String[] names = {"moNotificationDays", "groupNotificationDays", "parityOfferDays", "authorisationDays",
            "companionDays"};
        for (int i = 0; i < fields.length; i++) {
            String text = fields[i].get() == null ? "" : fields[i].get().trim();
            try {
                days[i] = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                errors.of(names[i]).set("Type a whole number of working days, from 0 to "
                        + GroupMeetingService.MAX_TARGET_DAYS + ".");
            }
        }
        if (errors.any()) {
            return;
        }
        GroupMeetingTargets targets = new GroupMeetingTargets(days[0], days[1], days[2], days[3], days[4]);
        tasks.run("Saving the group meeting targets", () -> register.saveTargets(targets), saved -> {
            show(saved);
            status.set("Saved. The alerts on Today use these targets from now on.");
        }, error -> {
            if (error instanceof ValidationException refused) {
                problem.set(errors.show(refused));
            } else {
                problem.set("The targets could not be saved. " + StorageMessages.describe(error));
            }
        });
    }

    public FieldErrors errors() {
        return errors;
    }

    public StringProperty moNotificationDaysProperty() {
        return moNotificationDays;
    }

    public StringProperty groupNotificationDaysProperty() {
        return groupNotificationDays;
    }

    public StringProperty parityOfferDaysProperty() {
        return parityOfferDays;
    }

    public StringProperty authorisationDaysProperty() {
        return authorisationDays;
    }

    public StringProperty companionDaysProperty() {
        return companionDays;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
