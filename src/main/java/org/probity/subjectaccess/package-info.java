/**
 * Subject access: finding everything Probity holds about one person (a member, an officer or
 * someone named in a record) across the registers, and writing it in one step to a ZIP of a
 * tagged PDF summary, the records as CSV and JSON, and the attached files, with third parties'
 * names redacted unless the officer chooses to disclose them. Each export is itself audited.
 */
package org.probity.subjectaccess;
