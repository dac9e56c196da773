package org.probity.groupmeetings.persistence;

import static org.probity.storage.schema.Tables.GROUP_MEETING;
import static org.probity.storage.schema.Tables.GROUP_MEETING_NOTIFICATION;
import static org.probity.storage.schema.Tables.GROUP_MEETING_OFFER;
import static org.probity.storage.schema.Tables.GROUP_MEETING_OFFICER;
import static org.probity.storage.schema.Tables.GROUP_MEETING_TARGETS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingRepository;
import org.probity.groupmeetings.GroupMeetingTargets;
import org.probity.groupmeetings.GroupNotification;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.MeetingReference;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.groupmeetings.ParityOffer;
import org.probity.groupmeetings.RequesterRole;
import org.probity.storage.IdSlices;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.GroupMeetingRecord;

/** Group meetings with their officers, notifications and offers as child rows; the targets in a one-row table. */
public final class JooqGroupMeetingRepository implements GroupMeetingRepository {

    private static final int TARGETS_ROW = 1;

    private final JooqSession session;

    public JooqGroupMeetingRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public GroupMeeting insert(GroupMeeting m) {
        int year = m.requestedOn().getYear();
        Integer max = dsl().select(DSL.max(GROUP_MEETING.REF_NUMBER)).from(GROUP_MEETING)
                .where(GROUP_MEETING.REF_YEAR.eq(year)).fetchOne(0, Integer.class);
        MeetingReference reference = new MeetingReference(year, max == null ? 1 : max + 1);
        GroupMeetingRecord r = dsl().newRecord(GROUP_MEETING);
        r.setRefYear(reference.year());
        r.setRefNumber(reference.number());
        fill(r, m);
        r.store();
        writeChildren(r.getId(), m);
        return find(r.getId()).orElseThrow();
    }

    @Override
    public void update(GroupMeeting m) {
        GroupMeetingRecord r = dsl().fetchSingle(GROUP_MEETING, GROUP_MEETING.ID.eq(m.id()));
        fill(r, m);
        r.store();
        dsl().deleteFrom(GROUP_MEETING_OFFICER).where(GROUP_MEETING_OFFICER.GROUP_MEETING_ID.eq(m.id())).execute();
        dsl().deleteFrom(GROUP_MEETING_NOTIFICATION).where(GROUP_MEETING_NOTIFICATION.GROUP_MEETING_ID.eq(m.id()))
                .execute();
        dsl().deleteFrom(GROUP_MEETING_OFFER).where(GROUP_MEETING_OFFER.GROUP_MEETING_ID.eq(m.id())).execute();
        writeChildren(m.id(), m);
    }

    @Override
    public void delete(long id) {
        dsl().deleteFrom(GROUP_MEETING).where(GROUP_MEETING.ID.eq(id)).execute();
    }

    private static void fill(GroupMeetingRecord r, GroupMeeting m) {
        r.setGroupId(m.groupId());
        r.setRequestedByMemberId(m.requestedByMemberId());
        r.setRequesterRole(m.requesterRole().name());
        r.setRequestedOn(m.requestedOn());
        r.setMeetingKind(m.kind().name());
        r.setMeetingDate(m.meetingDate());
        r.setStartTime(m.startTime());
        r.setPlace(m.place());
        r.setOnline(m.online());
        r.setSubject(m.subject());
        r.setNonMembersPresent(m.nonMembersPresent());
        r.setCrossParty(m.crossParty());
        r.setAuthorisationRequestedOn(m.authorisationRequestedOn());
        r.setAuthorisationGivenOn(m.authorisationGivenOn());
        r.setMoNotifiedOn(m.moNotifiedOn());
        r.setMoNotifiedByOfficerId(m.moNotifiedByOfficerId());
        r.setCancelledOn(m.cancelledOn());
        r.setNotes(m.notes());
    }

