/** Drafts of reports in the database. */
package org.probity.reports.persistence;
