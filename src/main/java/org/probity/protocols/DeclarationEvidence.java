package org.probity.protocols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;

/** Declared relationships and potential conflicts raised in the period. */
public final class DeclarationEvidence implements ReviewEvidenceSource {

    private final DeclarationService declarations;

    public DeclarationEvidence(DeclarationService declarations) {
        this.declarations = declarations;
    }

    @Override
    public Evidence evidence(LocalDate from, LocalDate to) {
        long declared = declarations.declarations().stream()
                .map(Declaration::declaredOn)
                .filter(d -> d != null && !d.isBefore(from) && !d.isAfter(to))
                .count();
        List<ConflictFlag> flags = declarations.allFlags().stream()
                .filter(f -> f.raisedOn() != null && !f.raisedOn().isBefore(from) && !f.raisedOn().isAfter(to))
                .toList();
        long stillOpen = flags.stream().filter(ConflictFlag::isOpen).count();
        List<Evidence.Line> lines = new ArrayList<>();
        lines.add(new Evidence.Line("Relationships declared", String.valueOf(declared),
                List.of("relationship"), false));
        lines.add(new Evidence.Line("Potential conflicts raised", String.valueOf(flags.size()),
                List.of("relationship"), !flags.isEmpty()));
        lines.add(new Evidence.Line("Potential conflicts still open", String.valueOf(stillOpen),
                List.of("relationship"), stillOpen > 0));
        return new Evidence("Declared relationships", lines);
    }
}