    private void writeChildren(long meetingId, GroupMeeting m) {
        for (OfficerAttendance o : m.officers()) {
            dsl().insertInto(GROUP_MEETING_OFFICER)
                    .set(GROUP_MEETING_OFFICER.GROUP_MEETING_ID, meetingId)
                    .set(GROUP_MEETING_OFFICER.OFFICER_ID, o.officerId())
                    .set(GROUP_MEETING_OFFICER.RESPONSE, o.response().name())
                    .set(GROUP_MEETING_OFFICER.RESPONDED_ON, o.respondedOn())
                    .set(GROUP_MEETING_OFFICER.WRITTEN_ADVICE, o.writtenAdvice())
                    .set(GROUP_MEETING_OFFICER.ACCOMPANIED, o.accompanied())
                    .execute();
        }
        for (GroupNotification n : m.notifications()) {
            dsl().insertInto(GROUP_MEETING_NOTIFICATION)
                    .set(GROUP_MEETING_NOTIFICATION.GROUP_MEETING_ID, meetingId)
                    .set(GROUP_MEETING_NOTIFICATION.GROUP_ID, n.groupId())
                    .set(GROUP_MEETING_NOTIFICATION.NOTIFIED_ON, n.notifiedOn())
                    .set(GROUP_MEETING_NOTIFICATION.NOTIFIED_HOW, n.how().name())
                    .execute();
        }
        for (ParityOffer o : m.offers()) {
            dsl().insertInto(GROUP_MEETING_OFFER)
                    .set(GROUP_MEETING_OFFER.GROUP_MEETING_ID, meetingId)
                    .set(GROUP_MEETING_OFFER.GROUP_ID, o.groupId())
                    .set(GROUP_MEETING_OFFER.OFFERED_ON, o.offeredOn())
                    .set(GROUP_MEETING_OFFER.ANSWER, o.answer().name())
                    .set(GROUP_MEETING_OFFER.BRIEFING_DATE, o.briefingDate())
                    .execute();
        }
    }

    @Override
    public Optional<GroupMeeting> find(long id) {
        return fetch(GROUP_MEETING.ID.eq(id), false).stream().findFirst();
    }

    @Override
    public Optional<GroupMeeting> find(MeetingReference reference) {
        return fetch(GROUP_MEETING.REF_YEAR.eq(reference.year())
                .and(GROUP_MEETING.REF_NUMBER.eq(reference.number())), false).stream().findFirst();
    }

    @Override
    public List<GroupMeeting> all() {
        return fetch(DSL.noCondition(), true);
    }

    @Override
    public List<GroupMeeting> meetingDates(java.time.LocalDate from, java.time.LocalDate before) {
        Condition condition = DSL.noCondition();
        if (from != null) {
            condition = condition.and(GROUP_MEETING.MEETING_DATE.ge(from));
        }
        if (before != null) {
            condition = condition.and(GROUP_MEETING.MEETING_DATE.lt(before));
        }
        return fetch(condition, from == null && before == null);
    }

    @Override
    public int count() {
        return dsl().fetchCount(GROUP_MEETING);
    }

    @Override
    public Map<Integer, Integer> heldByYear(java.time.LocalDate from, java.time.LocalDate to) {
        return org.probity.storage.YearCounts.count(dsl(), GROUP_MEETING, GROUP_MEETING.MEETING_DATE,
                GROUP_MEETING.CANCELLED_ON.isNull(), from, to);
    }

