package org.probity.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.probity.common.UkDates;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.reports.document.Block;

/** The register of declared relationships, by date declared. */
public final class RelationshipsExtract implements RegisterExtractSource {

    private final DeclarationService register;

    public RelationshipsExtract(DeclarationService register) {
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
    public Block.Table table(LocalDate from, LocalDate to, Disclosure d) {
        List<String> header = new ArrayList<>(List.of("Reference", "Declared", "Between", "And", "Relationship",
                "Decision", "Status"));
        if (d.namesPeople()) {
            header.add("Details");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Declaration x : register.declarations()) {
            if (!Dates.within(x.declaredOn(), from, to)) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(x.reference().toString(), UkDates.display(x.declaredOn()),
                    d.person(x.partyA(), x.declaredOn()), d.person(x.partyB(), x.declaredOn()),
                    d.namesPeople() ? x.kindDescription() : x.kind().label(),
                    x.decision() == null ? "Awaiting decision" : x.decision().kind().label(), x.status().label()));
            if (d.namesPeople()) {
                row.add(d.summary(x.description()).orElse(""));
            }
            rows.add(row);
        }
        return new Block.Table(title(), header, rows, true);
    }
}
