package org.probity.security.ui;

import java.util.Optional;
import org.probity.common.ValidationException;
import org.probity.complaints.ComplaintReference;
import org.probity.complaints.ComplaintService;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.Reference;
import org.probity.security.ConfidentialGrant;

/**
 * The records whose confidential fields may be granted, found by the references people use
 * ({@code REL-2026-0001}, {@code CMP-2026-0001}) although grants are kept by record id.
 * Shared by Settings › Users and {@code probity user grant}.
 */
public final class GrantableRecords {

    /** A record that can be granted: its type as grants name it, its id, and its reference. */
    public record Target(String recordType, long recordId, String reference) {
    }

    private final DeclarationService declarations;
    private final ComplaintService complaints;

    public GrantableRecords(DeclarationService declarations, ComplaintService complaints) {
        this.declarations = declarations;
        this.complaints = complaints;
    }

    /** The record with this reference, or a message saying what was wrong with it. */
    public Target find(String reference) {
        String text = reference == null ? "" : reference.strip();
        if (text.isEmpty()) {
            throw new ValidationException("reference", "Enter the reference of a declaration (REL-2026-0001) or a"
                    + " complaint (CMP-2026-0001).");
        }
        Optional<Reference> declaration = Reference.parse(text);
        if (declaration.isPresent()) {
            return declarations.declaration(declaration.get())
                    .map(d -> new Target(DeclarationService.DECLARATION, d.id(), d.reference().toString()))
                    .orElseThrow(() -> new ValidationException("reference", "There is no declaration "
                            + declaration.get() + " in the register."));
        }
        Optional<ComplaintReference> complaint = ComplaintReference.parse(text);
        if (complaint.isPresent()) {
            return complaints.complaint(complaint.get())
                    .map(c -> new Target(ComplaintService.COMPLAINT, c.id(), c.reference().toString()))
                    .orElseThrow(() -> new ValidationException("reference", "There is no complaint "
                            + complaint.get() + " in the register."));
        }
        throw new ValidationException("reference", "\"" + text + "\" is not a reference Probity knows: use one"
                + " like REL-2026-0001 for a declaration or CMP-2026-0001 for a complaint.");
    }

    /** The reference people know a granted record by, or its type and id if it has since gone. */
    public String describe(ConfidentialGrant grant) {
        long id;
        try {
            id = Long.parseLong(grant.recordId());
        } catch (NumberFormatException e) {
            return grant.recordType() + " " + grant.recordId();
        }
        Optional<String> reference = switch (grant.recordType()) {
            case DeclarationService.DECLARATION -> declarations.declaration(id).map(d -> d.reference().toString());
            case ComplaintService.COMPLAINT -> complaints.complaint(id).map(c -> c.reference().toString());
            default -> Optional.empty();
        };
        return reference.orElse(grant.recordType() + " " + grant.recordId() + " (no longer in the register)");
    }
}
