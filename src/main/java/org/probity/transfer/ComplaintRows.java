package org.probity.transfer;

import static org.probity.transfer.RowCells.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.probity.common.FieldProblem;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintReference;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.ReceivedHow;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;

/**
 * Complaints as rows. Members are written by name and found by name again; officers by name
 * with their staff number, which an import prefers. An imported complaint is logged on its
 * route at the first stage of the route's procedure, with its outcome if the row gives one.
 */
final class ComplaintRows {

    private static final Map<String, ComplaintColumn> FIELDS = Map.ofEntries(
            Map.entry("reference", ComplaintColumn.REFERENCE), Map.entry("receivedOn", ComplaintColumn.RECEIVED),
            Map.entry("receivedHow", ComplaintColumn.RECEIVED_HOW), Map.entry("direction", ComplaintColumn.DIRECTION),
            Map.entry("complainant", ComplaintColumn.COMPLAINANT), Map.entry("subject", ComplaintColumn.SUBJECT),
            Map.entry("category", ComplaintColumn.CATEGORY), Map.entry("paragraphs", ComplaintColumn.PARAGRAPHS),
            Map.entry("summary", ComplaintColumn.SUMMARY), Map.entry("route", ComplaintColumn.ROUTE),
            Map.entry("routeReason", ComplaintColumn.ROUTE_REASON), Map.entry("outcome", ComplaintColumn.OUTCOME),
            Map.entry("decidedOn", ComplaintColumn.DECIDED), Map.entry("sanctions", ComplaintColumn.SANCTIONS),
            Map.entry("learningPoints", ComplaintColumn.LEARNING),
            Map.entry("noticePublishedOn", ComplaintColumn.NOTICE_PUBLISHED),
            Map.entry("reviewRequestedOn", ComplaintColumn.REVIEW_REQUESTED),
            Map.entry("reviewResult", ComplaintColumn.REVIEW_RESULT));

    private final ComplaintService complaints;
    private final Map<Long, Member> members;
    private final Map<Long, Officer> officers;

    ComplaintRows(ComplaintService complaints, PeopleService people) {
        this.complaints = complaints;
        this.members = people.members().stream().collect(Collectors.toMap(Member::id, m -> m));
        this.officers = people.officers().stream().collect(Collectors.toMap(Officer::id, o -> o));
    }

    // Export

    List<Object> row(Complaint c, boolean includeConfidential) {
        List<Object> row = new ArrayList<>();
        ComplaintStage stage = c.currentStage().orElseThrow();
        ComplaintDecision d = c.decision();
        row.add(c.reference().toString());
        row.add(c.receivedOn());
        row.add(c.receivedHow().label());
        row.add(c.direction().label());
        if (includeConfidential) {
            row.add(name(c.complainant()));
            row.add(staffNumber(c.complainant()));
            row.add(name(c.subject()));
            row.add(staffNumber(c.subject()));
        }
        row.add(c.category().label());
        row.add(c.paragraphs());
        if (includeConfidential) {
            row.add(c.summary());
        }
        row.add(CellText.yesNo(c.allegesCodeBreach()));
        row.add(c.route().label());
        row.add(c.routeReason());
        row.add(c.routeRule());
        row.add(complaints.stageName(c, stage));
        row.add(!c.isOpen() ? null : stage.acknowledgeDue() != null && stage.acknowledgedOn() == null
                ? stage.acknowledgeDue() : stage.responseDue());
        row.add(CellText.yesNo(c.isIndependentPersonConsulted()));
        row.add(d == null ? null : d.outcome().label());
        row.add(d == null ? null : d.decidedOn());
        row.add(d == null ? null : d.sanctions());
        row.add(d == null ? null : d.learningPoints());
        row.add(d == null || !d.noticePublished() ? null : d.noticePublishedOn());
        row.add(c.reviewRequestedOn());
        row.add(c.reviewResult());
        row.add(c.status().label());
        return row;
    }

    private String name(PersonRef ref) {
        if (ref == null) {
            return null;
        }
        if (ref.isMember()) {
            Member m = members.get(ref.id());
            return m == null ? null : m.displayName();
        }
        Officer o = officers.get(ref.id());
        return o == null ? null : o.displayName();
    }

    private String staffNumber(PersonRef ref) {
        if (ref == null || ref.isMember()) {
            return null;
        }
        Officer o = officers.get(ref.id());
        return o == null ? null : o.staffNumber();
    }

    // Import

    /** One complaint read from a row, ready to log. */
    record Planned(int row, Complaint complaint) {
    }

    /** What the rows of a file would log, and every problem with them. */
    record Plan(List<Planned> complaints, List<ImportProblem> problems) {
    }

    /** Which column of the file gives which {@link ComplaintColumn}. */
    static final class Columns extends RegisterColumns<ComplaintColumn> {

        private Columns(int headerRow, List<String> headers, List<ImportProblem> warnings) {
            super(ComplaintColumn.class, "complaints", headerRow, headers, warnings);
        }

