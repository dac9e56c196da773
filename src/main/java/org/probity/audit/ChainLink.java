package org.probity.audit;

import java.util.List;

/**
 * One audit entry as stored, for checking its seal: the text of each field exactly as kept in the
 * database, the seal of the entry before it and its own seal (null for an entry never sealed).
 * An entry whose personal values were removed by a disposal also carries the disposal's id and
 * the seal of its redacted content ({@code redactedBy} and {@code redactionSeal}, else null).
 */
public record ChainLink(long id, String previousHash, String entryHash, List<String> content, String description,
                        Long redactedBy, String redactionSeal) {

    public ChainLink {
        // Fields may be null (an entry with no values before or after), which List.copyOf refuses.
        content = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(content));
    }

    public ChainLink(long id, String previousHash, String entryHash, List<String> content, String description) {
        this(id, previousHash, entryHash, content, description, null, null);
    }

    public boolean isRedacted() {
        return redactedBy != null;
    }
}
