/** The Attachments pane that register detail screens place in a tab of their own. */
package org.probity.attachments.ui;
