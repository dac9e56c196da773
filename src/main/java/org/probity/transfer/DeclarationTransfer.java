package org.probity.transfer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationAction;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.Reference;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.Transactions;

/**
 * Imports and exports the register of declared relationships, the same way as the people
 * lists: a file is checked row by row, and imported in one transaction only if no row has a
 * problem. Every declaration goes through {@link DeclarationService} (declared, re-confirmed,
 * decided, ended or withdrawn as its row says), so it is validated and audited like one entered
 * by hand. Exports leave the confidential description out unless it is asked for.
 */
public final class DeclarationTransfer {

    /** The worksheet an export writes and an import looks for first. */
    public static final String SHEET = "Declarations";

    private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4}";
    private static final Pattern ACTION = Pattern.compile("^(?<what>.*\\S)\\s*\\((?<owner>[^()]+)\\)"
            + "(?:\\s+due\\s+(?<due>" + DATE + "))?(?:\\s+done\\s+(?<done>" + DATE + "))?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final String ACTION_FORM = "'What is to be done (who) due 2026-03-20', with 'done 2026-03-18'"
            + " once it is done";

    /** Which column a problem reported by the register service belongs to. */
    private static final Map<String, DeclarationColumn> FIELDS = Map.ofEntries(
            Map.entry("reference", DeclarationColumn.REFERENCE),
            Map.entry("partyA", DeclarationColumn.FIRST_NAME),
            Map.entry("partyB", DeclarationColumn.SECOND_NAME),
            Map.entry("kind", DeclarationColumn.KIND),
            Map.entry("kindOther", DeclarationColumn.KIND_OTHER),
            Map.entry("declaredBy", DeclarationColumn.DECLARED_BY),
            Map.entry("declaredOn", DeclarationColumn.DECLARED_ON),
            Map.entry("how", DeclarationColumn.HOW),
            Map.entry("declaredTo", DeclarationColumn.DECLARED_TO),
            Map.entry("description", DeclarationColumn.DESCRIPTION),
            Map.entry("decision", DeclarationColumn.DECISION),
            Map.entry("decisionOther", DeclarationColumn.DECISION_OTHER),
            Map.entry("reasons", DeclarationColumn.REASONS),
            Map.entry("decidedOn", DeclarationColumn.DECIDED_ON),
            Map.entry("decidedBy", DeclarationColumn.DECIDED_BY),
            Map.entry("reviewDate", DeclarationColumn.REVIEW_DATE),
            Map.entry("actions", DeclarationColumn.ACTIONS),
            Map.entry("endedOn", DeclarationColumn.ENDED_ON),
            Map.entry("endedNote", DeclarationColumn.ENDED_NOTE),
            Map.entry("status", DeclarationColumn.STATUS),
            Map.entry("confirmedOn", DeclarationColumn.RECONFIRMATIONS));

    private final DeclarationService register;
    private final PeopleService people;
    private final Transactions transactions;

    public DeclarationTransfer(DeclarationService register, PeopleService people, Transactions transactions) {
        this.register = register;
        this.people = people;
        this.transactions = transactions;
    }

    // Export

    /**
     * Writes the whole register to a .csv or .xlsx file, as the extension says, and returns how
     * many declarations. Descriptions are written only when {@code includeConfidential}.
     */
    public int export(Path file, boolean includeConfidential) {
        PartyIndex index = new PartyIndex(people.members(), people.officers());
        Map<Long, Long> openFlags = register.openFlags().stream()
                .collect(Collectors.groupingBy(ConflictFlag::declarationId, Collectors.counting()));
        List<DeclarationColumn> columns = DeclarationColumn.exported(includeConfidential);
        List<List<Object>> rows = new ArrayList<>();
        for (Declaration d : register.declarations()) {
            Map<DeclarationColumn, Object> row = values(d, index, openFlags.getOrDefault(d.id(), 0L).intValue());
            rows.add(columns.stream().map(c -> row.getOrDefault(c, "")).toList());
        }
        TableWriter.write(file, SHEET, columns.stream().map(DeclarationColumn::label).toList(), rows);
        return rows.size();
    }

    private static Map<DeclarationColumn, Object> values(Declaration d, PartyIndex index, int openFlags) {
        Map<DeclarationColumn, Object> row = new EnumMap<>(DeclarationColumn.class);
        row.put(DeclarationColumn.REFERENCE, d.reference().toString());
        row.put(DeclarationColumn.FIRST_TYPE, PartyIndex.typeLabel(d.partyA()));
        row.put(DeclarationColumn.FIRST_NAME, index.name(d.partyA()));
        row.put(DeclarationColumn.FIRST_POST, index.post(d.partyA()));
        row.put(DeclarationColumn.FIRST_STAFF_NUMBER, index.staffNumber(d.partyA()));
        row.put(DeclarationColumn.SECOND_TYPE, PartyIndex.typeLabel(d.partyB()));
        row.put(DeclarationColumn.SECOND_NAME, index.name(d.partyB()));
        row.put(DeclarationColumn.SECOND_POST, index.post(d.partyB()));
        row.put(DeclarationColumn.SECOND_STAFF_NUMBER, index.staffNumber(d.partyB()));
        row.put(DeclarationColumn.KIND, d.kind().label());
        row.put(DeclarationColumn.KIND_OTHER, text(d.kindOther()));
        row.put(DeclarationColumn.SINCE, d.since());
        row.put(DeclarationColumn.DECLARED_BY, index.name(d.declaredBy()));
        row.put(DeclarationColumn.DECLARED_BY_STAFF_NUMBER, index.staffNumber(d.declaredBy()));
        row.put(DeclarationColumn.DECLARED_ON, d.declaredOn());
        row.put(DeclarationColumn.HOW, d.how().label());
        row.put(DeclarationColumn.DECLARED_TO, d.declaredTo().label());
        row.put(DeclarationColumn.DESCRIPTION, text(d.description()));
        row.put(DeclarationColumn.STATUS, d.status().label());
        Decision decision = d.decision();
        if (decision != null) {
            row.put(DeclarationColumn.DECISION, decision.kind().label());
            row.put(DeclarationColumn.DECISION_OTHER, text(decision.otherText()));
            row.put(DeclarationColumn.REASONS, text(decision.reasons()));
            row.put(DeclarationColumn.DECIDED_ON, decision.decidedOn());
            row.put(DeclarationColumn.DECIDED_BY, text(decision.decidedBy()));
        }
        row.put(DeclarationColumn.REVIEW_DATE, d.reviewDate());
        row.put(DeclarationColumn.ENDED_ON, d.endedOn());
        row.put(DeclarationColumn.ENDED_NOTE, text(d.endedNote()));
        row.put(DeclarationColumn.ACTIONS, d.actions().stream().map(DeclarationTransfer::action)
                .collect(Collectors.joining("; ")));
        row.put(DeclarationColumn.LAST_RECONFIRMED, d.reconfirmations().isEmpty() ? null
                : d.reconfirmations().stream().max(Comparator.naturalOrder()).orElseThrow());
        row.put(DeclarationColumn.RECONFIRMATIONS, d.reconfirmations().stream().sorted().map(LocalDate::toString)
                .collect(Collectors.joining("; ")));
        row.put(DeclarationColumn.OPEN_FLAGS, openFlags);
        return row;
    }

    /** "Tell the Leader (A. Mensah) due 2026-03-20 done 2026-03-18"; semicolons separate actions, so none inside. */
    private static String action(DeclarationAction a) {
        return a.description().replace(';', ',') + " (" + a.owner().replace(';', ',').replace('(', '[')
                .replace(')', ']') + ")" + (a.dueDate() == null ? "" : " due " + a.dueDate())
                + (a.doneOn() == null ? "" : " done " + a.doneOn());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    // Import

    /** A dry run: every problem in the file. The register is left as it was. */
    public DeclarationImportReport check(Path file) {
        return run(file, false);
    }

    /**
     * Imports the file if no row has a problem; otherwise, or if any row is refused while being
     * written, the register is left exactly as it was.
     */
    public DeclarationImportReport importFile(Path file) {
        return run(file, true);
    }

    private DeclarationImportReport run(Path file, boolean write) {
        Table table = TableReader.read(file, SHEET);
        List<ImportProblem> problems = new ArrayList<>(table.problems());
        List<ImportProblem> warnings = new ArrayList<>();
        if (table.headers().isEmpty()) {
            if (problems.isEmpty()) {
                problems.add(new ImportProblem(0, null, "the file is empty; its first row must hold the column"
                        + " headings, such as " + Arrays.stream(DeclarationColumn.values())
                        .filter(DeclarationColumn::required).map(DeclarationColumn::label)
                        .collect(Collectors.joining(", ")) + "."));
            }
            return new DeclarationImportReport(0, problems, warnings, false);
        }
        int before = problems.size();
        Columns columns = Columns.of(table.headerRow(), table.headers(), problems, warnings);
        if (problems.size() > before) {
            return new DeclarationImportReport(0, problems, warnings, false);
        }
        PartyIndex index = new PartyIndex(people.members(), people.officers());
        Set<Reference> inRegister = register.declarations().stream().map(Declaration::reference)
                .collect(Collectors.toSet());
        Map<Reference, Integer> seen = new HashMap<>();
        List<RowPlan> plans = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            RowReader reader = new RowReader(row, columns, index);
            RowPlan plan = reader.read();
            if (plan.reference() != null) {
                Integer earlier = seen.putIfAbsent(plan.reference(), row.number());
                if (inRegister.contains(plan.reference())) {
                    reader.problem(DeclarationColumn.REFERENCE, "duplicate: " + plan.reference()
                            + " is already in the register.");
                } else if (earlier != null) {
                    reader.problem(DeclarationColumn.REFERENCE, "duplicate: " + plan.reference()
                            + " is also on row " + earlier + ".");
                }
            }
            problems.addAll(reader.problems);
            if (reader.problems.isEmpty()) {
                plans.add(plan);
            }
        }
        List<ImportProblem> refused = new ArrayList<>();
        boolean commit = write && problems.isEmpty();
        try {
            transactions.inTransaction(() -> {
                for (RowPlan plan : plans) {
                    try {
                        apply(plan);
                    } catch (ValidationException e) {
                        for (FieldProblem p : e.problems()) {
                            DeclarationColumn c = FIELDS.get(p.field());
                            refused.add(new ImportProblem(plan.row(), c == null ? null : columns.header(c),
                                    p.message()));
                        }
                    }
                }
                if (!commit || !refused.isEmpty()) {
                    // Checking goes through the same service calls as importing, then undoes them.
                    throw new Undo();
                }
                return null;
            });
        } catch (Undo undone) {
            // nothing was kept
        }
        problems.addAll(refused);
        problems.sort(Comparator.comparingInt(ImportProblem::row)
                .thenComparingInt(p -> p.column() == null ? -1 : table.headers().indexOf(p.column())));
        boolean imported = commit && problems.isEmpty();
        return new DeclarationImportReport(table.rows().size(), problems, warnings, imported);
    }

    private void apply(RowPlan plan) {
        Declaration d = plan.reference() == null ? register.declare(plan.declaration())
                : register.declare(plan.declaration(), plan.reference());
        for (LocalDate on : plan.reconfirmations()) {
            register.reconfirm(List.of(d.id()), on);
        }
        if (plan.decision() != null) {
            d = register.decide(d.id(), plan.decision(), plan.reviewDate(), plan.actions());
        }
        switch (plan.status()) {
            case UNDER_REVIEW -> register.startReview(d.id());
            case ENDED -> register.end(d.id(), plan.endedOn(), plan.endedNote());
            case WITHDRAWN -> register.withdraw(d.id(), plan.endedOn(), plan.endedNote());
            default -> { }
        }
    }

    /** Thrown to roll back a dry run, or an import in which a row was refused. */
    private static final class Undo extends RuntimeException {
        Undo() {
            super(null, null, false, false);
        }
    }

    /** What one row asks for, once every cell has been read. */
    private record RowPlan(int row, Reference reference, Declaration declaration, DeclarationStatus status,
                           Decision decision, LocalDate reviewDate, List<DeclarationAction> actions,
                           LocalDate endedOn, String endedNote, List<LocalDate> reconfirmations) {
    }

    /** Reads the cells of one row, collecting a problem for each cell that cannot be read. */
    private static final class RowReader {
        private final Table.Row row;
        private final Columns columns;
        private final PartyIndex index;
        final List<ImportProblem> problems = new ArrayList<>();

        RowReader(Table.Row row, Columns columns, PartyIndex index) {
            this.row = row;
            this.columns = columns;
            this.index = index;
        }

        void problem(DeclarationColumn column, String message) {
            problems.add(new ImportProblem(row.number(), columns.header(column), message));
        }

        String cell(DeclarationColumn column) {
            return columns.get(row, column);
        }

        RowPlan read() {
            Reference reference = null;
            String ref = cell(DeclarationColumn.REFERENCE);
            if (!ref.isBlank()) {
                reference = Reference.parse(ref).orElse(null);
                if (reference == null) {
                    problem(DeclarationColumn.REFERENCE, "'" + ref + "' is not a reference like REL-2026-0001.");
                }
            }
            LocalDate declaredOn = date(DeclarationColumn.DECLARED_ON);
            PersonRef a = party(DeclarationColumn.FIRST_TYPE, DeclarationColumn.FIRST_NAME,
                    DeclarationColumn.FIRST_POST, DeclarationColumn.FIRST_STAFF_NUMBER, declaredOn);
            PersonRef b = party(DeclarationColumn.SECOND_TYPE, DeclarationColumn.SECOND_NAME,
                    DeclarationColumn.SECOND_POST, DeclarationColumn.SECOND_STAFF_NUMBER, declaredOn);
            RelationshipKind kind = choice(DeclarationColumn.KIND, RelationshipKind.values(), RelationshipKind::label,
                    "kind of relationship", Map.of("partner", RelationshipKind.PARTNER,
                            "romantic", RelationshipKind.PARTNER, "friend", RelationshipKind.CLOSE_FRIENDSHIP,
                            "friendship", RelationshipKind.CLOSE_FRIENDSHIP));
            LocalDate since = date(DeclarationColumn.SINCE);
            PersonRef by = declarer(a, b, declaredOn);
            NotificationMethod how = choice(DeclarationColumn.HOW, NotificationMethod.values(),
                    NotificationMethod::label, "way of declaring", Map.of("email", NotificationMethod.EMAIL,
                            "writing", NotificationMethod.IN_WRITING, "letter", NotificationMethod.IN_WRITING,
                            "meeting", NotificationMethod.MEETING, "in a meeting", NotificationMethod.MEETING,
                            "in person", NotificationMethod.MEETING));
            NotifiedTo to = choice(DeclarationColumn.DECLARED_TO, NotifiedTo.values(), NotifiedTo::label,
                    "person declared to", Map.of("mo", NotifiedTo.MONITORING_OFFICER,
                            "manager", NotifiedTo.MANAGER, "chief exec", NotifiedTo.CHIEF_EXECUTIVE,
                            "ceo", NotifiedTo.CHIEF_EXECUTIVE, "head of paid service", NotifiedTo.CHIEF_EXECUTIVE));
            String description = blankToNull(cell(DeclarationColumn.DESCRIPTION));

            DecisionKind decisionKind = choice(DeclarationColumn.DECISION, DecisionKind.values(), DecisionKind::label,
                    "decision", Map.of("no action", DecisionKind.NO_ACTION, "note", DecisionKind.NOTE_ON_FILE,
                            "change line management", DecisionKind.CHANGE_LINE_MANAGEMENT,
                            "member steps back", DecisionKind.MEMBER_STEPS_BACK,
                            "officer excluded", DecisionKind.OFFICER_EXCLUDED));
            LocalDate decidedOn = date(DeclarationColumn.DECIDED_ON);
            LocalDate reviewDate = date(DeclarationColumn.REVIEW_DATE);
            LocalDate endedOn = date(DeclarationColumn.ENDED_ON);
            List<DeclarationAction> actions = actions();
            List<LocalDate> reconfirmations = reconfirmations();
            Decision decision = decisionKind == null ? null : new Decision(decisionKind,
                    blankToNull(cell(DeclarationColumn.DECISION_OTHER)), blankToNull(cell(DeclarationColumn.REASONS)),
                    decidedOn, blankToNull(cell(DeclarationColumn.DECIDED_BY)));
            DeclarationStatus status = status(decisionKind, endedOn);
            if (status != null) {
                boolean decided = status == DeclarationStatus.DECIDED || status == DeclarationStatus.UNDER_REVIEW;
                if (decided && decisionKind == null && cell(DeclarationColumn.DECISION).isBlank()) {
                    problem(DeclarationColumn.DECISION, "a declaration that is " + status.label()
                            .toLowerCase(Locale.UK) + " needs its decision; fill in Decision or make the status "
                            + DeclarationStatus.AWAITING_DECISION.label() + ".");
                }
                if (status == DeclarationStatus.AWAITING_DECISION && decisionKind != null) {
                    problem(DeclarationColumn.STATUS, "the row gives a decision, so it cannot be "
                            + status.label().toLowerCase(Locale.UK) + "; make the status "
                            + DeclarationStatus.DECIDED.label() + " or clear the decision.");
                }
                if (status.isActive() && endedOn != null) {
                    problem(DeclarationColumn.ENDED_ON, "a declaration that is " + status.label()
                            .toLowerCase(Locale.UK) + " has not ended; clear the date or make the status "
                            + DeclarationStatus.ENDED.label() + " or " + DeclarationStatus.WITHDRAWN.label() + ".");
                }
            }
            if (decisionKind == null && cell(DeclarationColumn.DECISION).isBlank()
                    && (reviewDate != null || !actions.isEmpty())) {
                problem(reviewDate != null ? DeclarationColumn.REVIEW_DATE : DeclarationColumn.ACTIONS,
                        "review dates and actions follow a decision; fill in Decision as well.");
            }
            Declaration declaration = Declaration.declared(a, b, kind, blankToNull(cell(DeclarationColumn.KIND_OTHER)),
                    since, by, declaredOn, how, to, description);
            return new RowPlan(row.number(), reference, declaration, status, decision, reviewDate, actions, endedOn,
                    blankToNull(cell(DeclarationColumn.ENDED_NOTE)), reconfirmations);
        }

        private DeclarationStatus status(DecisionKind decision, LocalDate endedOn) {
            String text = cell(DeclarationColumn.STATUS);
            if (text.isBlank()) {
                return endedOn != null ? DeclarationStatus.ENDED
                        : decision != null ? DeclarationStatus.DECIDED : DeclarationStatus.AWAITING_DECISION;
            }
            return choice(DeclarationColumn.STATUS, DeclarationStatus.values(), DeclarationStatus::label, "status",
                    Map.of("awaiting", DeclarationStatus.AWAITING_DECISION, "open", DeclarationStatus.AWAITING_DECISION,
                            "review", DeclarationStatus.UNDER_REVIEW, "closed", DeclarationStatus.ENDED));
        }

        private PersonRef party(DeclarationColumn typeColumn, DeclarationColumn nameColumn,
                                DeclarationColumn postColumn, DeclarationColumn staffColumn, LocalDate on) {
            CellText.Parsed<PersonType> type = PartyIndex.type(cell(typeColumn));
            if (type.failed()) {
                problem(typeColumn, type.problem() + ".");
                return null;
            }
            String name = cell(nameColumn);
            if (name.isBlank() && cell(staffColumn).isBlank()) {
                problem(nameColumn, nameColumn.label() + " is required.");
                return null;
            }
            CellText.Parsed<PersonRef> found = index.find(name, type.value(), cell(postColumn), cell(staffColumn),
                    on);
            if (found.failed()) {
                problem(name.isBlank() ? staffColumn : nameColumn, found.problem() + ".");
            }
            return found.value();
        }

        /** Whoever declared it: usually one of the two people, named again; blank means the first. */
        private PersonRef declarer(PersonRef a, PersonRef b, LocalDate on) {
            String name = cell(DeclarationColumn.DECLARED_BY);
            String staff = cell(DeclarationColumn.DECLARED_BY_STAFF_NUMBER);
            if (name.isBlank() && staff.isBlank()) {
                return a;
            }
            for (PersonRef party : new PersonRef[] {a, b}) {
                if (party != null && (name.isBlank() || index.isCalled(party, name))
                        && (staff.isBlank() || index.staffNumber(party).equalsIgnoreCase(staff))) {
                    return party;
                }
            }
            CellText.Parsed<PersonRef> found = index.find(name, null, "", staff, on);
            if (found.failed()) {
                problem(DeclarationColumn.DECLARED_BY, found.problem() + ".");
            }
            return found.value();
        }

        private LocalDate date(DeclarationColumn column) {
            CellText.Parsed<LocalDate> parsed = CellText.date(cell(column));
            if (parsed.failed()) {
                problem(column, parsed.problem() + ".");
            }
            return parsed.value();
        }

        private <E extends Enum<E>> E choice(DeclarationColumn column, E[] values, Function<E, String> label,
                                             String what, Map<String, E> synonyms) {
            String text = cell(column);
            if (text.isBlank()) {
                return null;
            }
            String wanted = Column.normalise(text);
            for (E value : values) {
                if (Column.normalise(label.apply(value)).equals(wanted) || Column.normalise(value.name()).equals(wanted)) {
                    return value;
                }
            }
            for (Map.Entry<String, E> synonym : synonyms.entrySet()) {
                if (Column.normalise(synonym.getKey()).equals(wanted)) {
                    return synonym.getValue();
                }
            }
            problem(column, "'" + text + "' is not a " + what + " Probity knows; use one of "
                    + Arrays.stream(values).map(label).collect(Collectors.joining(", ")) + ".");
            return null;
        }

        private List<DeclarationAction> actions() {
            List<DeclarationAction> actions = new ArrayList<>();
            for (String part : cell(DeclarationColumn.ACTIONS).split("[;\\n]")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                Matcher m = ACTION.matcher(p);
                if (!m.matches()) {
                    problem(DeclarationColumn.ACTIONS, "'" + p + "' should read " + ACTION_FORM + ".");
                    continue;
                }
                CellText.Parsed<LocalDate> due = CellText.date(m.group("due"));
                CellText.Parsed<LocalDate> done = CellText.date(m.group("done"));
                if (due.failed() || done.failed()) {
                    problem(DeclarationColumn.ACTIONS, "in '" + p + "', "
                            + (due.failed() ? due.problem() : done.problem()) + ".");
                    continue;
                }
                actions.add(new DeclarationAction(null, m.group("what").strip(), m.group("owner").strip(),
                        due.value(), done.value()));
            }
            return actions;
        }

        private List<LocalDate> reconfirmations() {
            DeclarationColumn column = columns.has(DeclarationColumn.RECONFIRMATIONS)
                    ? DeclarationColumn.RECONFIRMATIONS : DeclarationColumn.LAST_RECONFIRMED;
            List<LocalDate> dates = new ArrayList<>();
            for (String part : cell(column).split("[;\\n]")) {
                if (part.isBlank()) {
                    continue;
                }
                CellText.Parsed<LocalDate> date = CellText.date(part);
                if (date.failed()) {
                    problem(column, date.problem() + ".");
                } else {
                    dates.add(date.value());
                }
            }
            return dates.stream().distinct().sorted().toList();
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /** Which header of the file gives which column, found by name whatever the order. */
    private static final class Columns {
        private final Map<DeclarationColumn, Integer> index = new EnumMap<>(DeclarationColumn.class);
        private final Map<DeclarationColumn, String> header = new EnumMap<>(DeclarationColumn.class);

        static Columns of(int headerRow, List<String> headers, List<ImportProblem> problems,
                          List<ImportProblem> warnings) {
            Columns map = new Columns();
            for (int i = 0; i < headers.size(); i++) {
                String h = headers.get(i);
                if (h.isBlank()) {
                    continue;
                }
                DeclarationColumn column = Arrays.stream(DeclarationColumn.values()).filter(c -> c.matches(h))
                        .findFirst().orElse(null);
                if (column == null) {
                    warnings.add(new ImportProblem(headerRow, h, "Probity does not keep this for declarations, so"
                            + " the column is ignored."));
                } else if (map.index.containsKey(column)) {
                    warnings.add(new ImportProblem(headerRow, h, "column '" + map.header.get(column)
                            + "' already gives " + column.label() + ", so this one is ignored."));
                } else {
                    map.index.put(column, i);
                    map.header.put(column, h);
                }
            }
            List<String> missing = Arrays.stream(DeclarationColumn.values())
                    .filter(c -> c.required() && !map.index.containsKey(c)).map(c -> "'" + c.label() + "'").toList();
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(headerRow, null, "the file has no " + String.join(", ", missing)
                        + (missing.size() == 1 ? " column" : " columns") + ", which declarations must have. The first"
                        + " row must hold the column headings (columns found: " + (headers.isEmpty() ? "none"
                        : String.join(", ", headers.stream().filter(h -> !h.isBlank()).toList())) + ")."));
            }
            return map;
        }

        boolean has(DeclarationColumn c) {
            return index.containsKey(c);
        }

        String get(Table.Row row, DeclarationColumn c) {
            Integer i = index.get(c);
            return i == null ? "" : row.cell(i);
        }

        String header(DeclarationColumn c) {
            return header.getOrDefault(c, c.label());
        }
    }
}
