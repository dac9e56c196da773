package org.probity.security.ui;

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
import org.probity.security.ConfidentialGrant;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.security.UserService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldErrors;

/**
 * The state of Settings › Users: the accounts, a form to add one, and the records granted to the
 * chosen clerk or read-only user. Only the Monitoring Officer may change anything; everyone else
 * sees the list with a sentence saying why it cannot be changed. All service calls run in the background.
 */
public final class UsersViewModel {

    /** A granted record as the list shows it: by the reference people know it by. */
    public record GrantRow(String reference, ConfidentialGrant grant) {
    }

    private final UserService users;
    private final GrantableRecords records;
    private final BackgroundTasks tasks;

    private final ObservableList<UserAccount> accounts = FXCollections.observableArrayList();
    private final ObservableList<GrantRow> grants = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper canManage = new ReadOnlyBooleanWrapper(this, "canManage");
    private final ReadOnlyBooleanWrapper grantsApply = new ReadOnlyBooleanWrapper(this, "grantsApply");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper grantsExplanation = new ReadOnlyStringWrapper(this, "grantsExplanation", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    private final StringProperty loginName = new SimpleStringProperty(this, "loginName", "");
    private final StringProperty fullName = new SimpleStringProperty(this, "fullName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role", Role.CLERK);
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty passwordAgain = new SimpleStringProperty(this, "passwordAgain", "");
    private final StringProperty grantReference = new SimpleStringProperty(this, "grantReference", "");
    private final FieldErrors errors = new FieldErrors(List.of("loginName", "fullName", "role", "password",
            "passwordAgain", "reference"));

    public UsersViewModel(UserService users, GrantableRecords records, BackgroundTasks tasks) {
        this.users = users;
        this.records = records;
        this.tasks = tasks;
        selected.addListener((o, was, now) -> loadGrants());
    }

    public ObservableList<UserAccount> accounts() {
        return accounts;
    }

    public ObservableList<GrantRow> grants() {
        return grants;
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    /** Whether the person using Probity is the Monitoring Officer, who alone manages accounts and grants. */
    public ReadOnlyBooleanProperty canManageProperty() {
        return canManage.getReadOnlyProperty();
    }

    /** Whether the chosen account is one that sees confidential records only when granted them. */
    public ReadOnlyBooleanProperty grantsApplyProperty() {
        return grantsApply.getReadOnlyProperty();
    }

    /** Why nothing here can be changed, or empty for the Monitoring Officer. */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty grantsExplanationProperty() {
        return grantsExplanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty loginNameProperty() {
        return loginName;
    }

    public StringProperty fullNameProperty() {
        return fullName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty grantReferenceProperty() {
        return grantReference;
    }

    public FieldErrors errors() {
        return errors;
    }

    private record Loaded(List<UserAccount> accounts, boolean administrator) {
    }

    public void refresh() {
        tasks.run("Reading the user accounts", () -> new Loaded(users.accounts(),
                users.currentUser().role() == Role.MONITORING_OFFICER), loaded -> {
                    UserAccount keep = selected.get();
                    accounts.setAll(loaded.accounts());
                    canManage.set(loaded.administrator());
                    explanation.set(loaded.administrator() ? "" : "Only the Monitoring Officer can add accounts and"
                            + " grant confidential records. You are signed in as " + users.currentUser().loginName()
                            + " (" + users.currentUser().role().label() + "), so this list is for reading only.");
                    if (loaded.accounts().isEmpty()) {
                        role.set(Role.MONITORING_OFFICER);
                    }
                    selected.set(keep == null ? null : loaded.accounts().stream()
                            .filter(a -> a.loginName().equals(keep.loginName())).findFirst().orElse(null));
                }, failure -> status.set(failure.getMessage()));
    }

    /** Adds the account in the form; the two passwords must match before anything is saved. */
    public void addAccount() {
        errors.clear();
        if (!password.get().equals(passwordAgain.get())) {
            errors.of("passwordAgain").set("The two passwords are not the same. Type the password again.");
            return;
        }
        String login = loginName.get();
        String name = fullName.get();
        Role chosen = role.get();
        String secret = password.get();
        busy.set(true);
        tasks.run("Adding an account", () -> users.create(login, name, chosen, secret), added -> {
            busy.set(false);
            loginName.set("");
            fullName.set("");
            role.set(Role.CLERK);
            password.set("");
            passwordAgain.set("");
            status.set("Added " + added.loginName() + " (" + added.fullName() + ", " + added.role().label() + ")."
                    + (accounts.isEmpty() ? " From now on everyone signs in when Probity opens." : ""));
            refresh();
        }, failure -> {
            busy.set(false);
            shown(failure);
        });
    }

    /** Closes the chosen account: it can no longer sign in, and the audit trail keeps its name. */
    public void closeAccount() {
        UserAccount account = selected.get();
        if (account == null) {
            status.set("Choose the account to close.");
            return;
        }
        tasks.run("Closing an account", () -> users.disable(account.loginName()), closed -> {
            status.set("The account " + closed.loginName() + " is closed and can no longer sign in.");
            refresh();
        }, this::shown);
    }

    /** Shares the record with this reference with the chosen account. */
    public void grant() {
        UserAccount account = selected.get();
        if (account == null) {
            status.set("Choose the account to grant a record to.");
            return;
        }
        errors.clear();
        String reference = grantReference.get();
        tasks.run("Granting a record", () -> {
            GrantableRecords.Target target = records.find(reference);
            users.grant(account.loginName(), target.recordType(), target.recordId());
            return target;
        }, target -> {
            grantReference.set("");
            status.set(account.loginName() + " may now see the confidential details of " + target.reference() + ".");
            loadGrants();
        }, this::shown);
    }

    public void revoke(GrantRow row) {
        if (row == null) {
            status.set("Choose the granted record to stop sharing.");
            return;
        }
        ConfidentialGrant g = row.grant();
        tasks.run("Revoking a grant", () -> {
            users.revoke(g.loginName(), g.recordType(), g.recordId());
            return row;
        }, done -> {
            status.set(g.loginName() + " no longer sees the confidential details of " + done.reference() + ".");
            loadGrants();
        }, this::shown);
    }

    private void loadGrants() {
        UserAccount account = selected.get();
        boolean applies = account != null && !account.role().seesAllConfidential();
        grantsApply.set(applies);
        grantsExplanation.set(account == null ? "Choose an account to see the records granted to it."
                : applies ? "Confidential records shared with " + account.fullName() + "."
                : account.fullName() + " is a " + account.role().label() + " and sees every confidential record.");
        if (!applies || !canManage.get()) {
            grants.clear();
            return;
        }
        tasks.run("Reading the grants", () -> users.grantsOf(account.loginName()).stream()
                .map(g -> new GrantRow(records.describe(g), g)).toList(), rows -> {
                    if (account.equals(selected.get())) {
                        grants.setAll(rows);
                    }
                }, this::shown);
    }

    private void shown(Throwable failure) {
        if (failure instanceof ValidationException refused) {
            String elsewhere = errors.show(refused);
            status.set(elsewhere == null ? "Nothing was saved: see the highlighted fields." : elsewhere);
        } else {
            status.set(failure.getMessage());
        }
    }
}
