/** Settings › Backups: the backups taken, taking one now, and choosing one to restore at the next start. */
package org.probity.backup.ui;
