/**
 * The people directory every register refers to: the authority's profile, political groups,
 * wards, directorates and service areas, members with their groups, wards and special
 * responsibilities, and officers with their posts, tiers and line managers.
 */
package org.probity.people;
