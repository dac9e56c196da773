/**
 * The Settings section: the authority profile and its response targets, the theme, and the
 * pages features add (such as closure days).
 */
package org.probity.app.settings;
