/** Complaints, their stages and the procedure templates, stored with jOOQ. */
package org.probity.complaints.persistence;
