/**
 * The "Import and export" screen: choose a list and a file, check it, see each row's problems,
 * import it once it is clean, or export a list to a file.
 */
package org.probity.transfer.ui;
