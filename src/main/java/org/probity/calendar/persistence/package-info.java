/** The calendar's closure days and announced bank-holiday changes in their tables. */
package org.probity.calendar.persistence;
