/**
 * The sections of the annual report that the registers built into Probity contribute:
 * declared relationships, officers at political group meetings and members' enquiries.
 */
package org.probity.reports.annual;
