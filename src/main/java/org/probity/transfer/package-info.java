/**
 * Import and export of the members and officers lists and of the register of declared
 * relationships, as CSV or Excel workbooks. Imports are checked row by row first and then
 * written in one transaction through the people or register service, so every imported record
 * is validated and audited like one entered by hand.
 */
package org.probity.transfer;
