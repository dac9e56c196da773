/**
 * The screens of the members' enquiries register: the list with its filters, the quick entry
 * form, an enquiry's details and timeline, and the performance figures with their chart.
 */
package org.probity.enquiries.ui;
