/** The Subject access screen: choose a person, choose which third parties to name, export. */
package org.probity.subjectaccess.ui;
