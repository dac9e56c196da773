/**
 * The audit trail: every create, change and delete, with who, when and the values before
 * and after, written in the same transaction as the change. Audit rows are never deleted.
 */
package org.probity.audit;
