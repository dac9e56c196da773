/** The register of group meetings and briefings, and its targets, in their tables. */
package org.probity.groupmeetings.persistence;
