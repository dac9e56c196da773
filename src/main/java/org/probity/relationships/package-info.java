/**
 * The register of declared relationships between members and officers (or two officers, or
 * two members): declarations, the Monitoring Officer's decision and actions, annual
 * re-confirmation, and conflict flags computed from the people directory.
 */
package org.probity.relationships;
