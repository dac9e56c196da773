package org.probity.transfer;

import static org.probity.transfer.RowCells.blankToNull;
import static org.probity.transfer.RowCells.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probity.common.FieldProblem;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryReference;
import org.probity.enquiries.EnquiryService;
import org.probity.enquiries.Escalation;
import org.probity.enquiries.HoldingReply;
import org.probity.enquiries.Refusal;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;

/**
 * Enquiries as rows. Members, officers, wards and service areas are written by name and found
 * by name again; an officer whose name is shared is told apart by staff number or post.
 * Escalations share one cell, one per line: {@code 2026-03-04 to Jane Smith (S01234): note}.
 */
final class EnquiryRows {

    private static final Pattern ESCALATION = Pattern.compile(
            "(\\S+)\\s+to\\s+(.+?)(?:\\s+\\(([^()]*)\\))?(?::\\s*(.*))?");

    private static final Map<String, EnquiryColumn> FIELDS = Map.ofEntries(
            Map.entry("reference", EnquiryColumn.REFERENCE), Map.entry("memberId", EnquiryColumn.MEMBER),
            Map.entry("receivedOn", EnquiryColumn.RECEIVED), Map.entry("channel", EnquiryColumn.CHANNEL),
            Map.entry("subject", EnquiryColumn.SUBJECT), Map.entry("details", EnquiryColumn.DETAILS),
            Map.entry("kind", EnquiryColumn.KIND), Map.entry("wardId", EnquiryColumn.WARD),
            Map.entry("serviceAreaId", EnquiryColumn.SERVICE_AREA), Map.entry("officerId", EnquiryColumn.OFFICER),
            Map.entry("consentBasis", EnquiryColumn.CONSENT_BASIS),
            Map.entry("targetDays", EnquiryColumn.TARGET_DAYS),
            Map.entry("targetReason", EnquiryColumn.TARGET_REASON),
            Map.entry("acknowledgedOn", EnquiryColumn.ACKNOWLEDGED),
            Map.entry("holdingReplySentOn", EnquiryColumn.HOLDING_REPLY_SENT),
            Map.entry("holdingReplyExpectedOn", EnquiryColumn.HOLDING_REPLY_EXPECTED),
            Map.entry("escalatedOn", EnquiryColumn.ESCALATIONS), Map.entry("escalatedTo", EnquiryColumn.ESCALATIONS),
            Map.entry("escalationNote", EnquiryColumn.ESCALATIONS), Map.entry("answeredOn", EnquiryColumn.ANSWERED),
            Map.entry("refusedOn", EnquiryColumn.REFUSED), Map.entry("reasons", EnquiryColumn.REFUSAL_REASONS),
            Map.entry("reasonsRequestedOn", EnquiryColumn.REASONS_REQUESTED),
            Map.entry("reasonsSentOn", EnquiryColumn.REASONS_SENT),
            Map.entry("copiedToMonitoringOfficerOn", EnquiryColumn.COPIED_TO_MO),
            Map.entry("monitoringOfficerAdvice", EnquiryColumn.MO_ADVICE),
            Map.entry("advisedOn", EnquiryColumn.MO_ADVISED), Map.entry("closedOn", EnquiryColumn.CLOSED));

    private final EnquiryService enquiries;
    private final Map<Long, Member> members;
    private final Map<Long, Officer> officers;
    private final Map<Long, String> wards;
    private final Map<Long, String> areas;

    EnquiryRows(EnquiryService enquiries, PeopleService people) {
        this.enquiries = enquiries;
        this.members = people.members().stream().collect(Collectors.toMap(Member::id, m -> m));
        this.officers = people.officers().stream().collect(Collectors.toMap(Officer::id, o -> o));
        this.wards = people.wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        this.areas = people.serviceAreas().stream().collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
    }

    // Export

    List<Object> row(Enquiry e) {
        List<Object> row = new ArrayList<>(EnquiryColumn.values().length);
        Officer officer = e.officerId() == null ? null : officers.get(e.officerId());
        Refusal r = e.refusal();
        HoldingReply holding = e.holdingReply();
        row.add(e.reference().toString());
        row.add(member(e.memberId()));
        row.add(e.receivedOn());
        row.add(e.channel().label());
        row.add(e.subject());
        row.add(e.details());
        row.add(e.kind().label());
        row.add(e.wardId() == null ? null : wards.get(e.wardId()));
        row.add(e.serviceAreaId() == null ? null : areas.get(e.serviceAreaId()));
        row.add(officer == null ? null : officer.displayName());
        row.add(officer == null ? null : officer.staffNumber());
        row.add(officer == null ? null : officer.post());
        row.add(officerName(e.directorId()));
        row.add(e.consentBasis() == null ? null : e.consentBasis().label());
        row.add(e.targetDays());
        row.add(e.targetReason());
        row.add(e.targetDue());
        row.add(e.acknowledgedOn());
        row.add(holding == null ? null : holding.sentOn());
        row.add(holding == null ? null : holding.newExpectedOn());
        row.add(e.escalations().stream().map(this::escalation).collect(Collectors.joining("\n")));
        row.add(e.answeredOn());
        row.add(r == null ? null : r.refusedOn());
        row.add(r == null ? null : r.reasons());
        row.add(r == null ? null : r.reasonsRequestedOn());
        row.add(r == null ? null : r.reasonsSentOn());
        row.add(r == null ? null : r.copiedToMonitoringOfficerOn());
        row.add(r == null ? null : r.monitoringOfficerAdvice());
        row.add(r == null ? null : r.advisedOn());
        row.add(e.closedOn());
        row.add(e.status().label());
        return row;
    }

