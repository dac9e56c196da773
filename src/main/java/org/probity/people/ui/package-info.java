/**
 * The people directory screens: members, officers, and the directory of political groups,
 * wards, directorates and service areas, each a sidebar section with its list, form and
 * change history.
 */
package org.probity.people.ui;
