package org.probity.groupmeetings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.calendar.CalendarService;
import org.probity.calendar.OpenDeadline;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.common.FieldProblem;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.StatutoryRole;
import org.probity.storage.Transactions;

/**
 * The register of officers' attendance at political group meetings and private briefings
 * (001 paras 15-17, 004 paras 8.5.2-8.5.3, 002 para 9.2): requests and the officers' answers,
 * the controls with their dates, the alerts for controls not yet done counted in working days,
 * the notice to the other groups, and the parity of treatment between groups.
 */
public final class GroupMeetingService {

    public static final String GROUP_MEETING = "Group meeting";
    public static final String TARGETS = "Group meeting targets";
    public static final int MAX_TARGET_DAYS = 60;

    private final GroupMeetingRepository repository;
    private final PeopleService people;
    private final CalendarService calendar;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;

    public GroupMeetingService(GroupMeetingRepository repository, PeopleService people, CalendarService calendar,
                               Transactions transactions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.calendar = calendar;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // Reading

    public List<GroupMeeting> meetings() {
        return repository.all();
    }

    /**
     * Requests whose meeting falls on or after {@code from} and before {@code before} (either may be
     * null for no bound), so a screen can show the recent part of a large register first.
     */
    public List<GroupMeeting> meetings(LocalDate from, LocalDate before) {
        return repository.meetingDates(from, before);
    }

    public Optional<GroupMeeting> meeting(long id) {
        return repository.find(id);
    }

    public Optional<GroupMeeting> meeting(MeetingReference reference) {
        return repository.find(reference);
    }

    /**
     * The requests that were not cancelled, counted by the year of their meeting from {@code firstYear} to
     * {@code lastYear}: a year without any is not in the map.
     */
    public Map<Integer, Integer> heldByYear(int firstYear, int lastYear) {
        return transactions.inTransaction(() -> repository.heldByYear(LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31)));
    }

    public int count() {
        return repository.count();
    }

    public List<AuditEntry> history(long id) {
        return audit.history(GROUP_MEETING, id);
    }

    public String groupName(long groupId) {
        return group(groupId).map(PoliticalGroup::name).orElse("(removed group)");
    }

    public String memberName(long memberId) {
        return people.member(memberId).map(Member::displayName).orElse("(removed member)");
    }

    public String officerName(long officerId) {
        return people.officer(officerId).map(Officer::displayName).orElse("(removed officer)");
    }

    /** Where the request stands on {@code day}. */
    public MeetingStatus status(GroupMeeting m, LocalDate day) {
        return status(m, day, people.groups());
    }

    /** As {@link #status(GroupMeeting, LocalDate)}, with the groups read once for a whole list. */
    public static MeetingStatus status(GroupMeeting m, LocalDate day, List<PoliticalGroup> groups) {
        if (m.isCancelled()) {
            return MeetingStatus.CANCELLED;
        }
        if (!m.hasAttendance()) {
            return !m.officers().isEmpty() && m.officers().stream()
                    .allMatch(o -> o.response() == OfficerResponse.DECLINED_WITH_ADVICE)
                    ? MeetingStatus.WRITTEN_ADVICE : MeetingStatus.AWAITING_OFFICERS;
        }
        if (m.meetingDate().isAfter(day)) {
            return MeetingStatus.ARRANGED;
        }
        boolean allDone = m.moNotifiedOn() != null && others(groups, m).stream().allMatch(g ->
                m.notification(g.id()).isPresent() && (!m.kind().isBriefing() || m.offer(g.id()).isPresent()));
        return allDone ? MeetingStatus.COMPLETE : MeetingStatus.CONTROLS_OUTSTANDING;
    }

