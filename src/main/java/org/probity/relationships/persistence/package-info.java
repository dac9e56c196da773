/** The register of declared relationships in its tables. */
package org.probity.relationships.persistence;
