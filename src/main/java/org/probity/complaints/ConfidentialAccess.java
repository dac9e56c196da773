package org.probity.complaints;

/**
 * Whether the person using Probity may see complaints' confidential fields (complainant,
 * subject, summary). A plain flag for now; a roles system can supply its own answer here
 * without the register changing.
 */
@FunctionalInterface
public interface ConfidentialAccess {

    ConfidentialAccess GRANTED = () -> true;
    ConfidentialAccess WITHHELD = () -> false;

    boolean maySeeConfidential();
}
