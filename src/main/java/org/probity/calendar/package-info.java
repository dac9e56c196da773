/**
 * Working days: UK bank holidays per nation (from the jollyday library), the authority's
 * closure days and bank holidays announced after release, and the deadlines counted from them.
 * Registers ask this package for due dates and offer their open deadlines for recalculation.
 */
package org.probity.calendar;
