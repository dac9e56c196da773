/**
 * The command line: the same launcher as the window, with picocli subcommands that call the
 * same services. Only this package writes to standard output.
 */
package org.probity.cli;
