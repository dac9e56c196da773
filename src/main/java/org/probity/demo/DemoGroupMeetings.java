package org.probity.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.probity.common.ValidationException;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.groupmeetings.GroupNotification;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.ParityOffer;
import org.probity.groupmeetings.RequesterRole;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.storage.Transactions;

/**
 * Loads officers' attendance at group meetings and briefings for the demo authority, after its
 * people. Most records are complete, as in a well-run office, but some have the gaps the
 * register alerts on: attendance not reported to the Monitoring Officer, groups not told, the
 * same briefing not offered to every group, an officer going alone, and a meeting with another
 * body's representatives without the Chief Executive's authorisation. The most recent and the
 * coming meetings always include one of each, so every alert can be seen on the dashboard.
 * The same seed and scale give the same meetings; every one goes through
 * {@link GroupMeetingService}, validated and audited, in one transaction.
 */
public final class DemoGroupMeetings {

    static final List<String> SUBJECTS = List.of(
            "Draft budget and medium-term financial strategy", "Housing allocations policy review",
            "Local plan: call for sites", "Local plan: preferred options consultation",
            "Waste collection: move to three-weekly collections", "Council tax support scheme",
            "Leisure centre refurbishment options", "Town centre regeneration masterplan",
            "Homelessness and rough sleeping strategy", "Climate emergency action plan",
            "Car parking charges review", "Community safety partnership plan",
            "Planning enforcement backlog", "Capital programme priorities", "Fees and charges for next year",
            "Social housing repairs performance", "Licensing policy: taxis and private hire",
            "Procurement of the highways maintenance contract", "Flood resilience works",
            "Devolution deal: what it means for the council", "Revenues and benefits service changes",
            "Asset disposals: surplus land", "Children's play areas investment", "Air quality action plan",
            "Council housing rent setting", "Cost of living support", "Corporate plan refresh",
            "Review of polling districts and places", "Members' allowances: independent panel report",
            "Customer services: digital by default");

    static final List<String> PLACES = List.of("Committee Room 1", "Committee Room 2", "Group Room, Town Hall",
            "Members' Room", "Council Chamber anteroom", "Civic Centre, Meeting Room 3");

    private final GroupMeetingService meetings;
    private final PeopleService people;
    private final Transactions transactions;
    private final Clock clock;

