package org.probity.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.common.ValidationException;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintProcedure;
import org.probity.complaints.ComplaintReference;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintRouting;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStage;
import org.probity.complaints.ParagraphVersion;
import org.probity.complaints.ProposedRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.complaints.StageTemplate;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.Tier;

/**
 * Fills the demo authority's register of complaints: small is about 60 complaints over the last
 * two years; large about 5 000 over ten years, across every direction, route and outcome. The
 * same seed, people and day give the same complaints. Each is worked out by the register's own
 * rules (the route the rules propose, stage targets counted on the authority's calendar, stage 2
 * by someone new) and written in batches without an audit entry for each.
 */
public final class DemoComplaints {

    public static final int SMALL_COUNT = 60;
    public static final int LARGE_COUNT = 5_000;

    private static final String[] SUMMARIES = {
        "Raised their voice at the officer in a corridor after a committee meeting.",
        "Pressed a junior officer to change a report's recommendation before publication.",
        "Commented on the officer's political views in a public meeting.",
        "Shared a confidential exempt report with a local campaign group.",
        "Lobbied the case officer repeatedly about a planning application in their ward.",
        "Sent a series of hostile e-mails copied to other members.",
        "Criticised the officer by name on social media.",
        "Did not reply to the member's requests for information over several weeks.",
        "Briefed one political group and not the others on the same matter.",
        "Made personal remarks about another member during a committee debate."};
    private static final String[] PARAGRAPHS = {"paras 30-31", "para 12", "paras 15-17", "para 23", "section 6",
        "section 12", "para 4(b)"};
    private static final String[] LEARNING = {"Remind members of the protocol at the next induction session.",
        "Agree a single point of contact for the member's casework.",
        "Add a section on social media to the members' training.", "Brief chairs on handling heated debate."};

    private final ComplaintService complaints;
    private final PeopleService people;
    private final WorkingDayCalendar calendar;

    public DemoComplaints(ComplaintService complaints, PeopleService people, WorkingDayCalendar calendar) {
        this.complaints = complaints;
        this.people = people;
        this.calendar = calendar;
    }

    /** What was loaded and how long it took. */
    public record Loaded(int complaints, Duration took) {

        public String describe() {
            return "Loaded " + complaints + " demo complaints.";
        }
    }

