/** The Complaints screens: the register, logging a complaint, its stages, the case log and the figures. */
package org.probity.complaints.ui;
