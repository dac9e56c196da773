/**
 * Import and export of the members and officers lists as CSV or Excel workbooks. Imports are
 * checked row by row first and then written in one transaction through the people service,
 * so every imported person is validated and audited like one entered by hand.
 */
package org.probity.transfer;
