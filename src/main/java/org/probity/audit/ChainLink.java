package org.probity.audit;

import java.util.List;

/**
 * One audit entry as stored, for checking its seal: the text of each field exactly as kept in the
 * database, the seal of the entry before it and its own seal (null for an entry never sealed).
 */
public record ChainLink(long id, String previousHash, String entryHash, List<String> content, String description) {

    public ChainLink {
        // Fields may be null (an entry with no values before or after), which List.copyOf refuses.
        content = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(content));
    }
}
