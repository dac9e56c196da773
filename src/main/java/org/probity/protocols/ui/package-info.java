/**
 * The Protocols section: the library of protocols and versions, the paragraph editor, import
 * with a preview to correct the split, the comparison of two versions, and reviews.
 */
package org.probity.protocols.ui;
