/**
 * Publication of registers on the authority's website: an Open extract of one register for a
 * period, with the columns the user ticks (nothing personal unless ticked, with a warning), a
 * count by one column with small numbers suppressed, written as a tagged PDF and as CSV.
 */
package org.probity.publication;
