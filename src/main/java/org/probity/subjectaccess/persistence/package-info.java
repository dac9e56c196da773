/**
 * Read-only queries for subject access: which register entries name a person, by the people
 * they refer to or by the person's name in their text, and the audit entries that name them.
 */
package org.probity.subjectaccess.persistence;
