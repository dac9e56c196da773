/**
 * Who is signed in and what they may do: user accounts with roles (Monitoring Officer, Deputy,
 * Clerk, Read-only), grants of confidential records to clerks, password hashing and the growing
 * delay after failed sign-ins. Services check {@link org.probity.security.Permissions}, so the
 * window, the command line and any later client obey the same rules.
 */
package org.probity.security;
