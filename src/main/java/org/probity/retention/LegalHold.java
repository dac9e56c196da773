package org.probity.retention;

import java.time.LocalDateTime;

/**
 * A hold that stops a record being disposed of (for a claim, an investigation, a request for
 * information), with the reason given. A lifted hold is kept with who lifted it and why.
 */
public record LegalHold(long id, RetainedRegister register, long recordId, String reference, String reason,
                        String placedBy, LocalDateTime placedAt, String liftedBy, LocalDateTime liftedAt,
                        String liftReason) {

    public boolean isActive() {
        return liftedAt == null;
    }
}
