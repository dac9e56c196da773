/**
 * The Disposal review screen (records past their retention date, preview, approval, legal holds
 * and the disposal log) and the Retention schedule settings page.
 */
package org.probity.retention.ui;
