/**
 * Files attached to any register entry (a declaration, a complaint, a briefing note), kept in
 * the database with a checksum so that backups and the audit trail cover them and damage is
 * noticed before a copy leaves Probity.
 */
package org.probity.attachments;
