package org.probity.security.persistence;

import static org.probity.storage.schema.Tables.CONFIDENTIAL_GRANT;
import static org.probity.storage.schema.Tables.USER_ACCOUNT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.probity.security.ConfidentialGrant;
import org.probity.security.GrantRepository;
import org.probity.security.Role;
import org.probity.security.UserAccount;
import org.probity.storage.JooqSession;

/** User accounts in {@code user_account} and grants in {@code confidential_grant}. */
public final class JooqUserRepository implements GrantRepository {

    private final JooqSession session;

    public JooqUserRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public List<UserAccount> accounts() {
        return session.dsl().selectFrom(USER_ACCOUNT).orderBy(USER_ACCOUNT.LOGIN_NAME).fetch(this::toAccount);
    }

    @Override
    public Optional<UserAccount> account(String loginName) {
        return session.dsl().selectFrom(USER_ACCOUNT).where(USER_ACCOUNT.LOGIN_NAME.eq(loginName))
                .fetchOptional(this::toAccount);
    }

    @Override
    public Optional<String> passwordHash(String loginName) {
        return session.dsl().select(USER_ACCOUNT.PASSWORD_HASH).from(USER_ACCOUNT)
                .where(USER_ACCOUNT.LOGIN_NAME.eq(loginName)).fetchOptional(USER_ACCOUNT.PASSWORD_HASH);
    }

    @Override
    public UserAccount insert(UserAccount account, String passwordHash) {
        Long id = session.dsl().insertInto(USER_ACCOUNT)
                .set(USER_ACCOUNT.LOGIN_NAME, account.loginName())
                .set(USER_ACCOUNT.FULL_NAME, account.fullName())
                .set(USER_ACCOUNT.ROLE_NAME, account.role().name())
                .set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .set(USER_ACCOUNT.ACTIVE, account.active())
                .returningResult(USER_ACCOUNT.ID).fetchOne(USER_ACCOUNT.ID);
        return new UserAccount(id, account.loginName(), account.fullName(), account.role(), account.active());
    }

    @Override
    public void update(UserAccount account) {
        session.dsl().update(USER_ACCOUNT)
                .set(USER_ACCOUNT.FULL_NAME, account.fullName())
                .set(USER_ACCOUNT.ROLE_NAME, account.role().name())
                .set(USER_ACCOUNT.ACTIVE, account.active())
                .where(USER_ACCOUNT.LOGIN_NAME.eq(account.loginName())).execute();
    }

    @Override
    public void setPasswordHash(String loginName, String passwordHash) {
        session.dsl().update(USER_ACCOUNT).set(USER_ACCOUNT.PASSWORD_HASH, passwordHash)
                .where(USER_ACCOUNT.LOGIN_NAME.eq(loginName)).execute();
    }

    @Override
    public boolean isGranted(String loginName, String recordType, String recordId) {
        return session.dsl().fetchExists(CONFIDENTIAL_GRANT, CONFIDENTIAL_GRANT.LOGIN_NAME.eq(loginName)
                .and(CONFIDENTIAL_GRANT.RECORD_TYPE.eq(recordType)).and(CONFIDENTIAL_GRANT.RECORD_ID.eq(recordId)));
    }

    @Override
    public void grant(String loginName, String recordType, String recordId) {
        if (!isGranted(loginName, recordType, recordId)) {
            session.dsl().insertInto(CONFIDENTIAL_GRANT)
                    .set(CONFIDENTIAL_GRANT.LOGIN_NAME, loginName)
                    .set(CONFIDENTIAL_GRANT.RECORD_TYPE, recordType)
                    .set(CONFIDENTIAL_GRANT.RECORD_ID, recordId).execute();
        }
    }

    @Override
    public void revoke(String loginName, String recordType, String recordId) {
        session.dsl().deleteFrom(CONFIDENTIAL_GRANT).where(CONFIDENTIAL_GRANT.LOGIN_NAME.eq(loginName)
                .and(CONFIDENTIAL_GRANT.RECORD_TYPE.eq(recordType)).and(CONFIDENTIAL_GRANT.RECORD_ID.eq(recordId)))
                .execute();
    }

    @Override
    public List<ConfidentialGrant> grants(String loginName) {
        return session.dsl().selectFrom(CONFIDENTIAL_GRANT).where(CONFIDENTIAL_GRANT.LOGIN_NAME.eq(loginName))
                .orderBy(CONFIDENTIAL_GRANT.RECORD_TYPE, CONFIDENTIAL_GRANT.ID)
                .fetch(r -> new ConfidentialGrant(r.getLoginName(), r.getRecordType(), r.getRecordId()));
    }

    private UserAccount toAccount(Record r) {
        return new UserAccount(r.get(USER_ACCOUNT.ID), r.get(USER_ACCOUNT.LOGIN_NAME), r.get(USER_ACCOUNT.FULL_NAME),
                Role.valueOf(r.get(USER_ACCOUNT.ROLE_NAME)), r.get(USER_ACCOUNT.ACTIVE));
    }
}
