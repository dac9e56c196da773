/**
 * User-interface pieces every feature's screens share: running work off the JavaFX thread,
 * date fields in UK format, validation messages beside fields, and the History view.
 */
package org.probity.ui;
