/**
 * The screens of the register of declared relationships: the filtered register list, a
 * declaration's details, the Monitoring Officer's decision and actions, its conflict flags and
 * history, and the annual re-confirmation.
 */
package org.probity.relationships.ui;
