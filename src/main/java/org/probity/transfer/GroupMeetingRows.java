package org.probity.transfer;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingAlert;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.GroupNotification;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.MeetingReference;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.groupmeetings.ParityOffer;
import org.probity.groupmeetings.RequesterRole;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;

/**
 * One row per group meeting, in both directions. Cells that hold several entries separate them
 * with semicolons (or new lines) and write people and groups by name, so a file can be read and
 * kept by hand:
 * <ul>
 * <li>Officers: {@code Sam Patel [E3]: Will attend 2026-03-01, accompanied; Lee Wong [E4]: Declined 2026-02-27};
 * the staff number (or the post) in brackets tells apart two officers of the same name.</li>
 * <li>Written advice: one line per officer who declined, {@code Lee Wong [E4]: the advice}.</li>
 * <li>Other groups told: {@code Green Future 2026-03-04 e-mail; Heritage Party 2026-03-05 letter}.</li>
 * <li>Same briefing offered: {@code Green Future 2026-03-04 accepted, briefed 2026-03-20; Heritage Party
 * 2026-03-04 declined}.</li>
 * </ul>
 */
final class GroupMeetingRows {

    private static final String DATE = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2} \\p{L}{3,9} \\d{4}";
    private static final Pattern PERSON = Pattern.compile(
            "^(?<name>[^\\[:]+?)\\s*(?:\\[(?<key>[^\\]]*)\\])?\\s*(?::\\s*(?<rest>.*))?$", Pattern.DOTALL);
    private static final Pattern A_DATE = Pattern.compile("(" + DATE + ")");
    private static final Pattern TOLD = Pattern.compile("^(?<group>.+?)\\s+(?<date>" + DATE + ")\\s*(?<how>.*)$");
    private static final Pattern OFFERED = Pattern.compile("^(?<group>.+?)\\s+(?<date>" + DATE + ")\\s*"
            + "(?<answer>[^,]*)(?:,\\s*briefed\\s+(?<briefing>" + DATE + "))?\\s*$", Pattern.CASE_INSENSITIVE);

    private final GroupMeetingService register;
    private final PeopleService people;

    GroupMeetingRows(GroupMeetingService register, PeopleService people) {
        this.register = register;
        this.people = people;
    }

    // Export

    List<List<Object>> export(LocalDate today) {
        Map<Long, Officer> officers = people.officers().stream()
                .collect(Collectors.toMap(Officer::id, Function.identity()));
        Map<Long, List<String>> alerts = register.alerts(today).stream().collect(Collectors.groupingBy(
                GroupMeetingAlert::meetingId, Collectors.mapping(a -> a.rule().label(), Collectors.toList())));
        List<List<Object>> rows = new ArrayList<>();
        register.meetings().stream().sorted(java.util.Comparator.comparing(GroupMeeting::reference)).forEach(m -> {
            Map<GroupMeetingColumn, Object> row = new EnumMap<>(GroupMeetingColumn.class);
            row.put(GroupMeetingColumn.REFERENCE, m.reference().toString());
            row.put(GroupMeetingColumn.GROUP, register.groupName(m.groupId()));
            row.put(GroupMeetingColumn.ASKED_BY, register.memberName(m.requestedByMemberId()));
            row.put(GroupMeetingColumn.ASKED_AS, m.requesterRole().label());
            row.put(GroupMeetingColumn.ASKED_ON, m.requestedOn());
            row.put(GroupMeetingColumn.KIND, m.kind().label());
            row.put(GroupMeetingColumn.MEETING_DATE, m.meetingDate());
            row.put(GroupMeetingColumn.START_TIME, m.startTime() == null ? "" : m.startTime().toString());
            row.put(GroupMeetingColumn.PLACE, m.place());
            row.put(GroupMeetingColumn.ONLINE, CellText.yesNo(m.online()));
            row.put(GroupMeetingColumn.SUBJECT, m.subject());
            row.put(GroupMeetingColumn.OFFICERS, m.officers().stream().map(o -> officerText(officers, o))
                    .collect(Collectors.joining("; ")));
            row.put(GroupMeetingColumn.WRITTEN_ADVICE, m.officers().stream()
                    .filter(o -> o.writtenAdvice() != null)
                    .map(o -> officerName(officers, o.officerId()) + ": " + o.writtenAdvice().replaceAll("\\s+", " "))
                    .collect(Collectors.joining("\n")));
            row.put(GroupMeetingColumn.NON_MEMBERS, CellText.yesNo(m.nonMembersPresent()));
            row.put(GroupMeetingColumn.CROSS_PARTY, CellText.yesNo(m.crossParty()));
            row.put(GroupMeetingColumn.AUTHORISATION_ASKED, m.authorisationRequestedOn());
            row.put(GroupMeetingColumn.AUTHORISATION_GIVEN, m.authorisationGivenOn());
            row.put(GroupMeetingColumn.MO_TOLD, m.moNotifiedOn());
            row.put(GroupMeetingColumn.MO_TOLD_BY, m.moNotifiedByOfficerId() == null ? ""
                    : officerName(officers, m.moNotifiedByOfficerId()));
            row.put(GroupMeetingColumn.GROUPS_TOLD, m.notifications().stream()
                    .sorted(java.util.Comparator.comparing(n -> register.groupName(n.groupId())))
                    .map(n -> register.groupName(n.groupId()) + " " + n.notifiedOn() + " "
                            + n.how().label().toLowerCase(Locale.UK))
                    .collect(Collectors.joining("; ")));
            row.put(GroupMeetingColumn.OFFERS, m.offers().stream()
                    .sorted(java.util.Comparator.comparing(o -> register.groupName(o.groupId())))
                    .map(o -> register.groupName(o.groupId()) + " " + o.offeredOn() + " "
                            + o.answer().label().toLowerCase(Locale.UK)
                            + (o.briefingDate() == null ? "" : ", briefed " + o.briefingDate()))
                    .collect(Collectors.joining("; ")));
            row.put(GroupMeetingColumn.CANCELLED_ON, m.cancelledOn());
            row.put(GroupMeetingColumn.NOTES, m.notes());
            row.put(GroupMeetingColumn.STATUS, register.status(m, today).label());
            row.put(GroupMeetingColumn.OPEN_ALERTS, String.join("; ", alerts.getOrDefault(m.id(), List.of())));
            List<Object> cells = new ArrayList<>();
            for (GroupMeetingColumn c : GroupMeetingColumn.values()) {
                cells.add(row.get(c));
            }
            rows.add(cells);
        });
        return rows;
    }

    private static String officerName(Map<Long, Officer> officers, long id) {
        Officer o = officers.get(id);
        return o == null ? "(removed officer)" : o.displayName() + " [" + o.staffNumber() + "]";
    }

    private static String officerText(Map<Long, Officer> officers, OfficerAttendance o) {
        String answer = switch (o.response()) {
            case AWAITING -> "Not yet answered";
            case WILL_ATTEND -> "Will attend";
            case DECLINED_WITH_ADVICE -> "Declined with written advice";
        };
        return officerName(officers, o.officerId()) + ": " + answer
                + (o.respondedOn() == null ? "" : " " + o.respondedOn()) + (o.accompanied() ? ", accompanied" : "");
    }

    // Import

    /** One row read: the meeting it describes, or its problems; {@code reference} as the file gives it. */
    record Read(int row, GroupMeeting meeting, MeetingReference reference, List<ImportProblem> problems) {
    }

    /** Reads everything from the people directory once, to match names in every row. */
    Reader reader(Map<GroupMeetingColumn, Integer> index, Map<GroupMeetingColumn, String> headers) {
        return new Reader(index, headers, people.groups(), people.members(), people.officers());
    }

    final class Reader {
        private final Map<GroupMeetingColumn, Integer> index;
        private final Map<GroupMeetingColumn, String> headers;
        private final List<PoliticalGroup> groups;
        private final List<Member> members;
        private final List<Officer> officers;

        Reader(Map<GroupMeetingColumn, Integer> index, Map<GroupMeetingColumn, String> headers,
               List<PoliticalGroup> groups, List<Member> members, List<Officer> officers) {
            this.index = index;
            this.headers = headers;
            this.groups = groups;
            this.members = members;
            this.officers = officers;
        }

        private String cell(Table.Row row, GroupMeetingColumn c) {
            Integer i = index.get(c);
            return i == null ? "" : row.cell(i);
        }

        String header(GroupMeetingColumn c) {
            return headers.getOrDefault(c, c.label());
        }

        Read read(Table.Row row) {
            int r = row.number();
            List<ImportProblem> problems = new ArrayList<>();
            Problems p = (c, message) -> problems.add(new ImportProblem(r, header(c), message));

            MeetingReference reference = null;
            String refText = cell(row, GroupMeetingColumn.REFERENCE);
            if (!refText.isEmpty()) {
                reference = MeetingReference.parse(refText).orElse(null);
                if (reference == null) {
                    p.add(GroupMeetingColumn.REFERENCE, "'" + refText + "' is not a reference such as GRP-2026-0001;"
                            + " leave it empty for a new request.");
                }
            }
            PoliticalGroup group = required(row, GroupMeetingColumn.GROUP, p, this::group);
            LocalDate askedOn = date(row, GroupMeetingColumn.ASKED_ON, p);
            LocalDate meetingDate = date(row, GroupMeetingColumn.MEETING_DATE, p);
            Member askedBy = required(row, GroupMeetingColumn.ASKED_BY, p,
                    text -> member(text, group, askedOn == null ? meetingDate : askedOn));
            RequesterRole role = role(row, p, group, askedBy);
            MeetingKind kind = required(row, GroupMeetingColumn.KIND, p, GroupMeetingRows::kind);
            LocalTime start = time(row, p);
            String place = cell(row, GroupMeetingColumn.PLACE);
            boolean online = flag(row, GroupMeetingColumn.ONLINE, p);
            String subject = cell(row, GroupMeetingColumn.SUBJECT);
            List<OfficerAttendance> attendance = officers(row, p);
            boolean nonMembers = flag(row, GroupMeetingColumn.NON_MEMBERS, p);
            boolean crossParty = flag(row, GroupMeetingColumn.CROSS_PARTY, p);
            LocalDate authAsked = date(row, GroupMeetingColumn.AUTHORISATION_ASKED, p);
            LocalDate authGiven = date(row, GroupMeetingColumn.AUTHORISATION_GIVEN, p);
            LocalDate moTold = date(row, GroupMeetingColumn.MO_TOLD, p);
            String toldByText = cell(row, GroupMeetingColumn.MO_TOLD_BY);
            Officer toldBy = toldByText.isEmpty() ? null : officer(toldByText, GroupMeetingColumn.MO_TOLD_BY, p);
            List<GroupNotification> told = told(row, p);
            List<ParityOffer> offers = offers(row, p);
            LocalDate cancelled = date(row, GroupMeetingColumn.CANCELLED_ON, p);
            String notes = cell(row, GroupMeetingColumn.NOTES);
            if (subject.isEmpty()) {
                p.add(GroupMeetingColumn.SUBJECT, "the subject is required.");
            }
            if (!problems.isEmpty() || group == null || askedBy == null || kind == null) {
                return new Read(r, null, reference, problems);
            }
            GroupMeeting m = new GroupMeeting(null, null, group.id(), askedBy.id(), role, askedOn, kind, meetingDate,
                    start, place, online, subject, nonMembers, crossParty, authAsked, authGiven, moTold,
                    toldBy == null ? null : toldBy.id(), cancelled, notes, attendance, told, offers);
            return new Read(r, m, reference, problems);
        }

        private <T> T required(Table.Row row, GroupMeetingColumn c, Problems p, Lookup<T> lookup) {
            String text = cell(row, c);
            if (text.isEmpty()) {
                p.add(c, c.label() + " is required.");
                return null;
            }
            Result<T> found = lookup.find(text);
            if (found.problem() != null) {
                p.add(c, found.problem());
            }
            return found.value();
        }

        private LocalDate date(Table.Row row, GroupMeetingColumn c, Problems p) {
            String text = cell(row, c);
            if (text.isEmpty() && c.required()) {
                p.add(c, c.label() + " is required.");
                return null;
            }
            CellText.Parsed<LocalDate> parsed = CellText.date(text);
            if (parsed.failed()) {
                p.add(c, parsed.problem() + ".");
            }
            return parsed.value();
        }

        private boolean flag(Table.Row row, GroupMeetingColumn c, Problems p) {
            CellText.Parsed<Boolean> parsed = CellText.yesNo(cell(row, c));
            if (parsed.failed()) {
                p.add(c, parsed.problem() + ".");
                return false;
            }
            return parsed.value();
        }

        private LocalTime time(Table.Row row, Problems p) {
            String text = cell(row, GroupMeetingColumn.START_TIME).replace('.', ':');
            if (text.isEmpty()) {
                return null;
            }
            try {
                return LocalTime.parse(text.length() == 4 && text.charAt(1) == ':' ? "0" + text : text);
            } catch (DateTimeParseException e) {
                p.add(GroupMeetingColumn.START_TIME, "'" + text + "' is not a time; write it as 18:30.");
                return null;
            }
        }

        private RequesterRole role(Table.Row row, Problems p, PoliticalGroup group, Member askedBy) {
            String text = cell(row, GroupMeetingColumn.ASKED_AS).toLowerCase(Locale.UK);
            if (text.isEmpty()) {
                return group != null && askedBy != null && askedBy.id().equals(group.leaderMemberId())
                        ? RequesterRole.GROUP_LEADER : RequesterRole.GROUP_MEMBER;
            }
            if (text.contains("leader")) {
                return RequesterRole.GROUP_LEADER;
            }
            if (text.contains("member")) {
                return RequesterRole.GROUP_MEMBER;
            }
            p.add(GroupMeetingColumn.ASKED_AS, "'" + text + "' should be Group leader or Group member.");
            return RequesterRole.GROUP_MEMBER;
        }

        private Result<PoliticalGroup> group(String text) {
            Optional<PoliticalGroup> g = findGroup(text);
            return g.map(Result::of).orElseGet(() -> Result.wrong("there is no political group called '" + text
                    + "' (groups: " + groups.stream().map(PoliticalGroup::name).collect(Collectors.joining(", "))
                    + ")."));
        }

        private Optional<PoliticalGroup> findGroup(String text) {
            String wanted = text.strip();
            return groups.stream().filter(g -> g.name().equalsIgnoreCase(wanted)
                    || (g.shortName() != null && g.shortName().equalsIgnoreCase(wanted))).findFirst();
        }

        private Result<Member> member(String text, PoliticalGroup group, LocalDate on) {
            String wanted = text.strip();
            List<Member> named = members.stream().filter(m -> m.displayName().equalsIgnoreCase(wanted)
                    || (m.forenames() + " " + m.surname()).equalsIgnoreCase(wanted)
                    || m.sortName().equalsIgnoreCase(wanted)).toList();
            if (named.size() > 1 && group != null && on != null) {
                List<Member> inGroup = named.stream()
                        .filter(m -> m.groupOn(on).filter(g -> g == (long) group.id()).isPresent()).toList();
                named = inGroup.isEmpty() ? named : inGroup;
            }
            if (named.isEmpty()) {
                return Result.wrong("there is no member called '" + wanted + "' in the people directory.");
            }
            if (named.size() > 1) {
                return Result.wrong(named.size() + " members are called '" + wanted + "' and the group does not tell"
                        + " them apart; correct the name or the group.");
            }
            return Result.of(named.get(0));
        }

        private Officer officer(String text, GroupMeetingColumn c, Problems p) {
            Matcher m = PERSON.matcher(text.strip());
            if (!m.matches()) {
                p.add(c, "'" + text + "' is not an officer's name.");
                return null;
            }
            return officer(m.group("name"), m.group("key"), c, p);
        }

        private Officer officer(String name, String key, GroupMeetingColumn c, Problems p) {
            String wanted = name.strip();
            if (key != null && !key.isBlank()) {
                String k = key.strip();
                List<Officer> keyed = officers.stream().filter(o -> k.equalsIgnoreCase(o.staffNumber())
                        || (o.post() != null && k.equalsIgnoreCase(o.post().strip())
                        && o.displayName().equalsIgnoreCase(wanted))).toList();
                if (keyed.size() == 1) {
                    return keyed.get(0);
                }
                if (keyed.isEmpty()) {
                    p.add(c, "there is no officer with staff number or post '" + k + "' (for " + wanted + ").");
                    return null;
                }
            }
            List<Officer> named = officers.stream().filter(o -> o.displayName().equalsIgnoreCase(wanted)
                    || o.sortName().equalsIgnoreCase(wanted)).toList();
            if (named.isEmpty()) {
                p.add(c, "there is no officer called '" + wanted + "' in the people directory.");
                return null;
            }
            if (named.size() > 1) {
                p.add(c, named.size() + " officers are called '" + wanted + "'; add the staff number in square "
                        + "brackets, for example " + wanted + " [" + named.get(0).staffNumber() + "].");
                return null;
            }
            return named.get(0);
        }

        private List<OfficerAttendance> officers(Table.Row row, Problems p) {
            List<OfficerAttendance> list = new ArrayList<>();
            Map<Long, String> advice = advice(row, p);
            for (String entry : entries(cell(row, GroupMeetingColumn.OFFICERS))) {
                Matcher m = PERSON.matcher(entry);
                if (!m.matches()) {
                    p.add(GroupMeetingColumn.OFFICERS, "'" + entry + "' is not written as Name [staff number]: "
                            + "Will attend 2026-03-01.");
                    continue;
                }
                Officer officer = officer(m.group("name"), m.group("key"), GroupMeetingColumn.OFFICERS, p);
                String rest = m.group("rest") == null ? "" : m.group("rest").strip();
                String lower = rest.toLowerCase(Locale.UK);
                OfficerResponse response = lower.startsWith("declin") ? OfficerResponse.DECLINED_WITH_ADVICE
                        : lower.startsWith("will attend") || lower.startsWith("attend") ? OfficerResponse.WILL_ATTEND
                        : lower.isEmpty() || lower.startsWith("not yet") || lower.startsWith("awaiting")
                        ? OfficerResponse.AWAITING : null;
                if (response == null) {
                    p.add(GroupMeetingColumn.OFFICERS, "'" + rest + "' is not an answer: write Will attend, Declined"
                            + " with written advice or Not yet answered, then the date answered.");
                    continue;
                }
                LocalDate answered = null;
                Matcher d = A_DATE.matcher(rest);
                if (d.find()) {
                    CellText.Parsed<LocalDate> parsed = CellText.date(d.group(1));
                    if (parsed.failed()) {
                        p.add(GroupMeetingColumn.OFFICERS, parsed.problem() + ".");
                    }
                    answered = parsed.value();
                }
                boolean accompanied = lower.contains(", accompanied") || lower.endsWith(" accompanied");
                if (officer != null) {
                    list.add(new OfficerAttendance(null, officer.id(), response, answered,
                            advice.get(officer.id()), accompanied));
                }
            }
            return list;
        }

        private Map<Long, String> advice(Table.Row row, Problems p) {
            Map<Long, String> advice = new java.util.HashMap<>();
            for (String line : cell(row, GroupMeetingColumn.WRITTEN_ADVICE).split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = PERSON.matcher(line.strip());
                if (!m.matches() || m.group("rest") == null || m.group("rest").isBlank()) {
                    p.add(GroupMeetingColumn.WRITTEN_ADVICE, "write each officer's advice on its own line as "
                            + "Name [staff number]: the advice.");
                    continue;
                }
                Officer o = officer(m.group("name"), m.group("key"), GroupMeetingColumn.WRITTEN_ADVICE, p);
                if (o != null) {
                    advice.put(o.id(), m.group("rest").strip());
                }
            }
            return advice;
        }

        private List<GroupNotification> told(Table.Row row, Problems p) {
            List<GroupNotification> list = new ArrayList<>();
            for (String entry : entries(cell(row, GroupMeetingColumn.GROUPS_TOLD))) {
                Matcher m = TOLD.matcher(entry);
                if (!m.matches()) {
                    p.add(GroupMeetingColumn.GROUPS_TOLD, "'" + entry + "' is not written as Group 2026-03-04 e-mail.");
                    continue;
                }
                Optional<PoliticalGroup> g = findGroup(m.group("group"));
                CellText.Parsed<LocalDate> on = CellText.date(m.group("date"));
                NotificationMethod how = method(m.group("how"));
                if (g.isEmpty()) {
                    p.add(GroupMeetingColumn.GROUPS_TOLD, "there is no political group called '" + m.group("group")
                            + "'.");
                } else if (on.failed()) {
                    p.add(GroupMeetingColumn.GROUPS_TOLD, on.problem() + ".");
                } else if (how == null) {
                    p.add(GroupMeetingColumn.GROUPS_TOLD, "say how the " + g.get().name() + " was told: e-mail, "
                            + "letter or in person.");
                } else {
                    list.add(new GroupNotification(null, g.get().id(), on.value(), how));
                }
            }
            return list;
        }

        private List<ParityOffer> offers(Table.Row row, Problems p) {
            List<ParityOffer> list = new ArrayList<>();
            for (String entry : entries(cell(row, GroupMeetingColumn.OFFERS))) {
                Matcher m = OFFERED.matcher(entry);
                if (!m.matches()) {
                    p.add(GroupMeetingColumn.OFFERS, "'" + entry + "' is not written as Group 2026-03-04 accepted, "
                            + "briefed 2026-03-20.");
                    continue;
                }
                Optional<PoliticalGroup> g = findGroup(m.group("group"));
                CellText.Parsed<LocalDate> on = CellText.date(m.group("date"));
                CellText.Parsed<LocalDate> briefed = CellText.date(m.group("briefing"));
                String answerText = m.group("answer").strip().toLowerCase(Locale.UK);
                OfferAnswer answer = answerText.startsWith("accept") ? OfferAnswer.ACCEPTED
                        : answerText.startsWith("declin") ? OfferAnswer.DECLINED
                        : answerText.isEmpty() || answerText.startsWith("no reply") ? OfferAnswer.NO_REPLY : null;
                if (g.isEmpty()) {
                    p.add(GroupMeetingColumn.OFFERS, "there is no political group called '" + m.group("group") + "'.");
                } else if (on.failed() || briefed.failed()) {
                    p.add(GroupMeetingColumn.OFFERS, (on.failed() ? on.problem() : briefed.problem()) + ".");
                } else if (answer == null) {
                    p.add(GroupMeetingColumn.OFFERS, "'" + answerText + "' is not an answer: write accepted, declined"
                            + " or no reply.");
                } else {
                    list.add(new ParityOffer(null, g.get().id(), on.value(), answer, briefed.value()));
                }
            }
            return list;
        }
    }

    private static List<String> entries(String cell) {
        List<String> entries = new ArrayList<>();
        for (String part : cell.split("[;\\n]")) {
            if (!part.isBlank()) {
                entries.add(part.strip());
            }
        }
        return entries;
    }

    private static Result<MeetingKind> kind(String text) {
        String t = Column.normalise(text);
        for (MeetingKind k : MeetingKind.values()) {
            if (Column.normalise(k.label()).equals(t) || Column.normalise(k.name()).equals(t)) {
                return Result.of(k);
            }
        }
        if (t.contains("otherbod") || t.contains("representatives")) {
            return Result.of(MeetingKind.OTHER_BODY);
        }
        if (t.contains("briefing")) {
            return Result.of(MeetingKind.PRIVATE_BRIEFING);
        }
        if (t.contains("groupmeeting")) {
            return Result.of(MeetingKind.GROUP_MEETING);
        }
        return Result.wrong("'" + text + "' is not a kind of meeting: write Group meeting, Private group briefing or"
                + " Meeting with representatives of another body.");
    }

    private static NotificationMethod method(String text) {
        String t = Column.normalise(text);
        return switch (t) {
            case "email", "mail" -> NotificationMethod.EMAIL;
            case "letter", "post" -> NotificationMethod.LETTER;
            case "inperson", "person", "meeting" -> NotificationMethod.IN_PERSON;
            default -> null;
        };
    }

    private interface Problems {
        void add(GroupMeetingColumn column, String message);
    }

    private interface Lookup<T> {
        Result<T> find(String text);
    }

    private record Result<T>(T value, String problem) {
        static <T> Result<T> of(T value) {
            return new Result<>(value, null);
        }

        static <T> Result<T> wrong(String problem) {
            return new Result<>(null, problem);
        }
    }
}