    public DemoGroupMeetings(GroupMeetingService meetings, PeopleService people, Transactions transactions,
                             Clock clock) {
        this.meetings = meetings;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** What was loaded. */
    public record Loaded(int meetings, Duration took) {

        /** "Loaded 60 group meetings and briefings (4 s)." */
        public String describe() {
            return "Loaded " + meetings + (meetings == 1 ? " group meeting or briefing" : " group meetings and "
                    + "briefings") + " (" + Math.max(1, Math.round(took.toMillis() / 1000.0)) + " s).";
        }
    }

    /** How many meetings a scale makes, over how many years back from today. */
    static int count(DemoScale scale) {
        return scale == DemoScale.SMALL ? 60 : 20_000;
    }

    static int years(DemoScale scale) {
        return scale == DemoScale.SMALL ? 2 : 10;
    }

    public Loaded load(long seed, DemoScale scale) {
        if (meetings.count() > 0) {
            throw new ValidationException("dataFolder", "Demo group meetings can only be loaded into an empty "
                    + "register; this one already holds " + meetings.count() + ".");
        }
        long started = clock.millis();
        LocalDate today = LocalDate.now(clock);
        List<PoliticalGroup> groups = people.groups();
        List<Member> members = people.members();
        List<Officer> officers = people.officers().stream().filter(o -> o.tier() <= 4).toList();
        if (groups.size() < 2 || members.isEmpty() || officers.size() < 2) {
            throw new ValidationException("dataFolder", "Load the demo authority's people before its group meetings.");
        }
        List<GroupMeeting> drafts = new Plan(new SplittableRandom(seed ^ 0x6A09E667F3BCC908L), scale, today, groups,
                members, officers).drafts();
        int saved = transactions.inTransaction(() -> {
            int n = 0;
            for (GroupMeeting draft : drafts) {
                meetings.save(draft);
                n++;
            }
            return n;
        });
        return new Loaded(saved, Duration.ofMillis(clock.millis() - started));
    }

    /** The meetings worked out in memory, in the order they were asked for, so references follow the dates. */
    private static final class Plan {

        private final SplittableRandom random;
        private final DemoScale scale;
        private final LocalDate today;
        private final List<PoliticalGroup> groups;
        private final List<Member> members;
        private final List<Officer> officers;

        Plan(SplittableRandom random, DemoScale scale, LocalDate today, List<PoliticalGroup> groups,
             List<Member> members, List<Officer> officers) {
            this.random = random;
            this.scale = scale;
            this.today = today;
            this.groups = groups;
            this.members = members;
            this.officers = officers;
        }

        List<GroupMeeting> drafts() {
            int total = count(scale);
            LocalDate first = today.minusYears(years(scale));
            long span = today.plusDays(30).toEpochDay() - first.toEpochDay();
            List<LocalDate> dates = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                dates.add(weekday(first.plusDays(random.nextLong(span))));
            }
            dates.sort(Comparator.naturalOrder());
            // At least two meetings to come, whatever the draw, for the alerts that fall due before a meeting.
            for (int k = 0; k < 2 && dates.size() > k; k++) {
                int last = dates.size() - 1 - k;
                if (!dates.get(last).isAfter(today)) {
                    dates.set(last, weekday(today.plusDays(15 - 7L * k)));
                }
            }
            dates.sort(Comparator.naturalOrder());
            // The gaps every demo shows, on the latest held and the first coming meetings.
            List<Integer> held = new ArrayList<>();
            List<Integer> coming = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                (dates.get(i).isAfter(today) ? coming : held).add(i);
            }
            Map<Integer, Gap> planted = new java.util.HashMap<>();
            int h = held.size();
            if (h >= 4) {
                planted.put(held.get(h - 1), Gap.MO_NOT_TOLD);
                planted.put(held.get(h - 2), Gap.GROUPS_NOT_TOLD);
                planted.put(held.get(h - 3), Gap.OFFER_MISSING);
                planted.put(held.get(h - 4), Gap.OFFER_MISSING);
            }
            if (coming.size() >= 2) {
                planted.put(coming.get(0), Gap.ALONE);
                planted.put(coming.get(1), Gap.NO_AUTHORISATION);
            }
            List<GroupMeeting> drafts = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                drafts.add(meeting(dates.get(i), planted.get(i)));
            }
            drafts.sort(Comparator.comparing(GroupMeeting::requestedOn).thenComparing(GroupMeeting::meetingDate));
            return drafts;
        }

        private GroupMeeting meeting(LocalDate meetingDate, Gap planted) {
            boolean held = !meetingDate.isAfter(today);
            MeetingKind kind = planted == Gap.NO_AUTHORISATION ? MeetingKind.OTHER_BODY
                    : planted == Gap.OFFER_MISSING ? MeetingKind.PRIVATE_BRIEFING : kind();
            LocalDate requestedOn = earliest(meetingDate.minusDays(3 + random.nextInt(19)), today);
            PoliticalGroup group = group();
            List<Member> inGroup = members.stream()
                    .filter(m -> m.groupOn(meetingDate).filter(g -> g == (long) group.id()).isPresent()).toList();
            boolean leaderAsks = group.leaderMemberId() != null && random.nextInt(10) < 6
                    && inGroup.stream().anyMatch(m -> m.id().equals(group.leaderMemberId()));
            Member asking = leaderAsks ? members.stream().filter(m -> m.id().equals(group.leaderMemberId()))
                    .findFirst().orElseThrow()
                    : inGroup.isEmpty() ? members.get(random.nextInt(members.size()))
                    : inGroup.get(random.nextInt(inGroup.size()));
            boolean online = random.nextInt(10) < 2;
            String place = online && random.nextBoolean() ? null : PLACES.get(random.nextInt(PLACES.size()));
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            boolean crossParty = kind == MeetingKind.OTHER_BODY && planted != Gap.NO_AUTHORISATION
                    && random.nextInt(10) < 4;
            boolean nonMembers = kind == MeetingKind.OTHER_BODY ? random.nextInt(10) < 6 : random.nextInt(10) == 0;

            List<Officer> available = officers.stream()
                    .filter(o -> (o.startDate() == null || !o.startDate().isAfter(requestedOn))
                            && !o.hasLeftBy(meetingDate)).toList();
            List<Officer> pool = available.size() >= 2 ? available : officers;
            Officer firstOfficer = pool.get(random.nextInt(pool.size()));
            Officer second = pool.get(random.nextInt(pool.size()));
            boolean two = planted != Gap.ALONE && second != firstOfficer && random.nextInt(10) < 6;
            boolean declines = planted == null && random.nextInt(100) < 7;
            boolean awaiting = !held && planted == null && random.nextInt(10) < 3;
            LocalDate answered = earliest(requestedOn.plusDays(1 + random.nextInt(3)), today);
            List<OfficerAttendance> asked = new ArrayList<>();
            if (awaiting) {
                asked.add(OfficerAttendance.asked(firstOfficer.id()));
            } else if (declines) {
                asked.add(OfficerAttendance.declined(firstOfficer.id(), answered, "Written note on "
                        + subject.toLowerCase(java.util.Locale.UK) + " sent to the group instead of attending, "
                        + "as the matter is before a committee."));
            } else {
                boolean accompanied = two || planted == Gap.ALONE ? false : random.nextInt(10) < 8;
                asked.add(OfficerAttendance.attending(firstOfficer.id(), answered, accompanied));
            }
            if (two) {
                asked.add(awaiting ? OfficerAttendance.asked(second.id())
                        : OfficerAttendance.attending(second.id(), answered, false));
            }
            GroupMeeting m = GroupMeeting.requested(group.id(), asking.id(),
                    leaderAsks ? RequesterRole.GROUP_LEADER : RequesterRole.GROUP_MEMBER, requestedOn, kind,
                    meetingDate, LocalTime.of(random.nextInt(10) < 7 ? 18 : 10, random.nextBoolean() ? 0 : 30),
                    place, online, subject, asked).withCircumstances(nonMembers, crossParty);

            if (random.nextInt(100) < 3 && planted == null) {
                return m.withCancelled(earliest(requestedOn.plusDays(random.nextInt(3)), today));
            }
            if (m.needsAuthorisation() && planted != Gap.NO_AUTHORISATION && random.nextInt(100) < 88) {
                LocalDate asked1 = earliest(requestedOn.plusDays(1), today);
                LocalDate given = earliest(asked1.plusDays(1 + random.nextInt(3)), today);
                m = m.withAuthorisation(asked1, given);
            }
            if (!held || !m.hasAttendance()) {
                return m;
            }
            return controls(m, planted);
        }

        /** The Monitoring Officer's report, notices and offers after a held meeting, with the odd gap. */
        private GroupMeeting controls(GroupMeeting m, Gap planted) {
            long age = today.toEpochDay() - m.meetingDate().toEpochDay();
            // Recent meetings are often still in hand; a gap is caught up within months (chances per thousand).
            int missChance = age <= 7 ? 400 : age <= 60 ? 60 : age <= 150 ? 15 : 0;
            if (planted == Gap.MO_NOT_TOLD || (planted == null && random.nextInt(1000) < missChance)) {
                return m;
            }
            LocalDate moTold = earliest(m.meetingDate().plusDays(random.nextInt(4)), today);
            GroupMeeting told = m.withMoNotified(moTold, m.attendingOfficers().get(0).officerId());
            if (planted == Gap.GROUPS_NOT_TOLD || (planted == null && random.nextInt(1000) < missChance)) {
                return told;
            }
            LocalDate toldOn = earliest(moTold.plusDays(random.nextInt(4)), today);
            NotificationMethod how = random.nextInt(10) < 8 ? NotificationMethod.EMAIL
                    : random.nextBoolean() ? NotificationMethod.LETTER : NotificationMethod.IN_PERSON;
            List<PoliticalGroup> others = groups.stream().filter(g -> g.id() != told.groupId()).toList();
            // A group left out of the notice, now and again; the parity view shows it.
            Long skipped = planted == null && random.nextInt(1000) < missChance / 2
                    ? others.get(random.nextInt(others.size())).id() : null;
            Long notOffered = planted == Gap.OFFER_MISSING || (planted == null && random.nextInt(1000) < missChance / 2)
                    ? others.get(random.nextInt(others.size())).id() : null;
            List<GroupNotification> notices = new ArrayList<>();
            List<ParityOffer> offers = new ArrayList<>();
            for (PoliticalGroup g : others) {
                if (skipped != null && skipped == (long) g.id()) {
                    continue;
                }
                notices.add(new GroupNotification(null, g.id(), toldOn, how));
                if (told.kind().isBriefing() && (notOffered == null || notOffered != (long) g.id())) {
                    offers.add(offer(g.id(), toldOn));
                }
            }
            return told.withNotifications(notices).withOffers(offers);
        }

        private ParityOffer offer(long groupId, LocalDate offeredOn) {
            int answer = random.nextInt(10);
            if (answer < 3) {
                LocalDate briefing = offeredOn.plusDays(5 + random.nextInt(15));
                return new ParityOffer(null, groupId, offeredOn, OfferAnswer.ACCEPTED,
                        briefing.isAfter(today) && random.nextBoolean() ? null : weekday(briefing));
            }
            return new ParityOffer(null, groupId, offeredOn, answer < 7 ? OfferAnswer.DECLINED : OfferAnswer.NO_REPLY,
                    null);
        }

        private MeetingKind kind() {
            int k = random.nextInt(100);
            return k < 45 ? MeetingKind.GROUP_MEETING : k < 85 ? MeetingKind.PRIVATE_BRIEFING : MeetingKind.OTHER_BODY;
        }

        /** Groups ask unevenly, as they do: the chances fall down the list of groups. */
        private PoliticalGroup group() {
            int total = 0;
            for (int i = 0; i < groups.size(); i++) {
                total += groups.size() - i + 1;
            }
            int pick = random.nextInt(total);
            for (int i = 0; i < groups.size(); i++) {
                pick -= groups.size() - i + 1;
                if (pick < 0) {
                    return groups.get(i);
                }
            }
            return groups.get(groups.size() - 1);
        }

        private static LocalDate weekday(LocalDate day) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.minusDays(1)
                    : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
        }

        private static LocalDate earliest(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? b : a;
        }
    }

    private enum Gap { MO_NOT_TOLD, GROUPS_NOT_TOLD, OFFER_MISSING, ALONE, NO_AUTHORISATION }
}
