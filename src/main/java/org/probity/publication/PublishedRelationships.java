package org.probity.publication;

import java.time.LocalDate;
import java.util.List;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.reports.Disclosure;

/** The register of declared relationships, by date declared: each party by role unless their name is ticked. */
final class PublishedRelationships implements PublishedRegister {

    private final DeclarationService register;
    private final ColumnSet<Declaration> columns = new ColumnSet<Declaration>()
            .open("Reference", (x, d) -> x.reference().toString())
            .open("Declared", (x, d) -> x.declaredOn())
            .open("Relationship", (x, d) -> x.kind().label())
            .open("Between", (x, d) -> d.role(x.partyA(), x.declaredOn()))
            .open("And", (x, d) -> d.role(x.partyB(), x.declaredOn()))
            .open("Decision", (x, d) -> x.decision() == null ? "Awaiting decision" : x.decision().kind().label())
            .open("Status", (x, d) -> x.status().label())
            .personal("Between (name)", "names a member or officer", (x, d) -> d.name(x.partyA()))
            .personal("And (name)", "names a member or officer", (x, d) -> d.name(x.partyB()))
            .personal("Details", "free text about the relationship",
                    (x, d) -> ColumnSet.text(x.description()));

    PublishedRelationships(DeclarationService register) {
        this.register = register;
    }

    @Override
    public String kind() {
        return "relationships";
    }

    @Override
    public String title() {
        return "Register of declared relationships";
    }

    @Override
    public String entries() {
        return "declarations";
    }

    @Override
    public String datedBy() {
        return "declared";
    }

    @Override
    public List<PublishedColumn> columns() {
        return columns.columns();
    }

    @Override
    public String countBy() {
        return "Relationship";
    }

    @Override
    public List<List<Object>> rows(LocalDate from, LocalDate to, List<String> headings, Disclosure disclosure) {
        List<Declaration> made = register.declarations().stream()
                .filter(x -> Period.contains(from, to, x.declaredOn()))
                .sorted(java.util.Comparator.comparing(Declaration::declaredOn)).toList();
        return columns.rows(made, headings, disclosure);
    }
}
