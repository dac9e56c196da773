package org.probity.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probity.audit.AuditTrail;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * User accounts and grants of confidential records. With no accounts, Probity is one person's and
 * asks nobody to sign in; once the Monitoring Officer adds accounts, everyone signs in.
 */
public final class UserService {

    public static final String ACCOUNT = "User";
    public static final String GRANT = "Grant";
    static final int MIN_PASSWORD = 10;

    private final GrantRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Permissions permissions;

    public UserService(GrantRepository repository, Transactions transactions, AuditTrail audit,
                       Permissions permissions) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.permissions = permissions;
    }

    public boolean signInRequired() {
        return repository.accounts().stream().anyMatch(UserAccount::active);
    }

    public List<UserAccount> accounts() {
        return repository.accounts();
    }

    public CurrentUser currentUser() {
        return permissions.user();
    }

    /** Checks the name and password and makes that person the signed-in user. */
    public UserAccount signIn(String loginName, String password) {
        String login = normalise(loginName);
        Optional<UserAccount> account = repository.account(login);
        boolean right = account.isPresent() && PasswordHash.matches(password == null ? "" : password,
                repository.passwordHash(login).orElse(""));
        if (!right) {
            throw new SignInException("The user name or password is not right. Check Caps Lock and try again.");
        }
        if (!account.get().active()) {
            throw new SignInException("The account " + login + " has been closed. Ask the Monitoring Officer.");
        }
        permissions.user().signedIn(account.get());
        return account.get();
    }

    /**
     * Adds an account. The first account must be a Monitoring Officer's, created by whoever holds the
     * database now; after that only a signed-in Monitoring Officer adds accounts.
     */
    public UserAccount create(String loginName, String fullName, Role role, String password) {
        boolean first = repository.accounts().isEmpty();
        if (!first) {
            permissions.requireAdministrator();
        }
        String login = normalise(loginName);
        Validation v = new Validation();
        v.required("loginName", "The user name", login);
        v.check(login.isEmpty() || login.matches("[a-z0-9._-]{2,100}"), "loginName",
                "The user name may use letters, digits, dots, dashes and underscores.");
        v.required("fullName", "The full name", fullName);
        v.required("role", "The role", role);
        v.check(!first || role == Role.MONITORING_OFFICER, "role",
                "The first account must be the Monitoring Officer's, who then adds the others.");
        v.check(password != null && password.length() >= MIN_PASSWORD, "password",
                "The password needs at least " + MIN_PASSWORD + " characters.");
        v.check(login.isEmpty() || repository.account(login).isEmpty(), "loginName",
                "There is already an account called " + login + ".");
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            UserAccount created = repository.insert(new UserAccount(null, login, fullName.strip(), role, true),
                    PasswordHash.of(password));
            audit.created(ACCOUNT, created.id(), login, values(created));
            if (first) {
                permissions.user().signedIn(created);
            }
            return created;
        });
    }

    public UserAccount change(UserAccount changed) {
        permissions.requireAdministrator();
        UserAccount before = repository.account(changed.loginName())
                .orElseThrow(() -> new SignInException("There is no account called " + changed.loginName() + "."));
        UserAccount after = new UserAccount(before.id(), before.loginName(), changed.fullName(), changed.role(),
                changed.active());
        return transactions.inTransaction(() -> {
            repository.update(after);
            audit.changed(ACCOUNT, before.id(), before.loginName(), values(before), values(after));
            return after;
        });
    }

    /** Changes the signed-in person's own password (or, for the Monitoring Officer, anyone's). */
    public void changePassword(String loginName, String newPassword) {
        String login = normalise(loginName);
        if (!login.equals(permissions.user().loginName())) {
            permissions.requireAdministrator();
        }
        Validation v = new Validation();
        v.check(newPassword != null && newPassword.length() >= MIN_PASSWORD, "password",
                "The password needs at least " + MIN_PASSWORD + " characters.");
        v.throwIfInvalid();
        UserAccount account = repository.account(login)
                .orElseThrow(() -> new SignInException("There is no account called " + login + "."));
        transactions.inTransaction(() -> {
            repository.setPasswordHash(login, PasswordHash.of(newPassword));
            audit.changed(ACCOUNT, account.id(), login, Map.of("Password", "(set)"), Map.of("Password", "(changed)"));
        });
    }

    /**
     * Closes an account: its holder can no longer sign in, while the audit trail keeps their name.
     * The Monitoring Officer's own account stays open so that someone can always manage the others.
     */
    public UserAccount disable(String loginName) {
        permissions.requireAdministrator();
        String login = normalise(loginName);
        UserAccount account = existing(login);
        if (login.equals(permissions.user().loginName())) {
            throw new ValidationException("loginName", "You cannot close your own account while signed in to it.");
        }
        return change(new UserAccount(account.id(), login, account.fullName(), account.role(), false));
    }

    /** The records shared with one person, for the Monitoring Officer to review. */
    public List<ConfidentialGrant> grantsOf(String loginName) {
        permissions.requireAdministrator();
        return repository.grants(normalise(loginName));
    }

    /** Shares a record's confidential fields with a clerk or read-only user. */
    public void grant(String loginName, String recordType, Object recordId) {
        permissions.requireAdministrator();
        String login = normalise(loginName);
        UserAccount account = existing(login);
        if (account.role().seesAllConfidential()) {
            throw new ValidationException("loginName", login + " is a " + account.role().label()
                    + " and already sees every confidential record.");
        }
        transactions.inTransaction(() -> {
            repository.grant(login, recordType, String.valueOf(recordId));
            audit.created(GRANT, recordType + " " + recordId, login + " may see " + recordType + " " + recordId,
                    Map.of("User", login, "Record", recordType + " " + recordId));
        });
    }

    public void revoke(String loginName, String recordType, Object recordId) {
        permissions.requireAdministrator();
        String login = normalise(loginName);
        transactions.inTransaction(() -> {
            repository.revoke(login, recordType, String.valueOf(recordId));
            audit.deleted(GRANT, recordType + " " + recordId, login + " may see " + recordType + " " + recordId,
                    Map.of("User", login, "Record", recordType + " " + recordId));
        });
    }

    private UserAccount existing(String login) {
        return repository.account(login).orElseThrow(() -> new ValidationException("loginName",
                "There is no account called " + login + ". Check the user name with the list of users."));
    }

    private static String normalise(String loginName) {
        return loginName == null ? "" : loginName.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> values(UserAccount a) {
        return Map.of("User name", a.loginName(), "Name", a.fullName(), "Role", a.role().label(),
                "Active", a.active() ? "Yes" : "No");
    }
}