    /** Loads the complaints for the demo authority already in the data folder; the register must be empty. */
    public Loaded load(long seed, DemoScale scale) {
        long started = System.nanoTime();
        if (complaints.count() > 0) {
            throw new ValidationException("dataFolder", "Demo complaints can only be loaded into an empty register;"
                    + " this one already holds " + complaints.count() + ".");
        }
        List<Complaint> planned = plan(seed, scale);
        complaints.loadAll(planned);
        return new Loaded(planned.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * A paragraph of the protocol version in force on {@code received} when the demo protocol was
     * loaded first, else one of the free-text citations; {@code draw} picks it either way, so the
     * rest of the demo is the same with or without a protocol.
     */
    private String paragraph(LocalDate received, int draw, Map<LocalDate, Optional<ParagraphVersion>> versions) {
        Optional<ParagraphVersion> version = versions.computeIfAbsent(received, complaints::paragraphChoices);
        if (version.isEmpty() || version.get().paragraphs().isEmpty()) {
            return PARAGRAPHS[draw];
        }
        List<ParagraphVersion.ParagraphChoice> choices = version.get().paragraphs();
        return choices.get(draw * choices.size() / PARAGRAPHS.length + choices.size() / (2 * PARAGRAPHS.length))
                .key();
    }

    /** The complaints {@link #load} would write, worked out in memory. */
    public List<Complaint> plan(long seed, DemoScale scale) {
        LocalDate today = complaints.today();
        List<Member> members = people.members();
        List<Officer> officers = people.officers().stream().filter(o -> !o.hasLeftBy(today)).toList();
        if (members.size() < 2 || officers.isEmpty()) {
            return List.of();
        }
        List<Officer> staff = officers.stream().filter(o -> o.tier() > Tier.CHIEF_EXECUTIVE).toList();
        ComplaintRouting routing = new ComplaintRouting(officers, today);
        Long mo = routing.monitoringOfficer().map(Officer::id).orElse(null);
        Long chief = routing.chiefExecutive().map(Officer::id).orElse(null);
        List<Long> directors = officers.stream().filter(o -> o.tier() == Tier.DIRECTOR).map(Officer::id).toList();
        Map<String, ComplaintProcedure> procedures = new HashMap<>();
        // Each stage's targets as they apply now, read once rather than for every complaint.
        complaints.procedures().forEach(p -> procedures.put(p.code(), new ComplaintProcedure(p.id(), p.code(),
                p.name(), p.stages().stream().map(t -> complaints.targets(p.code(), t)).toList())));
        // A seed of its own, so the complaints do not change when the people generator draws differently.
        SplittableRandom random = new SplittableRandom(seed * 37 + 11);
        Map<LocalDate, Optional<ParagraphVersion>> versions = new HashMap<>();
        int count = scale == DemoScale.LARGE ? LARGE_COUNT : SMALL_COUNT;
        int days = (scale == DemoScale.LARGE ? 10 : 2) * 365;
        Officer subjectChief = officers.stream().filter(o -> o.tier() == Tier.CHIEF_EXECUTIVE).findFirst()
                .orElse(null);
        List<Complaint> planned = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // A register kept up to date has a few complaints from the last month still in hand.
            LocalDate received = today.minusDays(random.nextInt(100) < 12 ? random.nextInt(30)
                    : random.nextInt(days));
            while (!calendar.isWorkingDay(received)) {
                received = received.minusDays(1);
            }
            int roll = random.nextInt(100);
            ComplaintDirection direction = roll < 45 ? ComplaintDirection.OFFICER_ABOUT_MEMBER
                    : roll < 85 ? ComplaintDirection.MEMBER_ABOUT_OFFICER : ComplaintDirection.MEMBER_ABOUT_MEMBER;
            Member member = members.get(random.nextInt(members.size()));
            Officer officer = pickOfficer(random, staff, officers, subjectChief);
            PersonRef complainant;
            PersonRef subject;
            Optional<Officer> complainingOfficer = Optional.empty();
            Optional<Officer> subjectOfficer = Optional.empty();
            if (direction == ComplaintDirection.OFFICER_ABOUT_MEMBER) {
                Officer from = staff.get(random.nextInt(staff.size()));
                complainant = PersonRef.officer(from.id());
                subject = PersonRef.member(member.id());
                complainingOfficer = Optional.of(from);
            } else if (direction == ComplaintDirection.MEMBER_ABOUT_OFFICER) {
                complainant = PersonRef.member(member.id());
                subject = PersonRef.officer(officer.id());
                subjectOfficer = Optional.of(officer);
            } else {
                Member other = members.get(random.nextInt(members.size()));
                if (other.id().equals(member.id())) {
                    other = members.get((members.indexOf(member) + 1) % members.size());
                }
                complainant = PersonRef.member(member.id());
                subject = PersonRef.member(other.id());
            }
            boolean breach = direction == ComplaintDirection.OFFICER_ABOUT_MEMBER && random.nextInt(100) < 25;
            ProposedRoute proposed = routing.propose(direction, complainingOfficer, subjectOfficer, breach);
            ComplaintRoute route = proposed.route();
            String reason = null;
            String rule = proposed.rule();
            Long firstHandler = proposed.handlerId();
            if (route != ComplaintRoute.CODE_OF_CONDUCT && route != ComplaintRoute.MONITORING_OFFICER
                    && random.nextInt(100) < 3) {
                rule = "Proposed: " + route.label() + ". " + rule;
                route = ComplaintRoute.MONITORING_OFFICER;
                reason = "The proposed handler is a witness to the events.";
                firstHandler = mo;
            }
            ComplaintCategory category = direction == ComplaintDirection.MEMBER_ABOUT_MEMBER
                    ? (random.nextBoolean() ? ComplaintCategory.DISRESPECT : ComplaintCategory.BULLYING_OR_HARASSMENT)
                    : ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
            ComplaintProcedure procedure = procedures.get(route.procedureCode());
            Complaint base = new Complaint(null, null, received,
                    ReceivedHow.values()[random.nextInt(ReceivedHow.values().length)], direction, complainant,
                    subject, category, random.nextInt(3) == 0 ? null : paragraph(received,
                            random.nextInt(PARAGRAPHS.length), versions),
                    SUMMARIES[random.nextInt(SUMMARIES.length)], breach, route, rule, reason, procedure.code(),
                    List.of(), null, null, null, true);
            long age = today.toEpochDay() - received.toEpochDay();
            LocalDate horizon = age < 60 && random.nextInt(100) < 70 ? received.plusDays(random.nextLong(age + 1))
                    : today;
            planned.add(progress(base, procedure, firstHandler, random, horizon, mo, chief, directors));
        }
        planned.sort(Comparator.comparing(Complaint::receivedOn));
        Map<Integer, Integer> numbers = new HashMap<>();
        List<Complaint> numbered = new ArrayList<>(planned.size());
        for (Complaint c : planned) {
            int year = c.receivedOn().getYear();
            int number = numbers.merge(year, 1, Integer::sum);
            numbered.add(c.withRoute(new ComplaintReference(year, number), c.routeRule(), c.procedureCode()));
        }
        return numbered;
    }

    /** Most subjects are ordinary staff; a few are Directors and, rarely, the Chief Executive. */
    private static Officer pickOfficer(SplittableRandom random, List<Officer> staff, List<Officer> all,
                                       Officer chief) {
        int roll = random.nextInt(100);
        if (roll < 2 && chief != null) {
            return chief;
        }
        if (roll < 10) {
            List<Officer> directors = all.stream().filter(o -> o.tier() == Tier.DIRECTOR).toList();
            if (!directors.isEmpty()) {
                return directors.get(random.nextInt(directors.size()));
            }
        }
        return staff.get(random.nextInt(staff.size()));
    }

    /**
     * Takes a complaint through its procedure as far as {@code today} allows (an earlier day for
     * a recent complaint still in hand): each step a few working days after the last, now and
     * then late, with the outcome at the end.
     */
    private Complaint progress(Complaint c, ComplaintProcedure procedure, Long firstHandler, SplittableRandom random,
                               LocalDate today, Long mo, Long chief, List<Long> directors) {
        boolean conduct = ComplaintProcedure.CODE_OF_CONDUCT.equals(procedure.code());
        List<ComplaintStage> stages = new ArrayList<>();
        LocalDate cursor = c.receivedOn();
        Long handler = conduct ? mo : firstHandler;
        ComplaintOutcome outcome = null;
        for (StageTemplate t : procedure.stages()) {
            if (t.differentHandler()) {
                handler = differentHandler(stages, chief, mo, directors, random);
            }
            LocalDate ackDue = t.acknowledgeDays() == null ? null : after(cursor, t.acknowledgeDays());
            LocalDate respondDue = t.respondDays() == null ? null : after(cursor, t.respondDays());
            ComplaintStage stage = new ComplaintStage(null, t.number(), handler, cursor, ackDue, null, respondDue,
                    null, null, null, null, null, null, t.respondDays());
            if (ackDue != null) {
                LocalDate acked = after(cursor, 1 + random.nextInt(random.nextInt(100) < 8 ? 9 : 5));
                if (acked.isAfter(today)) {
                    stages.add(stage);
                    return c.withStages(stages);
                }
                stage = stage.acknowledged(acked);
            }
            if (t.allowsExtension() && random.nextInt(100) < 12) {
                int extra = 1 + random.nextInt(t.maxExtensionDays());
                stage = stage.extended(extra, "Awaiting information from a witness.", after(respondDue, extra));
            }
            if (t.independentPerson()) {
                LocalDate consulted = after(cursor, 1 + random.nextInt(5));
                if (!consulted.isAfter(today)) {
                    stage = stage.consulted(consulted, random.nextInt(4) == 0
                            ? "Considers no further action is needed." : "Agrees with the proposed course.");
                }
            }
            int span = t.respondDays() != null ? Math.max(1, t.respondDays() - 4 + random.nextInt(
                    random.nextInt(100) < 12 ? t.respondDays() : 6)) : 2 + random.nextInt(10);
            LocalDate done = after(cursor, span);
            if (stage.isExtended()) {
                done = after(cursor, Math.min(span, t.respondDays() + stage.extensionDays()));
            }
            if (stage.acknowledgedOn() != null && done.isBefore(stage.acknowledgedOn())) {
                done = stage.acknowledgedOn();
            }
            if (done.isAfter(today)) {
                stages.add(stage);
                return c.withStages(stages);
            }
            stages.add(stage.completed(done));
            cursor = done;
            outcome = endsHere(conduct, t.number(), procedure.isLast(t.number()), random);
            if (outcome != null) {
                break;
            }
        }
        ComplaintOutcome decided = outcome == null ? ComplaintOutcome.NOT_UPHELD : outcome;
        boolean notice = conduct && decided == ComplaintOutcome.UPHELD;
        LocalDate noticeOn = notice ? after(cursor, 2) : null;
        if (noticeOn != null && noticeOn.isAfter(today)) {
            noticeOn = cursor;
        }
        ComplaintDecision decision = new ComplaintDecision(decided, cursor,
                decided == ComplaintOutcome.UPHELD ? (conduct ? "Censure by the Standards Committee; training on"
                        + " the Code of Conduct." : "Written apology and a meeting with the Director.") : null,
                random.nextInt(3) == 0 ? LEARNING[random.nextInt(LEARNING.length)] : null, notice, noticeOn);
        Complaint closed = c.withStages(stages).withDecision(decision);
        LocalDate reviewOn = after(cursor, 5 + random.nextInt(10));
        if (random.nextInt(100) < 6 && !reviewOn.isAfter(today)) {
            closed = closed.withReview(reviewOn, random.nextBoolean() ? "Outcome confirmed." : null);
        }
        return closed;
    }

    /** Whether the complaint ends after this stage, and how; null to go on. */
    private static ComplaintOutcome endsHere(boolean conduct, int stage, boolean last, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (conduct) {
            if (stage == 1) {
                return roll < 5 ? ComplaintOutcome.WITHDRAWN : null;
            }
            if (stage == 2) {
                return roll < 55 ? ComplaintOutcome.NO_FURTHER_ACTION : roll < 65 ? ComplaintOutcome.RESOLVED_INFORMALLY
                        : null;
            }
            if (last) {
                return roll < 45 ? ComplaintOutcome.UPHELD : ComplaintOutcome.NOT_UPHELD;
            }
            return stage == 5 ? (roll < 50 ? ComplaintOutcome.UPHELD : roll < 90 ? ComplaintOutcome.NOT_UPHELD
                    : null) : null;
        }
        if (stage == 1) {
            return roll < 45 ? ComplaintOutcome.RESOLVED_INFORMALLY : roll < 52 ? ComplaintOutcome.WITHDRAWN : null;
        }
        if (last) {
            return roll < 30 ? ComplaintOutcome.UPHELD : ComplaintOutcome.NOT_UPHELD;
        }
        return roll < 25 ? ComplaintOutcome.UPHELD : roll < 60 ? ComplaintOutcome.NOT_UPHELD
                : roll < 82 ? ComplaintOutcome.NO_FURTHER_ACTION : null;
    }

    private static Long differentHandler(List<ComplaintStage> earlier, Long chief, Long mo, List<Long> directors,
                                         SplittableRandom random) {
        List<Long> candidates = new ArrayList<>();
        if (chief != null) {
            candidates.add(chief);
        }
        if (mo != null) {
            candidates.add(mo);
        }
        candidates.addAll(directors);
        candidates.removeIf(id -> earlier.stream().anyMatch(s -> id.equals(s.handlerId())));
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(Math.min(3, candidates.size())));
    }

    private LocalDate after(LocalDate from, int workingDays) {
        return calendar.due(from, workingDays).due();
    }
}
