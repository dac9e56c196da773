/** Storage of the protocol library and its reviews in the {@code protocol*} tables. */
package org.probity.protocols.persistence;
