/**
 * The calendar's screens: the Deadlines section (a calculator that shows its working, and the
 * year's days off) and the settings page for closure days and announced bank holidays.
 */
package org.probity.calendar.ui;
