/** The register of enquiries in its tables, and the one-pass read behind the performance figures. */
package org.probity.enquiries.persistence;
