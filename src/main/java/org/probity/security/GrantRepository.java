package org.probity.security;

import java.util.List;
import java.util.Optional;

/** Where user accounts and grants of confidential records are kept. */
public interface GrantRepository {

    List<UserAccount> accounts();

    Optional<UserAccount> account(String loginName);

    Optional<String> passwordHash(String loginName);

    UserAccount insert(UserAccount account, String passwordHash);

    void update(UserAccount account);

    void setPasswordHash(String loginName, String passwordHash);

    boolean isGranted(String loginName, String recordType, String recordId);

    void grant(String loginName, String recordType, String recordId);

    void revoke(String loginName, String recordType, String recordId);

    List<ConfidentialGrant> grants(String loginName);
}
