/**
 * Backups of the embedded database: consistent copies taken while Probity is open (on closing and
 * daily), each checked by opening it after writing, kept in a folder chosen in settings and thinned
 * out to 7 daily, 5 weekly and 12 monthly copies; and restoring one, with the current database kept
 * aside rather than overwritten.
 */
package org.probity.backup;
