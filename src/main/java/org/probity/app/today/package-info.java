/**
 * The Today dashboard: what is due and overdue across every register, and summary figures.
 * Registers contribute through {@link org.probity.common.DueItemSource}.
 */
package org.probity.app.today;
