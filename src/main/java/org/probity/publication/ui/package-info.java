/**
 * The "Publish registers" screen: choose a register and a period, tick the columns, see the
 * counts and the rows as they will be published, and save them as PDF or CSV.
 */
package org.probity.publication.ui;
