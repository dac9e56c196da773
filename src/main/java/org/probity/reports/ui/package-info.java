/**
 * The Reports screen: choose a report, fill in its cover and narrative, preview its pages,
 * save it as PDF or Word, print it.
 */
package org.probity.reports.ui;
