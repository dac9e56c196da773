/**
 * The protocol library: protocols such as the Member/Officer Relations Protocol, their versions
 * as ordered numbered paragraphs, importing and exporting a version, comparing two versions
 * word by word, and reviews of a version with their evidence, findings, amendments,
 * consultation log and approval route up to the adoption of a new version.
 */
package org.probity.protocols;