        static Columns of(int headerRow, List<String> headers, List<ImportProblem> problems,
                          List<ImportProblem> warnings) {
            Columns map = new Columns(headerRow, headers, warnings);
            List<ComplaintColumn> missing = map.missing();
            if (!missing.isEmpty()) {
                boolean confidential = missing.stream().anyMatch(ComplaintColumn::confidential);
                problems.add(new ImportProblem(headerRow, null, "the file has no " + missing.stream()
                        .map(c -> "'" + c.label() + "'").collect(Collectors.joining(", "))
                        + (missing.size() == 1 ? " column" : " columns") + ", which complaints must have"
                        + (confidential ? " (an export leaves the complainant and the person complained about out"
                        + " unless asked to include confidential fields)" : "") + ". The first row must hold the"
                        + " column headings (columns found: " + found(headers) + ")."));
            }
            return map;
        }
    }

    /** Reads every row, listing each problem once per row and column. */
    Plan plan(Table table, Columns columns) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, List<Long>> membersByName = new HashMap<>();
        for (Member m : members.values()) {
            for (String name : Set.of(m.displayName(), m.forenames() + " " + m.surname(), m.sortName())) {
                membersByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(m.id());
            }
        }
        Map<String, List<Long>> officersByName = new HashMap<>();
        Map<String, Long> officersByStaff = new HashMap<>();
        for (Officer o : officers.values()) {
            for (String name : Set.of(o.displayName(), o.sortName())) {
                officersByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(o.id());
            }
            if (o.staffNumber() != null) {
                officersByStaff.put(key(o.staffNumber()), o.id());
            }
        }
        Map<ComplaintReference, Integer> referenceRows = new HashMap<>();
        for (Table.Row row : table.rows()) {
            RowReader in = new RowReader(row, columns);
            ComplaintReference reference = null;
            String refText = in.text(ComplaintColumn.REFERENCE);
            if (!refText.isEmpty()) {
                reference = ComplaintReference.parse(refText).orElse(null);
                if (reference == null) {
                    in.problem(ComplaintColumn.REFERENCE, "'" + refText + "' is not a complaint reference (such as"
                            + " CMP-2026-0001); leave it empty for Probity to give the next one.");
                } else if (referenceRows.containsKey(reference)) {
                    in.problem(ComplaintColumn.REFERENCE, "duplicate complaint: " + reference + " is also on row "
                            + referenceRows.get(reference) + ".");
                } else if (complaints.complaint(reference).isPresent()) {
                    in.problem(ComplaintColumn.REFERENCE, "duplicate complaint: " + reference + " is already in"
                            + " Probity. Remove this row, or leave the reference empty to log it as new.");
                } else {
                    referenceRows.put(reference, row.number());
                }
            }
            LocalDate received = in.date(ComplaintColumn.RECEIVED);
            ReceivedHow how = columns.has(ComplaintColumn.RECEIVED_HOW) && !in.text(ComplaintColumn.RECEIVED_HOW)
                    .isEmpty() ? in.choice(ComplaintColumn.RECEIVED_HOW, ReceivedHow.values(), ReceivedHow::label,
                    Map.of("email", ReceivedHow.EMAIL, "phone", ReceivedHow.TELEPHONE, "online",
                            ReceivedHow.ONLINE_FORM)) : ReceivedHow.EMAIL;
            ComplaintDirection direction = in.choice(ComplaintColumn.DIRECTION, ComplaintDirection.values(),
                    ComplaintDirection::label, Map.of("officer about member", ComplaintDirection.OFFICER_ABOUT_MEMBER,
                            "member about officer", ComplaintDirection.MEMBER_ABOUT_OFFICER,
                            "member about member", ComplaintDirection.MEMBER_ABOUT_MEMBER));
            PersonRef complainant = null;
            PersonRef subject = null;
            if (direction != null) {
                complainant = in.person(ComplaintColumn.COMPLAINANT, ComplaintColumn.COMPLAINANT_STAFF_NUMBER,
                        direction.complainantType() == org.probity.people.PersonType.MEMBER, membersByName,
                        officersByName, officersByStaff);
                subject = in.person(ComplaintColumn.SUBJECT, ComplaintColumn.SUBJECT_STAFF_NUMBER,
                        direction.subjectType() == org.probity.people.PersonType.MEMBER, membersByName,
                        officersByName, officersByStaff);
            }
            ComplaintCategory category = in.choice(ComplaintColumn.CATEGORY, ComplaintCategory.values(),
                    ComplaintCategory::label, Map.of("undue pressure", ComplaintCategory.UNDUE_PRESSURE,
                            "bullying", ComplaintCategory.BULLYING_OR_HARASSMENT, "harassment",
                            ComplaintCategory.BULLYING_OR_HARASSMENT));
            boolean breach = in.yesNo(ComplaintColumn.ALLEGES_BREACH);
            ComplaintRoute route = in.choice(ComplaintColumn.ROUTE, ComplaintRoute.values(), ComplaintRoute::label,
                    Map.of("line manager", ComplaintRoute.LINE_MANAGER, "director", ComplaintRoute.DIRECTOR,
                            "chief executive", ComplaintRoute.CHIEF_EXECUTIVE, "monitoring officer",
                            ComplaintRoute.MONITORING_OFFICER, "code of conduct", ComplaintRoute.CODE_OF_CONDUCT));
            if (route == null && !in.failed(ComplaintColumn.ROUTE) && direction != null && complainant != null
                    && subject != null && in.problems().isEmpty()) {
                route = complaints.propose(direction, complainant, subject, breach).route();
            }
            ComplaintOutcome outcome = in.choice(ComplaintColumn.OUTCOME, ComplaintOutcome.values(),
                    ComplaintOutcome::label, Map.of("upheld", ComplaintOutcome.UPHELD, "breach found",
                            ComplaintOutcome.UPHELD, "nfa", ComplaintOutcome.NO_FURTHER_ACTION));
            LocalDate decided = in.date(ComplaintColumn.DECIDED);
            LocalDate noticeOn = in.date(ComplaintColumn.NOTICE_PUBLISHED);
            String sanctions = in.textOrNull(ComplaintColumn.SANCTIONS);
            String learning = in.textOrNull(ComplaintColumn.LEARNING);
            if (outcome == null && !in.failed(ComplaintColumn.OUTCOME) && (decided != null || noticeOn != null
                    || sanctions != null || learning != null)) {
                in.problem(ComplaintColumn.OUTCOME, "give the outcome, since the row records a decision.");
            }
            LocalDate reviewOn = in.date(ComplaintColumn.REVIEW_REQUESTED);
            ComplaintDecision decision = outcome == null ? null
                    : new ComplaintDecision(outcome, decided, sanctions, learning, noticeOn != null, noticeOn);
            Complaint candidate = new Complaint(null, reference, received, how, direction, complainant, subject,
                    category, in.textOrNull(ComplaintColumn.PARAGRAPHS),
                    in.textOrNull(ComplaintColumn.SUMMARY), breach, route, null,
                    in.textOrNull(ComplaintColumn.ROUTE_REASON), null, List.of(), decision, reviewOn,
                    in.textOrNull(ComplaintColumn.REVIEW_RESULT), true);
            if (in.problems().isEmpty()) {
                for (FieldProblem p : complaints.validate(candidate).problems()) {
                    in.problem(FIELDS.get(p.field()), p.message());
                }
            }
            problems.addAll(in.problems());
            if (in.problems().isEmpty()) {
                planned.add(new Planned(row.number(), candidate));
            }
        }
        return new Plan(planned, problems);
    }

    /** Turns the service's problems with a row being saved into problems named by row and column. */
    static List<ImportProblem> problems(int row, Columns columns, List<FieldProblem> found) {
        return columns.problems(row, found, FIELDS);
    }

    /** The cells of one row, with what reading a complaint's cells needs besides. */
    private static final class RowReader extends RowCells<ComplaintColumn> {

        RowReader(Table.Row row, Columns columns) {
            super(ComplaintColumn.class, row, columns);
        }

        boolean yesNo(ComplaintColumn c) {
            CellText.Parsed<Boolean> parsed = CellText.yesNo(text(c));
            if (parsed.failed()) {
                problem(c, parsed.problem() + ".");
                return false;
            }
            return parsed.value();
        }

        /** A member by name, or an officer by staff number (preferred) or name. */
        PersonRef person(ComplaintColumn nameColumn, ComplaintColumn staffColumn, boolean member,
                         Map<String, List<Long>> membersByName, Map<String, List<Long>> officersByName,
                         Map<String, Long> officersByStaff) {
            String name = text(nameColumn);
            if (!member) {
                String staff = text(staffColumn);
                if (!staff.isEmpty()) {
                    Long id = officersByStaff.get(key(staff));
                    if (id == null) {
                        problem(staffColumn, "no officer has the staff number " + staff + ".");
                    }
                    return id == null ? null : PersonRef.officer(id);
                }
            }
            if (name.isEmpty()) {
                return null;
            }
            List<Long> found = (member ? membersByName : officersByName).getOrDefault(key(name), List.of())
                    .stream().distinct().toList();
            String what = member ? "member" : "officer";
            if (found.isEmpty()) {
                problem(nameColumn, "there is no " + what + " called '" + name + "' in the people directory.");
                return null;
            }
            if (found.size() > 1) {
                problem(nameColumn, found.size() + " " + what + "s are called '" + name + "'; "
                        + (member ? "Probity cannot tell which." : "give the staff number in '"
                        + staffColumn.label() + "' to say which."));
                return null;
            }
            return member ? PersonRef.member(found.get(0)) : PersonRef.officer(found.get(0));
        }
    }
}