    /**
     * Requests whose reference, subject, group, place or officers contain {@code text}, ignoring
     * case; the newest first.
     */
    public List<GroupMeeting> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(java.util.Locale.UK);
        List<GroupMeeting> all = repository.all();
        java.util.function.LongFunction<String> officerName = officerNames(all);
        return all.stream().filter(m -> {
            StringBuilder haystack = new StringBuilder().append(m.reference()).append(' ').append(m.subject())
                    .append(' ').append(groupName(m.groupId())).append(' ').append(m.where())
                    .append(' ').append(memberName(m.requestedByMemberId()));
            m.officers().forEach(o -> haystack.append(' ').append(officerName.apply(o.officerId())));
            return haystack.toString().toLowerCase(java.util.Locale.UK).contains(wanted);
        }).sorted(Comparator.comparing(GroupMeeting::reference).reversed()).toList();
    }

    /** The groups other than the one that asked: those the Monitoring Officer tells and offers the briefing to. */
    public List<PoliticalGroup> otherGroups(GroupMeeting meeting) {
        return people.groups().stream().filter(g -> g.id() != meeting.groupId()).toList();
    }

    private Optional<PoliticalGroup> group(long groupId) {
        return people.groups().stream().filter(g -> g.id() == groupId).findFirst();
    }

    // Saving

    /** Records a new request or changes an existing one; refused, naming the fields, if anything is wrong. */
    public GroupMeeting save(GroupMeeting meeting) {
        GroupMeeting clean = tidy(meeting);
        validate(clean).throwIfInvalid();
        if (clean.id() == null) {
            return transactions.inTransaction(() -> {
                GroupMeeting stored = repository.insert(clean);
                audit.created(GROUP_MEETING, stored.id(), stored.reference().toString(), values(stored));
                return stored;
            });
        }
        GroupMeeting before = existing(clean.id());
        return store(before, clean.withIdentity(before.id(), before.reference()));
    }

    public void delete(long id) {
        GroupMeeting before = existing(id);
        transactions.inTransaction(() -> {
            repository.delete(id);
            audit.deleted(GROUP_MEETING, id, before.reference().toString(), values(before));
        });
    }

    /** Records that an attending officer told the Monitoring Officer of the attendance and its subject. */
    public GroupMeeting recordMonitoringOfficerTold(long meetingId, LocalDate on, Long byOfficerId) {
        GroupMeeting before = existing(meetingId);
        new Validation().required("moNotifiedOn", "The date the Monitoring Officer was told", on).throwIfInvalid();
        return update(before, before.withMoNotified(on, byOfficerId));
    }

    /** Records (or replaces) the Monitoring Officer's notice to one other group. */
    public GroupMeeting recordGroupTold(long meetingId, long groupId, LocalDate on, NotificationMethod how) {
        GroupMeeting before = existing(meetingId);
        new Validation().required("notifications", "The date the group was told", on)
                .required("notifications", "How the group was told", how).throwIfInvalid();
        List<GroupNotification> notifications = new ArrayList<>(before.notifications().stream()
                .filter(n -> n.groupId() != groupId).toList());
        notifications.add(new GroupNotification(null, groupId, on, how));
        return update(before, before.withNotifications(notifications));
    }

    /** Records (or replaces) the offer of the same briefing to one other group and its answer. */
    public GroupMeeting recordOffer(long meetingId, long groupId, LocalDate offeredOn, OfferAnswer answer,
                                    LocalDate briefingDate) {
        GroupMeeting before = existing(meetingId);
        new Validation().required("offers", "The date the briefing was offered", offeredOn).throwIfInvalid();
        List<ParityOffer> offers = new ArrayList<>(before.offers().stream()
                .filter(o -> o.groupId() != groupId).toList());
        offers.add(new ParityOffer(null, groupId, offeredOn, answer, briefingDate));
        return update(before, before.withOffers(offers));
    }

    /**
     * Records that the notice went to every other group not yet told, on {@code on} and by
     * {@code how}; for a briefing, the notice also offers the same briefing, so each group not
     * yet offered it is recorded as offered, awaiting its reply.
     */
    public GroupMeeting recordNotificationsSent(long meetingId, LocalDate on, NotificationMethod how) {
        GroupMeeting before = existing(meetingId);
        new Validation().required("notifications", "The date the notice was sent", on)
                .required("notifications", "How the notice was sent", how)
                .check(before.hasAttendance(), "notifications",
                        "No officer attends this meeting, so there is nothing to tell the other groups.")
                .throwIfInvalid();
        List<GroupNotification> notifications = new ArrayList<>(before.notifications());
        List<ParityOffer> offers = new ArrayList<>(before.offers());
        for (PoliticalGroup other : otherGroups(before)) {
            if (before.notification(other.id()).isEmpty()) {
                notifications.add(new GroupNotification(null, other.id(), on, how));
            }
            if (before.kind().isBriefing() && before.offer(other.id()).isEmpty()) {
                offers.add(new ParityOffer(null, other.id(), on, OfferAnswer.NO_REPLY, null));
            }
        }
        return update(before, before.withNotifications(notifications).withOffers(offers));
    }

    private GroupMeeting update(GroupMeeting before, GroupMeeting after) {
        validate(after).throwIfInvalid();
        return store(before, after);
    }

    private GroupMeeting store(GroupMeeting before, GroupMeeting after) {
        return transactions.inTransaction(() -> {
            if (repository.find(before.id()).isEmpty()) {
                throw new ValidationException("id", "This request no longer exists; it may have been deleted.");
            }
            repository.update(after);
            GroupMeeting stored = repository.find(after.id()).orElseThrow();
            audit.changed(GROUP_MEETING, stored.id(), stored.reference().toString(), values(before), values(stored));
            return stored;
        });
    }

    private GroupMeeting existing(Long id) {
        if (id == null) {
            throw new ValidationException("id", "This request has not been saved yet.");
        }
        return repository.find(id)
                .orElseThrow(() -> new ValidationException("id", "This request no longer exists."));
    }

    private static GroupMeeting tidy(GroupMeeting m) {
        List<OfficerAttendance> officers = m.officers().stream()
                .map(o -> new OfficerAttendance(o.id(), o.officerId(), o.response(), o.respondedOn(),
                        blankToNull(o.writtenAdvice()), o.accompanied()))
                .toList();
        return new GroupMeeting(m.id(), m.reference(), m.groupId(), m.requestedByMemberId(), m.requesterRole(),
                m.requestedOn(), m.kind(), m.meetingDate(), m.startTime(), blankToNull(m.place()), m.online(),
                m.subject() == null ? null : m.subject().trim(), m.nonMembersPresent(), m.crossParty(),
                m.authorisationRequestedOn(), m.authorisationGivenOn(), m.moNotifiedOn(), m.moNotifiedByOfficerId(),
                m.cancelledOn(), blankToNull(m.notes()), officers, m.notifications(), m.offers());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Checks a request and its controls without saving; the problems name the fields. */
    public Validation validate(GroupMeeting m) {
        LocalDate today = today();
        Validation v = new Validation()
                .required("requesterRole", "Whether the group leader or a member asked", m.requesterRole())
                .required("requestedOn", "The date asked", m.requestedOn())
                .required("kind", "The kind of meeting", m.kind())
                .required("meetingDate", "The date of the meeting", m.meetingDate())
                .required("subject", "The subject", m.subject())
                .maxLength("subject", "The subject", m.subject(), 1000)
                .maxLength("place", "The place", m.place(), 300)
                .maxLength("notes", "The notes", m.notes(), 4000)
                .check(m.online() || m.place() != null, "place", "Say where the meeting is held, or that it is online.")
                .check(m.requestedOn() == null || !m.requestedOn().isAfter(today), "requestedOn",
                        "The date asked cannot be in the future.")
                .notBefore("meetingDate", "The date of the meeting", m.meetingDate(), "the date asked",
                        m.requestedOn());
        v.check(group(m.groupId()).isPresent(), "group", "The group that asked must be one of the political groups.");
        v.check(people.member(m.requestedByMemberId()).isPresent(), "requestedBy",
                "Who asked must be a member in the people directory.");

        checkOfficers(v, m);
        checkControls(v, m, today);
        checkOtherGroups(v, m, today);
        return v;
    }

    private void checkOfficers(Validation v, GroupMeeting m) {
        v.check(!m.officers().isEmpty(), "officers", "Name at least one officer asked to attend.");
        Set<Long> seen = new HashSet<>();
        for (OfficerAttendance o : m.officers()) {
            Optional<Officer> officer = people.officer(o.officerId());
            String name = officer.map(Officer::displayName).orElse("An officer");
            v.check(officer.isPresent(), "officers", "Every officer asked must be in the people directory.");
            v.check(seen.add(o.officerId()), "officers", name + " is named more than once.");
            if (o.response() == OfficerResponse.DECLINED_WITH_ADVICE) {
                v.check(o.writtenAdvice() != null && !o.writtenAdvice().isBlank(), "writtenAdvice",
                        "The written advice is required: " + name + " declined to attend and gave written advice "
                                + "instead.");
            }
            v.maxLength("writtenAdvice", "The written advice from " + name, o.writtenAdvice(), 4000);
            v.check(o.respondedOn() == null || !o.respondedOn().isAfter(today()), "officers",
                    "The date " + name + " answered cannot be in the future.");
            v.notBefore("officers", "The date " + name + " answered", o.respondedOn(), "the date asked",
                    m.requestedOn());
        }
    }

    private void checkControls(Validation v, GroupMeeting m, LocalDate today) {
        v.notBefore("moNotifiedOn", "The date the Monitoring Officer was told", m.moNotifiedOn(),
                "the date of the meeting", m.meetingDate());
        v.check(m.moNotifiedOn() == null || !m.moNotifiedOn().isAfter(today), "moNotifiedOn",
                "The date the Monitoring Officer was told cannot be in the future.");
        v.check(m.moNotifiedOn() == null || m.hasAttendance() || m.isCancelled(), "moNotifiedOn",
                "No officer attends this meeting, so there is no attendance to report to the Monitoring Officer.");
        if (m.moNotifiedByOfficerId() != null) {
            v.check(m.officers().stream().anyMatch(o -> o.officerId() == m.moNotifiedByOfficerId() && o.attends()),
                    "moNotifiedBy", "The officer who told the Monitoring Officer must be one of those attending.");
        }
        v.check(m.authorisationGivenOn() == null || m.authorisationRequestedOn() != null, "authorisationRequestedOn",
                "Give the date the Chief Executive's authorisation was asked for.");
        v.notBefore("authorisationGivenOn", "The date of the Chief Executive's authorisation",
                m.authorisationGivenOn(), "the date it was asked for", m.authorisationRequestedOn());
        v.check(m.authorisationRequestedOn() == null || !m.authorisationRequestedOn().isAfter(today),
                "authorisationRequestedOn", "The date authorisation was asked for cannot be in the future.");
        v.check(m.authorisationGivenOn() == null || !m.authorisationGivenOn().isAfter(today),
                "authorisationGivenOn", "The date of the Chief Executive's authorisation cannot be in the future.");
        v.notBefore("cancelledOn", "The date the meeting was cancelled", m.cancelledOn(), "the date asked",
                m.requestedOn());
    }

    private void checkOtherGroups(Validation v, GroupMeeting m, LocalDate today) {
        Set<Long> notified = new HashSet<>();
        for (GroupNotification n : m.notifications()) {
            String name = groupName(n.groupId());
            v.check(n.groupId() != m.groupId(), "notifications",
                    "The group that asked is not told of its own meeting; choose another group.");
            v.check(group(n.groupId()).isPresent(), "notifications", "Every group told must be a political group.");
            v.check(notified.add(n.groupId()), "notifications", "The " + name + " is recorded as told twice.");
            v.required("notifications", "How the " + name + " was told", n.how());
            v.required("notifications", "The date the " + name + " was told", n.notifiedOn());
            v.notBefore("notifications", "The date the " + name + " was told", n.notifiedOn(),
                    "the date of the meeting", m.meetingDate());
            v.check(n.notifiedOn() == null || !n.notifiedOn().isAfter(today), "notifications",
                    "The date the " + name + " was told cannot be in the future.");
        }
        Set<Long> offered = new HashSet<>();
        for (ParityOffer o : m.offers()) {
            String name = groupName(o.groupId());
            v.check(o.groupId() != m.groupId(), "offers",
                    "The group that asked already has the briefing; offer it to another group.");
            v.check(group(o.groupId()).isPresent(), "offers", "Every group offered the briefing must be a "
                    + "political group.");
            v.check(offered.add(o.groupId()), "offers", "The " + name + " is recorded as offered twice.");
            v.required("offers", "The date the briefing was offered to the " + name, o.offeredOn());
            v.notBefore("offers", "The date the briefing was offered to the " + name, o.offeredOn(),
                    "the date asked", m.requestedOn());
            v.check(o.offeredOn() == null || !o.offeredOn().isAfter(today), "offers",
                    "The date the briefing was offered to the " + name + " cannot be in the future.");
            v.notBefore("offers", "The date of the " + name + "'s briefing", o.briefingDate(),
                    "the date it was offered", o.offeredOn());
            v.check(o.briefingDate() == null || o.answer() == OfferAnswer.ACCEPTED, "offers",
                    "The " + name + " has a briefing date, so record that it accepted the offer.");
        }
    }

    /**
     * What the record should show even though it may be saved: the Chief Executive's
     * authorisation missing, an officer attending alone, non-members present.
     */
    public List<FieldProblem> warnings(GroupMeeting m) {
        List<FieldProblem> warnings = new ArrayList<>();
        if (m.isCancelled()) {
            return warnings;
        }
        if (m.authorisationMissing()) {
            warnings.add(new FieldProblem("authorisationGivenOn", "This meeting with another body's "
                    + "representatives is not cross-party, so it needs the Chief Executive's prior authorisation "
                    + "(002 para 9.2), which is not recorded."));
        } else if (m.needsAuthorisation() && m.meetingDate() != null
                && m.authorisationGivenOn().isAfter(m.meetingDate())) {
            warnings.add(new FieldProblem("authorisationGivenOn", "The Chief Executive's authorisation was given "
                    + "after the meeting, not before it."));
        }
        m.officerAlone().ifPresent(o -> warnings.add(new FieldProblem("officers", officerName(o.officerId())
                + " is the only officer attending; officers should not attend alone (001 para 16).")));
        if (m.nonMembersPresent() && m.hasAttendance()) {
            warnings.add(new FieldProblem("nonMembersPresent", "People who are not members will be present: "
                    + "officers limit confidential and personal information (004 para 8.5.3)."));
        }
        return warnings;
    }

    // Alerts

    /** Every control not yet done as of {@code today}, earliest due first. */
    public List<GroupMeetingAlert> alerts(LocalDate today) {
        return alerts(today, repository.all());
    }

    /** As {@link #alerts(LocalDate)} for requests already read, so a list screen reads the register once. */
    public List<GroupMeetingAlert> alerts(LocalDate today, List<GroupMeeting> meetings) {
        GroupMeetingTargets targets = targets();
        WorkingDayCalendar days = calendar.calendar();
        List<PoliticalGroup> groups = people.groups();
        // Names read once: a large register has tens of thousands of requests.
        Map<Long, String> groupNames = new HashMap<>();
        groups.forEach(g -> groupNames.put(g.id(), g.name()));
        java.util.function.LongFunction<String> officerName = officerNames(meetings);
        List<GroupMeetingAlert> alerts = new ArrayList<>();
        for (GroupMeeting m : meetings) {
            if (m.isCancelled()) {
                continue;
            }
            String label = m.reference() + " " + m.kind().label().toLowerCase(java.util.Locale.UK) + " ("
                    + groupNames.getOrDefault(m.groupId(), "(removed group)") + ", " + UkDates.display(m.meetingDate()) + ")";
            boolean held = !m.meetingDate().isAfter(today);
            if (held && m.hasAttendance()) {
                if (m.moNotifiedOn() == null) {
                    alerts.add(new GroupMeetingAlert(AlertRule.MONITORING_OFFICER_NOT_TOLD, m.id(), m.reference(),
                            days.due(m.meetingDate(), targets.moNotificationDays()).due(),
                            "Report attendance and subject to the Monitoring Officer: " + label,
                            m.attendingOfficers().stream().map(o -> officerName.apply(o.officerId()))
                                    .collect(Collectors.joining(", "))));
                }
                List<String> notTold = others(groups, m).stream()
                        .filter(g -> m.notification(g.id()).isEmpty()).map(PoliticalGroup::name).toList();
                if (!notTold.isEmpty()) {
                    alerts.add(new GroupMeetingAlert(AlertRule.OTHER_GROUPS_NOT_TOLD, m.id(), m.reference(),
                            days.due(groupNoticeCountedFrom(m), targets.groupNotificationDays()).due(),
                            "Tell the other groups (" + String.join(", ", notTold) + "): " + label,
                            StatutoryRole.MONITORING_OFFICER.label()));
                }
                List<String> notOffered = m.kind().isBriefing() ? others(groups, m).stream()
                        .filter(g -> m.offer(g.id()).isEmpty()).map(PoliticalGroup::name).toList() : List.of();
                if (!notOffered.isEmpty()) {
                    alerts.add(new GroupMeetingAlert(AlertRule.SAME_BRIEFING_NOT_OFFERED, m.id(), m.reference(),
                            days.due(m.meetingDate(), targets.parityOfferDays()).due(),
                            "Offer the same briefing (" + String.join(", ", notOffered) + "): " + label,
                            StatutoryRole.MONITORING_OFFICER.label()));
                }
            }
            if (!m.meetingDate().isBefore(today)) {
                m.officerAlone().ifPresent(o -> alerts.add(new GroupMeetingAlert(AlertRule.OFFICER_ALONE, m.id(),
                        m.reference(), workingDaysBefore(days, m.meetingDate(), targets.companionDays()),
                        "Arrange a second officer to attend with " + officerName.apply(o.officerId()) + ": "
                                + label, officerName.apply(o.officerId()))));
                boolean officerMayAttend = m.officers().stream()
                        .anyMatch(o -> o.response() != OfficerResponse.DECLINED_WITH_ADVICE);
                if (m.authorisationMissing() && officerMayAttend) {
                    alerts.add(new GroupMeetingAlert(AlertRule.AUTHORISATION_MISSING, m.id(), m.reference(),
                            workingDaysBefore(days, m.meetingDate(), targets.authorisationDays()),
                            "Obtain the Chief Executive's authorisation: " + label,
                            StatutoryRole.HEAD_OF_PAID_SERVICE.label()));
                }
            }
        }
        alerts.sort(Comparator.comparing(GroupMeetingAlert::due).thenComparing(GroupMeetingAlert::reference)
                .thenComparing(GroupMeetingAlert::rule));
        return List.copyOf(alerts);
    }

    /** The Monitoring Officer can tell the others only once told; until then the count runs from the meeting. */
    private static LocalDate groupNoticeCountedFrom(GroupMeeting m) {
        return m.moNotifiedOn() != null ? m.moNotifiedOn() : m.meetingDate();
    }

    private static List<PoliticalGroup> others(List<PoliticalGroup> groups, GroupMeeting m) {
        return groups.stream().filter(g -> g.id() != m.groupId()).toList();
    }

    /**
     * The names of the officers named on {@code meetings}, read together: a large authority has
     * tens of thousands of officers but only a few hundred attend groups.
     */
    public java.util.function.LongFunction<String> officerNames(java.util.Collection<GroupMeeting> meetings) {
        Map<Long, org.probity.people.OfficerName> names = people.officerNames(meetings.stream()
                .flatMap(m -> m.officers().stream().map(OfficerAttendance::officerId))
                .collect(Collectors.toSet()));
        return id -> {
            org.probity.people.OfficerName name = names.get(id);
            return name == null ? "(removed officer)" : name.displayName();
        };
    }

    /** The day by which {@code workingDays} working days are still left before {@code day}. */
    static LocalDate workingDaysBefore(WorkingDayCalendar days, LocalDate day, int workingDays) {
        LocalDate date = day;
        int counted = 0;
        while (counted < workingDays) {
            date = date.minusDays(1);
            if (days.isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The deadlines counted forward from a date, open on every request: the calendar counts
     * them again when a bank holiday or closure day is added, and lists those that move.
     */
    public List<OpenDeadline> openDeadlines() {
        GroupMeetingTargets targets = targets();
        WorkingDayCalendar days = calendar.calendar();
        List<PoliticalGroup> groups = people.groups();
        List<OpenDeadline> open = new ArrayList<>();
        for (GroupMeeting m : repository.all()) {
            if (!m.hasAttendance()) {
                continue;
            }
            String id = String.valueOf(m.id());
            if (m.moNotifiedOn() == null) {
                open.add(new OpenDeadline(GROUP_MEETING, id, m.reference() + " report to the Monitoring Officer",
                        m.meetingDate(), targets.moNotificationDays(),
                        days.due(m.meetingDate(), targets.moNotificationDays()).due()));
            }
            if (others(groups, m).stream().anyMatch(g -> m.notification(g.id()).isEmpty())) {
                LocalDate from = groupNoticeCountedFrom(m);
                open.add(new OpenDeadline(GROUP_MEETING, id, m.reference() + " notice to the other groups", from,
                        targets.groupNotificationDays(), days.due(from, targets.groupNotificationDays()).due()));
            }
            if (m.kind().isBriefing() && others(groups, m).stream().anyMatch(g -> m.offer(g.id()).isEmpty())) {
                open.add(new OpenDeadline(GROUP_MEETING, id, m.reference() + " same briefing offered",
                        m.meetingDate(), targets.parityOfferDays(),
                        days.due(m.meetingDate(), targets.parityOfferDays()).due()));
            }
        }
        return open;
    }

    // Targets

    public GroupMeetingTargets targets() {
        return repository.targets().orElse(GroupMeetingTargets.defaults());
    }

    public GroupMeetingTargets saveTargets(GroupMeetingTargets targets) {
        Validation v = new Validation();
        checkTarget(v, "moNotificationDays", "The days for the officer's report", targets.moNotificationDays());
        checkTarget(v, "groupNotificationDays", "The days for telling the other groups",
                targets.groupNotificationDays());
        checkTarget(v, "parityOfferDays", "The days for offering the same briefing", targets.parityOfferDays());
        checkTarget(v, "authorisationDays", "The days for the Chief Executive's authorisation",
                targets.authorisationDays());
        checkTarget(v, "companionDays", "The days for arranging a second officer", targets.companionDays());
        v.throwIfInvalid();
        return transactions.inTransaction(() -> {
            GroupMeetingTargets before = targets();
            repository.saveTargets(targets);
            audit.changed(TARGETS, 1, "Group meeting targets", before.auditValues(), targets.auditValues());
            return targets;
        });
    }

    private static void checkTarget(Validation v, String field, String label, int days) {
        v.check(days >= 0 && days <= MAX_TARGET_DAYS, field, label + " must be a whole number from 0 to "
                + MAX_TARGET_DAYS + " working days.");
    }

    // Parity

    /** Groups against the briefings held from {@code from} to {@code to} inclusive. */
    public ParityMatrix parity(LocalDate from, LocalDate to) {
        new Validation().required("from", "The start of the period", from).required("to", "The end of the period", to)
                .notBefore("to", "The end of the period", to, "its start", from).throwIfInvalid();
        List<PoliticalGroup> groups = people.groups();
        Map<Long, String> groupNames = new HashMap<>();
        groups.forEach(g -> groupNames.put(g.id(), g.name()));
        List<GroupMeeting> briefings = briefings(repository.meetingDates(from, to.plusDays(1)));
        java.util.function.LongFunction<String> officerName = officerNames(briefings);
        List<ParityMatrix.Cell> cells = cells(briefings, groups);
        List<ParityMatrix.GroupTotals> groupTotals = groupTotals(groups, cells);
        Map<Long, int[]> officerCounts = new LinkedHashMap<>();
        Map<Long, Map<Long, Integer>> byGroup = new HashMap<>();
        for (GroupMeeting m : briefings) {
            for (OfficerAttendance o : m.officers()) {
                int[] counts = officerCounts.computeIfAbsent(o.officerId(), k -> new int[2]);
                if (o.attends()) {
                    counts[0]++;
                    byGroup.computeIfAbsent(o.officerId(), k -> new HashMap<>()).merge(m.groupId(), 1, Integer::sum);
                } else if (o.response() == OfficerResponse.DECLINED_WITH_ADVICE) {
                    counts[1]++;
                }
            }
        }
        List<ParityMatrix.OfficerTotals> officerTotals = officerCounts.entrySet().stream()
                .map(e -> new ParityMatrix.OfficerTotals(e.getKey(), officerName.apply(e.getKey()), e.getValue()[0],
                        e.getValue()[1], byGroup.getOrDefault(e.getKey(), Map.of())))
                .sorted(Comparator.comparing(ParityMatrix.OfficerTotals::name))
                .toList();
        return new ParityMatrix(from, to,
                groups.stream().map(g -> new ParityMatrix.Group(g.id(), g.name(), g.shortName())).toList(),
                briefings.stream().map(m -> new ParityMatrix.Briefing(m.id(), m.reference(), m.meetingDate(),
                        m.kind(), m.subject(), m.groupId(), groupNames.getOrDefault(m.groupId(), "(removed group)"),
                        m.officers().stream().map(o -> officerName.apply(o.officerId())).toList())).toList(),
                cells, groupTotals, officerTotals);
    }

    /**
     * Each group's totals in the parity matrix of {@code meetings}, requests as {@link #meetings(LocalDate,
     * LocalDate)} reads them: the same figures as {@link #parity}'s for the period they cover, without reading
     * the requests again.
     */
    public List<ParityMatrix.GroupTotals> parityTotals(List<GroupMeeting> meetings) {
        List<PoliticalGroup> groups = people.groups();
        return groupTotals(groups, cells(briefings(meetings), groups));
    }

    /** The briefings among {@code meetings} that were not cancelled, in date order. */
    private static List<GroupMeeting> briefings(List<GroupMeeting> meetings) {
        return meetings.stream().filter(m -> m.kind().isBriefing() && !m.isCancelled())
                .sorted(Comparator.comparing(GroupMeeting::meetingDate).thenComparing(GroupMeeting::reference))
                .toList();
    }

    private static List<ParityMatrix.Cell> cells(List<GroupMeeting> briefings, List<PoliticalGroup> groups) {
        List<ParityMatrix.Cell> cells = new ArrayList<>();
        for (GroupMeeting m : briefings) {
            for (PoliticalGroup g : groups) {
                cells.add(cell(g.id(), m));
            }
        }
        return cells;
    }

    private static List<ParityMatrix.GroupTotals> groupTotals(List<PoliticalGroup> groups,
                                                              List<ParityMatrix.Cell> cells) {
        return groups.stream().map(g -> {
            List<ParityStatus> row = cells.stream().filter(c -> c.groupId() == g.id()).map(ParityMatrix.Cell::status)
                    .toList();
            return new ParityMatrix.GroupTotals(g.id(), g.name(),
                    count(row, s -> s.name().startsWith("ASKED")), count(row, ParityStatus::given),
                    count(row, ParityStatus::offered),
                    count(row, s -> s == ParityStatus.OFFER_GIVEN || s == ParityStatus.OFFER_ACCEPTED),
                    count(row, s -> s == ParityStatus.OFFER_DECLINED), count(row, s -> s == ParityStatus.OFFER_NO_REPLY),
                    count(row, s -> s == ParityStatus.NOT_OFFERED));
        }).toList();
    }

    private static ParityMatrix.Cell cell(long groupId, GroupMeeting m) {
        if (groupId == m.groupId()) {
            ParityStatus status = m.hasAttendance() ? ParityStatus.ASKED_AND_GIVEN
                    : m.officers().stream().allMatch(o -> o.response() == OfficerResponse.DECLINED_WITH_ADVICE)
                    ? ParityStatus.ASKED_WRITTEN_ADVICE : ParityStatus.ASKED_AWAITING;
            return new ParityMatrix.Cell(groupId, m.id(), status,
                    status == ParityStatus.ASKED_AND_GIVEN ? m.meetingDate() : null);
        }
        Optional<ParityOffer> offer = m.offer(groupId);
        if (offer.isEmpty()) {
            return new ParityMatrix.Cell(groupId, m.id(),
                    m.hasAttendance() ? ParityStatus.NOT_OFFERED : ParityStatus.NOTHING_TO_OFFER, null);
        }
        ParityOffer o = offer.get();
        return switch (o.answer()) {
            case ACCEPTED -> o.briefingDate() != null
                    ? new ParityMatrix.Cell(groupId, m.id(), ParityStatus.OFFER_GIVEN, o.briefingDate())
                    : new ParityMatrix.Cell(groupId, m.id(), ParityStatus.OFFER_ACCEPTED, o.offeredOn());
            case DECLINED -> new ParityMatrix.Cell(groupId, m.id(), ParityStatus.OFFER_DECLINED, o.offeredOn());
            case NO_REPLY -> new ParityMatrix.Cell(groupId, m.id(), ParityStatus.OFFER_NO_REPLY, o.offeredOn());
        };
    }

    private static int count(List<ParityStatus> row, java.util.function.Predicate<ParityStatus> test) {
        return (int) row.stream().filter(test).count();
    }

    // The notice to the other groups

    /** The Monitoring Officer's notice to the leaders of the other groups about one meeting. */
    public GroupNotice notice(long meetingId) {
        GroupMeeting m = existing(meetingId);
        new Validation().check(m.hasAttendance(), "notifications",
                "No officer attends this meeting, so there is nothing to tell the other groups.").throwIfInvalid();
        String group = groupName(m.groupId());
        String officers = joinNames(m.attendingOfficers().stream().map(o -> people.officer(o.officerId())
                .map(x -> x.displayName() + (x.post() == null || x.post().isBlank() ? "" : " (" + x.post() + ")"))
                .orElse("(removed officer)")).toList());
        String when = UkDates.LONG.format(m.meetingDate());
        String what = switch (m.kind()) {
            case GROUP_MEETING -> "On " + when + " " + officers + " attended a meeting of the " + group
                    + " to brief it on " + quoted(m.subject()) + ".";
            case PRIVATE_BRIEFING -> "On " + when + " " + officers + " gave the " + group
                    + " a private briefing on " + quoted(m.subject()) + ".";
            case OTHER_BODY -> "On " + when + " " + officers + " attended a meeting arranged by the " + group
                    + " with representatives of another body, on " + quoted(m.subject()) + ".";
        };
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("The protocol on member and officer relations asks me to tell the other political groups "
                + "when an officer attends a group's meeting or gives a group a private briefing. " + what);
        if (m.kind().isBriefing()) {
            paragraphs.add("The same briefing is available to your group. If you would like it, please let me "
                    + "know and I will arrange a date with the officer" + (m.attendingOfficers().size() == 1 ? ""
                    : "s") + ".");
        }
        paragraphs.add("Our reference: " + m.reference() + ".");
        String signature = people.officers().stream()
                .filter(o -> o.statutoryRole() == StatutoryRole.MONITORING_OFFICER && !o.hasLeftBy(today()))
                .findFirst().map(o -> o.displayName() + "\n").orElse("")
                + StatutoryRole.MONITORING_OFFICER.label() + "\n" + people.profile().name();
        List<GroupNotice.Recipient> recipients = otherGroups(m).stream().map(g -> {
            Optional<Member> leader = g.leaderMemberId() == null ? Optional.empty()
                    : people.member(g.leaderMemberId());
            return new GroupNotice.Recipient(g.id(), g.name(), g.leaderMemberId(),
                    leader.map(Member::displayName).orElse(null), leader.map(Member::email).orElse(null));
        }).toList();
        String subject = (m.kind() == MeetingKind.OTHER_BODY ? "Officer attendance at a meeting arranged by the "
                : m.kind() == MeetingKind.GROUP_MEETING ? "Officer attendance at a meeting of the "
                : "Officer briefing given to the ") + group + " (" + m.reference() + ")";
        return new GroupNotice(m.id(), m.reference(), subject, recipients, paragraphs, signature);
    }

    /** Writes the notice as an e-mail draft to the leaders who have an address; returns the file written. */
    public Path writeEmailDraft(long meetingId, Path file) {
        GroupNotice notice = notice(meetingId);
        new Validation().check(!notice.withEmail().isEmpty(), "notifications",
                "None of the other groups' leaders has an e-mail address in the people directory; send the "
                        + "letters instead.").throwIfInvalid();
        return new EmailDraft(notice.withEmail().stream()
                .map(r -> new EmailDraft.Mailbox(r.leaderName(), r.email())).toList(),
                notice.subject(), notice.emailBody()).write(file);
    }

    /** Writes the notice as a letter to each other group's leader, a page each, as one PDF; returns the file. */
    public Path writeLetters(long meetingId, Path file) {
        return new NoticeLetter(people.profile().name(), today()).write(notice(meetingId), file);
    }

    /** A file name for the draft: "GRP-2026-0001 notice to groups.eml". */
    public static String draftFileName(MeetingReference reference) {
        return reference + " notice to groups.eml";
    }

    private static String quoted(String subject) {
        return "\u201C" + subject + "\u201D";
    }

    private static String joinNames(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    // Audit values

    public Map<String, String> values(GroupMeeting m) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Reference", m.reference() == null ? "" : m.reference().toString());
        values.put("Group", groupName(m.groupId()));
        values.put("Asked by", memberName(m.requestedByMemberId()) + " (" + m.requesterRole().label() + ")");
        values.put("Asked on", UkDates.display(m.requestedOn()));
        values.put("Kind", m.kind().label());
        values.put("Meeting date", UkDates.display(m.meetingDate()));
        values.put("Start time", m.startTime() == null ? "" : m.startTime().toString());
        values.put("Where", m.where());
        values.put("Subject", m.subject());
        values.put("Non-members present", m.nonMembersPresent() ? "Yes" : "No");
        values.put("Cross-party", m.crossParty() ? "Yes" : "No");
        values.put("Authorisation asked for", UkDates.display(m.authorisationRequestedOn()));
        values.put("Authorisation given", UkDates.display(m.authorisationGivenOn()));
        values.put("Monitoring Officer told", UkDates.display(m.moNotifiedOn())
                + (m.moNotifiedByOfficerId() == null ? "" : " by " + officerName(m.moNotifiedByOfficerId())));
        values.put("Cancelled on", UkDates.display(m.cancelledOn()));
        values.put("Notes", m.notes() == null ? "" : m.notes());
        values.put("Officers", m.officers().stream().map(o -> officerName(o.officerId()) + ": "
                + o.response().label() + (o.respondedOn() == null ? "" : " (" + UkDates.display(o.respondedOn()) + ")")
                + (o.accompanied() ? ", accompanied" : "")
                + (o.writtenAdvice() == null ? "" : ", advice: " + o.writtenAdvice()))
                .collect(Collectors.joining("; ")));
        values.put("Groups told", m.notifications().stream().map(n -> groupName(n.groupId()) + " "
                + UkDates.display(n.notifiedOn()) + " (" + n.how().label() + ")").collect(Collectors.joining("; ")));
        values.put("Same briefing offered", m.offers().stream().map(o -> groupName(o.groupId()) + " "
                + UkDates.display(o.offeredOn()) + " (" + o.answer().label()
                + (o.briefingDate() == null ? "" : ", briefed " + UkDates.display(o.briefingDate())) + ")")
                .collect(Collectors.joining("; ")));
        return values;
    }
}