    private String member(Long id) {
        Member m = id == null ? null : members.get(id);
        return m == null ? null : m.displayName();
    }

    private String officerName(Long id) {
        Officer o = id == null ? null : officers.get(id);
        return o == null ? null : o.displayName();
    }

    private String escalation(Escalation x) {
        Officer to = officers.get(x.escalatedToOfficerId());
        String who = to == null ? "(removed officer)" : to.displayName()
                + (to.staffNumber() == null || to.staffNumber().isBlank() ? "" : " (" + to.staffNumber() + ")");
        String note = x.note() == null ? "" : ": " + x.note().replace('\n', ' ').replace('\r', ' ');
        return x.escalatedOn() + " to " + who + note;
    }

    // Import

    /** One enquiry read from a row, ready to record. */
    record Planned(int row, Enquiry enquiry) {
    }

    /** What the rows of a file would record, and every problem with them. */
    record Plan(List<Planned> enquiries, List<ImportProblem> problems) {
    }

    /** Which column of the file gives which {@link EnquiryColumn}. */
    static final class Columns extends RegisterColumns<EnquiryColumn> {

        private Columns(int headerRow, List<String> headers, List<ImportProblem> warnings) {
            super(EnquiryColumn.class, "enquiries", headerRow, headers, warnings);
        }

        static Columns of(int headerRow, List<String> headers, List<ImportProblem> problems,
                          List<ImportProblem> warnings) {
            Columns map = new Columns(headerRow, headers, warnings);
            List<String> missing = map.missing().stream().map(c -> "'" + c.label() + "'").toList();
            if (!map.has(EnquiryColumn.CHANNEL)) {
                warnings.add(new ImportProblem(headerRow, null, "the file has no '" + EnquiryColumn.CHANNEL.label()
                        + "' column, so every enquiry is recorded as received by email."));
            }
            if (!missing.isEmpty()) {
                problems.add(new ImportProblem(headerRow, null, "the file has no " + String.join(", ", missing)
                        + (missing.size() == 1 ? " column" : " columns") + ", which enquiries must have. The first"
                        + " row must hold the column headings (columns found: " + found(headers) + ")."));
            }
            return map;
        }
    }

