package org.probity.app.settings;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.probity.calendar.BankHolidayRegion;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;

/** The authority's name, bank-holiday region and response targets, as edited in Settings. */
public final class AuthorityPageViewModel {

    public static final List<String> TARGET_FIELDS = List.of("membersEnquiryDays", "informationRequestDays",
            "complaintAcknowledgementDays", "complaintResponseDays");
    public static final List<String> FIELDS = List.of("name", "region", "membersEnquiryDays",
            "informationRequestDays", "complaintAcknowledgementDays", "complaintResponseDays");

    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final Consumer<AuthorityProfile> onSaved;
    private AuthorityProfile loaded;

    public AuthorityPageViewModel(PeopleService people, BackgroundTasks tasks, Consumer<AuthorityProfile> onSaved) {
        this.people = people;
        this.tasks = tasks;
        this.onSaved = onSaved;
        for (String field : FIELDS) {
            problems.put(field, new ReadOnlyStringWrapper(""));
        }
        for (String field : TARGET_FIELDS) {
            targets.put(field, new SimpleStringProperty(""));
        }
    }

    // Properties

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<BankHolidayRegion> region = new SimpleObjectProperty<>();
    private final Map<String, StringProperty> targets = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<BankHolidayRegion> regionProperty() {
        return region;
    }

    /** The text of a target field, one of {@link #TARGET_FIELDS}, as typed. */
    public StringProperty targetProperty(String field) {
        return targets.get(field);
    }

    /** What is wrong with a field, or "" when nothing is. */
    public ReadOnlyStringProperty problemProperty(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    // Commands

    public void load() {
        busy.set(true);
        tasks.run("Loading the authority profile", people::profile, profile -> {
            busy.set(false);
            show(profile);
            status.set("");
        }, failure -> {
            busy.set(false);
            status.set("The authority profile could not be loaded: " + failure.getMessage());
        });
    }

    /** Puts back what was last loaded or saved. */
    public void revert() {
        if (loaded != null) {
            show(loaded);
            status.set("Changes discarded.");
        }
    }

    public void save() {
        clearProblems();
        Map<String, Integer> days = new LinkedHashMap<>();
        ValidationException unreadable = null;
        for (String field : TARGET_FIELDS) {
            String text = targets.get(field).get() == null ? "" : targets.get(field).get().trim();
            try {
                days.put(field, Integer.parseInt(text));
            } catch (NumberFormatException e) {
                problems.get(field).set("Enter a whole number of working days, e.g. 5.");
                unreadable = new ValidationException(field, "not a number");
            }
        }
        if (unreadable != null) {
            status.set("Nothing was saved: put right the fields marked in red.");
            return;
        }
        AuthorityProfile profile = new AuthorityProfile(name.get(), region.get(), days.get("membersEnquiryDays"),
                days.get("informationRequestDays"), days.get("complaintAcknowledgementDays"),
                days.get("complaintResponseDays"));
        busy.set(true);
        status.set("Saving…");
        tasks.run("Saving the authority profile", () -> people.saveProfile(profile), saved -> {
            busy.set(false);
            show(saved);
            status.set("Saved.");
            onSaved.accept(saved);
        }, failure -> {
            busy.set(false);
            if (failure instanceof ValidationException invalid) {
                for (FieldProblem problem : invalid.problems()) {
                    ReadOnlyStringWrapper target = problems.get(problem.field());
                    if (target != null) {
                        target.set(invalid.messageFor(problem.field()));
                    }
                }
                status.set("Nothing was saved: put right the fields marked in red.");
            } else {
                status.set("The profile could not be saved: " + failure.getMessage());
            }
        });
    }

    private void show(AuthorityProfile profile) {
        loaded = profile;
        clearProblems();
        name.set(profile.name());
        region.set(profile.region());
        targets.get("membersEnquiryDays").set(String.valueOf(profile.membersEnquiryDays()));
        targets.get("informationRequestDays").set(String.valueOf(profile.informationRequestDays()));
        targets.get("complaintAcknowledgementDays").set(String.valueOf(profile.complaintAcknowledgementDays()));
        targets.get("complaintResponseDays").set(String.valueOf(profile.complaintResponseDays()));
    }

    private void clearProblems() {
        problems.values().forEach(p -> p.set(""));
    }
}
