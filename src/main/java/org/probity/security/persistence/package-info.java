/** User accounts and grants of confidential records in the database (jOOQ). */
package org.probity.security.persistence;
