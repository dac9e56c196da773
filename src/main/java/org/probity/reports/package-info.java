/**
 * Reports to the Standards Committee: the annual report on the operation of the Member/Officer
 * Protocol, built from sections each register contributes, and register extracts; the open
 * and exempt versions, the accessible version, and the drafts of the narrative the Monitoring
 * Officer writes.
 */
package org.probity.reports;