    /** Reads every row, listing each problem once per row and column. */
    Plan plan(Table table, Columns columns) {
        List<ImportProblem> problems = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        Map<String, List<Member>> membersByName = new HashMap<>();
        for (Member m : members.values()) {
            for (String name : Set.of(m.displayName(), m.forenames() + " " + m.surname(), m.sortName())) {
                membersByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(m);
            }
        }
        Map<String, List<Officer>> officersByName = new HashMap<>();
        Map<String, Officer> officersByStaff = new HashMap<>();
        for (Officer o : officers.values()) {
            for (String name : Set.of(o.displayName(), o.sortName())) {
                officersByName.computeIfAbsent(key(name), k -> new ArrayList<>()).add(o);
            }
            if (o.staffNumber() != null) {
                officersByStaff.put(key(o.staffNumber()), o);
            }
        }
        Map<String, Long> wardIds = byName(wards);
        Map<String, Long> areaIds = byName(areas);
        Map<EnquiryReference, Integer> referenceRows = new HashMap<>();

        for (Table.Row row : table.rows()) {
            RowReader in = new RowReader(row, columns);
            EnquiryReference reference = null;
            String refText = in.text(EnquiryColumn.REFERENCE);
            if (!refText.isEmpty()) {
                reference = EnquiryReference.parse(refText).orElse(null);
                if (reference == null) {
                    in.problem(EnquiryColumn.REFERENCE, "'" + refText + "' is not an enquiry reference (such as"
                            + " ENQ-2026-00001); leave it empty for Probity to give the next one.");
                } else if (referenceRows.containsKey(reference)) {
                    in.problem(EnquiryColumn.REFERENCE, "duplicate enquiry: " + reference + " is also on row "
                            + referenceRows.get(reference) + ".");
                } else if (enquiries.enquiry(reference).isPresent()) {
                    in.problem(EnquiryColumn.REFERENCE, "duplicate enquiry: " + reference + " is already in"
                            + " Probity. Remove this row, or leave the reference empty to record it as new.");
                } else {
                    referenceRows.put(reference, row.number());
                }
            }
            Long memberId = in.person(EnquiryColumn.MEMBER, membersByName, Member::id, "member",
                    "the people directory's members");
            LocalDate received = in.date(EnquiryColumn.RECEIVED);
            EnquiryChannel channel = !columns.has(EnquiryColumn.CHANNEL) ? EnquiryChannel.EMAIL : in.choice(EnquiryColumn.CHANNEL, EnquiryChannel.values(),
                    EnquiryChannel::label, Map.of("phone", EnquiryChannel.TELEPHONE, "online",
                            EnquiryChannel.ONLINE_FORM, "face to face", EnquiryChannel.IN_PERSON,
                            "e-mail", EnquiryChannel.EMAIL));
            EnquiryKind kind = in.choice(EnquiryColumn.KIND, EnquiryKind.values(), EnquiryKind::label,
                    Map.of("casework", EnquiryKind.WARD_CASEWORK, "information request",
                            EnquiryKind.INFORMATION_REQUEST, "policy request", EnquiryKind.INFORMATION_REQUEST,
                            "service request", EnquiryKind.SERVICE_REQUEST_CHASE, "chase",
                            EnquiryKind.SERVICE_REQUEST_CHASE));
            ConsentBasis consent = in.choice(EnquiryColumn.CONSENT_BASIS, ConsentBasis.values(),
                    ConsentBasis::label, Map.of("ward member", ConsentBasis.WARD_MEMBER, "explicit consent",
                            ConsentBasis.EXPLICIT_CONSENT, "consent obtained", ConsentBasis.EXPLICIT_CONSENT,
                            "not needed", ConsentBasis.NOT_NEEDED));
            Long wardId = in.named(EnquiryColumn.WARD, wardIds, "ward");
            Long areaId = in.named(EnquiryColumn.SERVICE_AREA, areaIds, "service area");
            Long officerId = in.officer(officersByName, officersByStaff);
            Integer target = in.whole(EnquiryColumn.TARGET_DAYS);
            LocalDate acknowledged = in.date(EnquiryColumn.ACKNOWLEDGED);
            LocalDate holdingSent = in.date(EnquiryColumn.HOLDING_REPLY_SENT);
            LocalDate holdingExpected = in.date(EnquiryColumn.HOLDING_REPLY_EXPECTED);
            List<Escalation> escalations = in.escalations(officersByName, officersByStaff);
            LocalDate answered = in.date(EnquiryColumn.ANSWERED);
            LocalDate refused = in.date(EnquiryColumn.REFUSED);
            String reasons = in.text(EnquiryColumn.REFUSAL_REASONS);
            LocalDate requested = in.date(EnquiryColumn.REASONS_REQUESTED);
            LocalDate sent = in.date(EnquiryColumn.REASONS_SENT);
            LocalDate copied = in.date(EnquiryColumn.COPIED_TO_MO);
            String advice = in.text(EnquiryColumn.MO_ADVICE);
            LocalDate advised = in.date(EnquiryColumn.MO_ADVISED);
            LocalDate closed = in.date(EnquiryColumn.CLOSED);
            boolean refusal = refused != null || !reasons.isEmpty() || requested != null || sent != null
                    || copied != null || !advice.isEmpty() || advised != null;
            if (refusal && refused == null && !in.failed(EnquiryColumn.REFUSED)) {
                in.problem(EnquiryColumn.REFUSED, "give the date refused, since the row records a refusal.");
            }
            Enquiry candidate = new Enquiry(null, reference, memberId, received, channel,
                    in.text(EnquiryColumn.SUBJECT), in.textOrNull(EnquiryColumn.DETAILS), kind, wardId,
                    areaId, null, officerId, null, consent, target,
                    in.textOrNull(EnquiryColumn.TARGET_REASON), null, acknowledged,
                    holdingSent == null && holdingExpected == null ? null
                            : new HoldingReply(holdingSent, holdingExpected),
                    escalations, answered,
                    refusal ? new Refusal(refused, blankToNull(reasons), requested, sent, copied,
                            blankToNull(advice), advised) : null,
                    closed);
            for (FieldProblem p : enquiries.validate(candidate).problems()) {
                in.problem(FIELDS.get(p.field()), p.message());
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

    private static Map<String, Long> byName(Map<Long, String> names) {
        Map<String, Long> found = new HashMap<>();
        names.forEach((id, name) -> found.putIfAbsent(key(name), id));
        return found;
    }

    /** The cells of one row, with what reading an enquiry's cells needs besides. */
    private static final class RowReader extends RowCells<EnquiryColumn> {

        RowReader(Table.Row row, Columns columns) {
            super(EnquiryColumn.class, row, columns);
        }

        Integer whole(EnquiryColumn c) {
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            try {
                return Integer.valueOf(t.endsWith(".0") ? t.substring(0, t.length() - 2) : t);
            } catch (NumberFormatException e) {
                problem(c, "'" + t + "' is not a whole number of working days.");
                return null;
            }
        }

        Long named(EnquiryColumn c, Map<String, Long> ids, String what) {
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            Long id = ids.get(key(t));
            if (id == null) {
                problem(c, "there is no " + what + " called '" + t + "' in the directory; add it first or"
                        + " correct the name.");
            }
            return id;
        }

        <P> Long person(EnquiryColumn c, Map<String, List<P>> byName, Function<P, Long> id, String what,
                        String where) {
            String t = text(c);
            if (t.isEmpty()) {
                return null;
            }
            List<P> found = byName.getOrDefault(key(t), List.of()).stream().distinct().toList();
            if (found.isEmpty()) {
                problem(c, "there is no " + what + " called '" + t + "' in " + where + ".");
                return null;
            }
            if (found.size() > 1) {
                problem(c, found.size() + " " + what + "s are called '" + t + "'; Probity cannot tell which.");
                return null;
            }
            return id.apply(found.get(0));
        }

        Long officer(Map<String, List<Officer>> byName, Map<String, Officer> byStaff) {
            String staff = text(EnquiryColumn.OFFICER_STAFF_NUMBER);
            String name = text(EnquiryColumn.OFFICER);
            if (!staff.isEmpty()) {
                Officer o = byStaff.get(key(staff));
                if (o == null) {
                    problem(EnquiryColumn.OFFICER_STAFF_NUMBER, "no officer has the staff number " + staff + ".");
                    return null;
                }
                if (!name.isEmpty() && !key(o.displayName()).equals(key(name)) && !key(o.sortName()).equals(key(name))) {
                    problem(EnquiryColumn.OFFICER, "staff number " + staff + " belongs to " + o.displayName()
                            + ", not " + name + ".");
                    return null;
                }
                return o.id();
            }
            if (name.isEmpty()) {
                return null;
            }
            return resolveOfficer(name, EnquiryColumn.OFFICER, text(EnquiryColumn.OFFICER_POST), byName);
        }

        private Long resolveOfficer(String name, EnquiryColumn c, String post, Map<String, List<Officer>> byName) {
            List<Officer> found = byName.getOrDefault(key(name), List.of()).stream().distinct().toList();
            if (found.size() > 1 && !post.isEmpty()) {
                found = found.stream().filter(o -> key(o.post()).equals(key(post))).toList();
            }
            if (found.isEmpty()) {
                problem(c, "there is no officer called '" + name + "'" + (post.isEmpty() ? "" : " with the post '"
                        + post + "'") + " in the people directory.");
                return null;
            }
            if (found.size() > 1) {
                problem(c, found.size() + " officers are called '" + name + "' (" + found.stream()
                        .map(o -> o.post() + ", staff number " + o.staffNumber()).collect(Collectors.joining("; "))
                        + "); give the staff number in 'Officer staff number' to say which.");
                return null;
            }
            return found.get(0).id();
        }

        List<Escalation> escalations(Map<String, List<Officer>> byName, Map<String, Officer> byStaff) {
            String cell = text(EnquiryColumn.ESCALATIONS);
            List<Escalation> list = new ArrayList<>();
            if (cell.isEmpty()) {
                return list;
            }
            Set<String> seen = new HashSet<>();
            for (String line : cell.split("\\R")) {
                String entry = line.strip();
                if (entry.isEmpty() || !seen.add(entry)) {
                    continue;
                }
                Matcher m = ESCALATION.matcher(entry);
                if (!m.matches()) {
                    problem(EnquiryColumn.ESCALATIONS, "'" + entry + "' should read like '2026-03-04 to Jane Smith"
                            + " (S01234): note', one escalation to a line.");
                    return List.of();
                }
                CellText.Parsed<LocalDate> on = CellText.date(m.group(1));
                if (on.failed() || on.value() == null) {
                    problem(EnquiryColumn.ESCALATIONS, "in '" + entry + "', " + (on.failed() ? on.problem()
                            : "the date is missing") + ".");
                    return List.of();
                }
                Long to;
                String staff = m.group(3);
                if (staff != null && byStaff.containsKey(key(staff))) {
                    to = byStaff.get(key(staff)).id();
                } else {
                    to = resolveOfficer(m.group(2), EnquiryColumn.ESCALATIONS, "", byName);
                }
                if (to == null) {
                    return List.of();
                }
                list.add(new Escalation(null, on.value(), to, m.group(4) == null || m.group(4).isBlank() ? null
                        : m.group(4).strip()));
            }
            return list;
        }
    }
}
