package org.probity.reports.annual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.probity.calendar.CalendarService;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.common.UkDates;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.ConflictRule;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.RelationshipDueItems;
import org.probity.relationships.RelationshipKind;
import org.probity.reports.AnnualReportContribution;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportYear;
import org.probity.reports.document.Block;

/**
 * Declared relationships in the year: how many and of which kinds, the trend, decisions made
 * within the protocol's ten working days, conflicts found and how they were resolved, and the
 * log of declarations (by role in an Open report, by name with the details in an Exempt one).
 */
public final class RelationshipsContribution implements AnnualReportContribution {

    private final DeclarationService register;
    private final CalendarService calendar;

    public RelationshipsContribution(DeclarationService register, CalendarService calendar) {
        this.register = register;
        this.calendar = calendar;
    }

    @Override
    public String title() {
        return "Declared relationships between members and officers";
    }

    /**
     * Lines of the case log the report prints: a committee reads a few pages; the register
     * extract has the rest.
     */
    public static final int CASE_LOG_LINES = 40;

    @Override
    public Section section(ReportYear year) {
        Disclosure d = year.disclosure();
        List<Declaration> all = register.declarationsDuring(year.from(), year.to());
        List<Declaration> made = all.stream().filter(x -> year.contains(x.declaredOn())).toList();
        LocalDate yearEnd = year.to();
        List<Declaration> activeAtEnd = all.stream().filter(x -> activeOn(x, yearEnd)).toList();
        long memberOfficer = made.stream().filter(x -> x.partyA().isMember() != x.partyB().isMember()).count();
        List<Block> blocks = new ArrayList<>();
        blocks.add(ReportYear.paragraph("In " + year.year() + ", " + d.count(made.size()) + " relationships were "
                + "declared under the protocol, " + d.count(memberOfficer) + " of them between a member and an "
                + "officer and " + d.count(made.size() - memberOfficer) + " between two officers or two members. "
                + "At " + UkDates.display(yearEnd) + ", " + d.count(activeAtEnd.size())
                + " declarations were in force."));

        Map<RelationshipKind, long[]> byKind = new EnumMap<>(RelationshipKind.class);
        made.forEach(x -> byKind.computeIfAbsent(x.kind(), k -> new long[2])[0]++);
        activeAtEnd.forEach(x -> byKind.computeIfAbsent(x.kind(), k -> new long[2])[1]++);
        List<List<String>> kindRows = new ArrayList<>();
        byKind.forEach((kind, n) -> kindRows.add(List.of(kind.label(), d.count(n[0]), d.count(n[1]))));
        blocks.add(new Block.Table("Relationships by kind, " + year.year(),
                List.of("Kind of relationship", "Declared in the year", "In force at the year end"), kindRows, true));
        Map<Integer, Integer> declaredByYear = register.declaredByYear(year.trend().get(0), year.year());
        blocks.add(Charts.countsByYear(year, "Relationships declared each year", "Declarations",
                y -> declaredByYear.getOrDefault(y, 0)));

        blocks.add(new Block.Subheading("Decisions and deadlines"));
        List<Declaration> decided = made.stream().filter(x -> x.decision() != null && x.decision().decidedOn() != null)
                .toList();
        WorkingDayCalendar days = calendar.calendar();
        long inTime = decided.stream().filter(x -> !x.decision().decidedOn().isAfter(
                days.dueDate(x.declaredOn(), RelationshipDueItems.DECISION_WORKING_DAYS))).count();
        long awaiting = made.stream().filter(x -> x.decision() == null && x.isActive()).count();
        blocks.add(ReportYear.paragraph("The Monitoring Officer decides what, if anything, is to be done about a "
                + "declared relationship within " + RelationshipDueItems.DECISION_WORKING_DAYS + " working days. Of "
                + "the " + d.count(decided.size()) + " declarations made in " + year.year() + " and decided, "
                + d.share(inTime, decided.size()) + " were decided within that time; " + d.count(awaiting)
                + " were awaiting a decision."));
        Map<DecisionKind, Long> decisions = new EnumMap<>(DecisionKind.class);
        decided.forEach(x -> decisions.merge(x.decision().kind(), 1L, Long::sum));
        List<List<String>> decisionRows = new ArrayList<>();
        decisions.forEach((kind, n) -> decisionRows.add(List.of(kind.label(), d.count(n))));
        blocks.add(new Block.Table("Decisions on the declarations made in " + year.year(),
                List.of("Decision", "Declarations"), decisionRows, true));

        blocks.add(new Block.Subheading("Conflicts found"));
        java.util.Set<Long> madeIds = made.stream().map(Declaration::id).collect(java.util.stream.Collectors.toSet());
        List<ConflictFlag> flags = register.allFlags().stream()
                .filter(f -> year.contains(f.raisedOn()) || madeIds.contains(f.declarationId())).toList();
        Map<ConflictRule, long[]> byRule = new EnumMap<>(ConflictRule.class);
        for (ConflictFlag f : flags) {
            long[] n = byRule.computeIfAbsent(f.rule(), k -> new long[2]);
            n[0]++;
            if (f.clearedOn() != null) {
                n[1]++;
            }
        }
        long resolved = byRule.values().stream().mapToLong(n -> n[1]).sum();
        blocks.add(ReportYear.paragraph("Probity checks every declaration against the members' special "
                + "responsibilities, line management and the statutory officers, and flags a potential conflict. In "
                + year.year() + ", " + d.count(flags.size()) + " potential conflicts were found on declarations made "
                + "or reviewed, of which " + d.count(resolved) + " have since been resolved, by a change of line "
                + "management, a member stepping back from a responsibility or the relationship ending. The "
                + "decisions above show how the declarations made in the year were dealt with."));
        List<List<String>> ruleRows = new ArrayList<>();
        byRule.forEach((rule, n) -> ruleRows.add(List.of(rule.label(), d.count(n[0]), d.count(n[1]),
                d.count(n[0] - n[1]))));
        blocks.add(new Block.Table("Potential conflicts found in " + year.year(),
                List.of("Potential conflict", "Found", "Resolved", "Still open"), ruleRows, true));

        blocks.add(new Block.Subheading("Case log"));
        blocks.add(ReportYear.paragraph(made.isEmpty() ? "No relationship was declared in " + year.year() + "."
                : made.size() <= CASE_LOG_LINES ? "The appendix \u201c" + appendixTitle() + "\u201d lists the "
                + "declarations made in " + year.year() + "."
                : "The appendix \u201c" + appendixTitle() + "\u201d lists the " + CASE_LOG_LINES + " most recent of "
                + "the " + d.count(made.size()) + " declarations made in " + year.year() + ". The full list is the "
                + "register extract of declared relationships for the year, available from the Monitoring Officer."));
        List<Declaration> listed = made.stream().sorted(Comparator.comparing(Declaration::declaredOn)
                .reversed()).limit(CASE_LOG_LINES).sorted(Comparator.comparing(Declaration::declaredOn))
                .toList();
        List<String> header = new ArrayList<>(List.of("Reference", "Declared", "Between", "And", "Relationship",
                "Decision", "Status"));
        if (d.namesPeople()) {
            header.add("Details");
        }
        d.prepare(listed.stream().flatMap(x -> java.util.stream.Stream.of(x.partyA(), x.partyB())).toList());
        List<List<String>> log = new ArrayList<>();
        for (Declaration x : listed) {
            List<String> row = new ArrayList<>(List.of(x.reference().toString(), UkDates.display(x.declaredOn()),
                    d.person(x.partyA(), x.declaredOn()), d.person(x.partyB(), x.declaredOn()),
                    d.namesPeople() ? x.kindDescription() : x.kind().label(),
                    x.decision() == null ? "Awaiting decision" : x.decision().kind().label(), x.status().label()));
            if (d.namesPeople()) {
                StringBuilder details = new StringBuilder(d.summary(x.description()).orElse(""));
                if (x.decision() != null) {
                    d.summary(x.decision().reasons()).ifPresent(r -> details.append(details.isEmpty() ? "" : " ")
                            .append("Decision: ").append(r));
                }
                row.add(details.toString());
            }
            log.add(row);
        }
        List<Block> appendix = new ArrayList<>();
        if (!log.isEmpty()) {
            if (listed.size() < made.size()) {
                appendix.add(Block.Paragraph.of("The " + listed.size() + " most recent of the " + d.count(made.size())
                        + " declarations made in " + year.year() + "; the register extract lists them all."));
            }
            appendix.add(new Block.Table("Declarations made in " + year.year(), header, log, true));
        }
        return new Section(blocks, appendix);
    }

    @Override
    public String appendixTitle() {
        return "Declarations made in the year";
    }

    private static boolean activeOn(Declaration x, LocalDate day) {
        if (x.declaredOn().isAfter(day)) {
            return false;
        }
        return x.endedOn() == null || x.endedOn().isAfter(day);
    }
}
