/**
 * The screens of the group meetings register: the filtered list of requests and meetings, the
 * record with its controls, the quick form for an attendance, the parity of groups over a
 * period and the register's working-day targets in Settings.
 */
package org.probity.groupmeetings.ui;