    /** The meetings that meet {@code condition}, with their child rows; {@code everyMeeting} when it is all of them. */
    private List<GroupMeeting> fetch(Condition condition, boolean everyMeeting) {
        List<GroupMeetingRecord> found = dsl().selectFrom(GROUP_MEETING).where(condition)
                .orderBy(GROUP_MEETING.REF_YEAR, GROUP_MEETING.REF_NUMBER).fetch();
        // The child rows by the meetings' ids rather than by joining the condition again: the database
        // then looks each meeting's rows up in the index instead of matching the whole register.
        List<Long> ids = found.stream().map(GroupMeetingRecord::getId).toList();
        Map<Long, List<OfficerAttendance>> officers = new HashMap<>();
        children(ids, everyMeeting, GROUP_MEETING_OFFICER.GROUP_MEETING_ID, in -> dsl()
                .selectFrom(GROUP_MEETING_OFFICER).where(in).orderBy(GROUP_MEETING_OFFICER.ID)
                .forEach(r -> officers.computeIfAbsent(r.getGroupMeetingId(), k -> new ArrayList<>())
                        .add(new OfficerAttendance(r.getId(), r.getOfficerId(),
                                OfficerResponse.valueOf(r.getResponse()), r.getRespondedOn(), r.getWrittenAdvice(),
                                r.getAccompanied()))));
        Map<Long, List<GroupNotification>> notifications = new HashMap<>();
        children(ids, everyMeeting, GROUP_MEETING_NOTIFICATION.GROUP_MEETING_ID, in -> dsl()
                .selectFrom(GROUP_MEETING_NOTIFICATION).where(in).orderBy(GROUP_MEETING_NOTIFICATION.ID)
                .forEach(r -> notifications.computeIfAbsent(r.getGroupMeetingId(), k -> new ArrayList<>())
                        .add(new GroupNotification(r.getId(), r.getGroupId(), r.getNotifiedOn(),
                                NotificationMethod.valueOf(r.getNotifiedHow())))));
        Map<Long, List<ParityOffer>> offers = new HashMap<>();
        children(ids, everyMeeting, GROUP_MEETING_OFFER.GROUP_MEETING_ID, in -> dsl()
                .selectFrom(GROUP_MEETING_OFFER).where(in).orderBy(GROUP_MEETING_OFFER.ID)
                .forEach(r -> offers.computeIfAbsent(r.getGroupMeetingId(), k -> new ArrayList<>())
                        .add(new ParityOffer(r.getId(), r.getGroupId(), r.getOfferedOn(),
                                OfferAnswer.valueOf(r.getAnswer()), r.getBriefingDate()))));
        List<GroupMeeting> meetings = new ArrayList<>(found.size());
        for (GroupMeetingRecord r : found) {
            meetings.add(new GroupMeeting(r.getId(), new MeetingReference(r.getRefYear(), r.getRefNumber()),
                    r.getGroupId(), r.getRequestedByMemberId(), RequesterRole.valueOf(r.getRequesterRole()),
                    r.getRequestedOn(), MeetingKind.valueOf(r.getMeetingKind()), r.getMeetingDate(),
                    r.getStartTime(), r.getPlace(), r.getOnline(), r.getSubject(), r.getNonMembersPresent(),
                    r.getCrossParty(), r.getAuthorisationRequestedOn(), r.getAuthorisationGivenOn(),
                    r.getMoNotifiedOn(), r.getMoNotifiedByOfficerId(), r.getCancelledOn(), r.getNotes(),
                    officers.getOrDefault(r.getId(), List.of()),
                    notifications.getOrDefault(r.getId(), List.of()), offers.getOrDefault(r.getId(), List.of())));
        }
        return meetings;
    }

    /** Reads the child rows of the meetings {@code ids}: all of them at once when every meeting is wanted. */
    private static void children(List<Long> ids, boolean everyMeeting, Field<Long> meetingId,
                                 Consumer<Condition> read) {
        if (everyMeeting) {
            read.accept(DSL.noCondition());
        } else {
            IdSlices.forEach(ids, meetingId, read);
        }
    }

    @Override
    public Optional<GroupMeetingTargets> targets() {
        return dsl().selectFrom(GROUP_MEETING_TARGETS).where(GROUP_MEETING_TARGETS.ID.eq(TARGETS_ROW))
                .fetchOptional(r -> new GroupMeetingTargets(r.getMoNotificationDays(), r.getGroupNotificationDays(),
                        r.getParityOfferDays(), r.getAuthorisationDays(), r.getCompanionDays()));
    }

    @Override
    public void saveTargets(GroupMeetingTargets t) {
        dsl().deleteFrom(GROUP_MEETING_TARGETS).where(GROUP_MEETING_TARGETS.ID.eq(TARGETS_ROW)).execute();
        dsl().insertInto(GROUP_MEETING_TARGETS)
                .set(GROUP_MEETING_TARGETS.ID, TARGETS_ROW)
                .set(GROUP_MEETING_TARGETS.MO_NOTIFICATION_DAYS, t.moNotificationDays())
                .set(GROUP_MEETING_TARGETS.GROUP_NOTIFICATION_DAYS, t.groupNotificationDays())
                .set(GROUP_MEETING_TARGETS.PARITY_OFFER_DAYS, t.parityOfferDays())
                .set(GROUP_MEETING_TARGETS.AUTHORISATION_DAYS, t.authorisationDays())
                .set(GROUP_MEETING_TARGETS.COMPANION_DAYS, t.companionDays())
                .execute();
    }
}
