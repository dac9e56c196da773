package org.probity.security;

import java.util.Objects;

/**
 * The checks services make before reading a confidential field or writing anything. Clerks and
 * read-only users see a record's confidential fields only when it has been granted to them; a
 * read-only user changes nothing (the audit trail calls {@link #requireWrite()} for every change,
 * so no service can forget it).
 */
public final class Permissions {

    private final CurrentUser user;
    private final GrantRepository grants;

    public Permissions(CurrentUser user, GrantRepository grants) {
        this.user = user;
        this.grants = grants;
    }

    /** For tests and tools with no accounts: the sole user may do everything. */
    public static Permissions unrestricted(String loginName) {
        return new Permissions(new CurrentUser(UserAccount.soleUser(loginName)), null);
    }

    public CurrentUser user() {
        return user;
    }

    public boolean canSeeConfidential(String recordType, Object recordId) {
        if (user.role().seesAllConfidential()) {
            return true;
        }
        return grants != null && recordId != null
                && grants.isGranted(user.loginName(), recordType, String.valueOf(recordId));
    }

    /** Refuses unless the signed-in person may see the confidential fields of this record. */
    public void requireConfidential(String recordType, Object recordId) {
        if (!canSeeConfidential(recordType, recordId)) {
            throw new PermissionDeniedException("The confidential details of this " + recordType.toLowerCase(
                    java.util.Locale.ROOT) + " have not been shared with you (" + user.loginName() + ", "
                    + user.role().label() + "). Ask the Monitoring Officer to grant you this record.");
        }
    }

    public boolean canWrite() {
        return user.role().canWrite();
    }

    public void requireWrite() {
        if (!canWrite()) {
            throw new PermissionDeniedException("You are signed in as " + user.loginName() + " with read-only access,"
                    + " so nothing can be changed. Nothing was saved.");
        }
    }

    public void requireAdministrator() {
        if (user.role() != Role.MONITORING_OFFICER) {
            throw new PermissionDeniedException("Only the Monitoring Officer can manage users and grants.");
        }
    }

    @Override
    public String toString() {
        return "Permissions[" + Objects.toString(user.loginName()) + "]";
    }
}
