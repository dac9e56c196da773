package org.probity.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;

/** The register of declared relationships, by date declared: each party by role unless their name is ticked. */
final class PublishedRelationships extends PublishedRegister<Declaration> {

    private final DeclarationService register;

    PublishedRelationships(DeclarationService register) {
        super("relationships", "Register of declared relationships", "declarations", "declared", "Relationship");
        this.register = register;
        open("Reference", (x, d) -> x.reference().toString());
        open("Declared", (x, d) -> x.declaredOn());
        open("Relationship", (x, d) -> x.kind().label());
        open("Between", (x, d) -> d.role(x.partyA(), x.declaredOn()));
        open("And", (x, d) -> d.role(x.partyB(), x.declaredOn()));
        open("Decision", (x, d) -> x.decision() == null ? "Awaiting decision" : x.decision().kind().label());
        open("Status", (x, d) -> x.status().label());
        personal("Between (name)", "names a member or officer", (x, d) -> d.name(x.partyA()));
        personal("And (name)", "names a member or officer", (x, d) -> d.name(x.partyB()));
        personal("Details", "free text about the relationship", (x, d) -> text(x.description()));
    }

    @Override
    protected List<Declaration> records(LocalDate from, LocalDate to, List<String> headings) {
        return register.declarations().stream().filter(x -> Period.contains(from, to, x.declaredOn()))
                .sorted(Comparator.comparing(Declaration::declaredOn)).toList();
    }
}
