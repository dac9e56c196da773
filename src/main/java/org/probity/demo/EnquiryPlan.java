package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToIntFunction;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.enquiries.ConsentBasis;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryReference;
import org.probity.enquiries.Escalation;
import org.probity.enquiries.HoldingReply;
import org.probity.enquiries.Refusal;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;
import org.probity.people.Tier;

/**
 * A demo authority's enquiries worked out in memory, by the register's own rules: targets from
 * the authority's settings, due dates counted in working days on its calendar, the directorate
 * from the service area and the Director up the line-management chain, and every date in the
 * order the service requires (acknowledged after receipt, a holding reply before its new date,
 * escalation to a more senior officer, a refusal closed only once copied to the Monitoring
 * Officer). Most are answered within target; some late, held, escalated or refused.
 */
final class EnquiryPlan {

    private static final String[] CASEWORK = {"Missed bin collection on %s", "Fly-tipping behind %s",
        "Damp in a council flat on %s", "Overgrown hedge blocking the pavement on %s",
        "Streetlight out on %s", "Housing register band for a resident of %s", "Council tax arrears letter sent"
            + " to a resident of %s", "Noise from a neighbour on %s", "Pothole outside a resident's home on %s",
        "Blue badge renewal for a resident of %s"};
    private static final String[] INFORMATION = {"Number of empty homes in each ward",
        "Spending on agency staff this year", "Planning enforcement cases open in %s",
        "Policy on grass-cutting verges", "How the parking income is spent", "Waiting times for disabled"
            + " facilities grants", "Homelessness figures for the last quarter", "Business rates relief take-up",
        "The council's policy on fly-posting", "Tree preservation orders in %s"};
    private static final String[] CHASE = {"Chasing the repair reported in %s", "Chasing a reply about the"
            + " bus shelter on %s", "Chasing a planning enforcement visit to %s", "Chasing the road sweeping"
            + " request for %s", "Chasing a reply to a resident's complaint about %s"};
    private static final String[] OTHER = {"Invitation to a residents' meeting in %s", "Request for a site"
            + " visit to %s", "Feedback on the consultation about %s", "Question about the ward budget for %s"};
    private static final String[] REASONS = {"The information is personal data about a third party.",
        "The information relates to legal proceedings and is privileged.", "The member has not shown a need to"
            + " know the information for their role.", "The information is commercially confidential to a"
            + " contractor.", "The request would take a disproportionate amount of officer time."};
    private static final String[] ADVICE = {"The refusal was right; no further action.", "The member has a need"
            + " to know; the officer should provide the information in confidence.", "Provide a summary without"
            + " the personal data."};

    /** Who can be assigned: officers of a service area, tier 3 and below. */
    private final Map<Long, List<Officer>> officersByArea = new HashMap<>();
    private final Map<Long, Officer> officers = new HashMap<>();
    private final Map<Long, Long> directorateOfArea = new HashMap<>();
    private final List<Member> members;
    private final List<Long> areaIds;
    private final Map<Long, String> wardNames;
    private final WorkingDayCalendar calendar;
    private final ToIntFunction<EnquiryKind> targets;
    private final LocalDate today;

    EnquiryPlan(List<Member> members, List<Officer> officers, List<ServiceArea> areas, Map<Long, String> wardNames,
                WorkingDayCalendar calendar, ToIntFunction<EnquiryKind> targets, LocalDate today) {
        this.members = members.stream().sorted(Comparator.comparing(Member::id)).toList();
        this.wardNames = wardNames;
        this.calendar = calendar;
        this.targets = targets;
        this.today = today;
        for (Officer o : officers) {
            this.officers.put(o.id(), o);
        }
        for (ServiceArea a : areas) {
            directorateOfArea.put(a.id(), a.directorateId());
        }
        officers.stream().sorted(Comparator.comparing(Officer::id))
                .filter(o -> o.serviceAreaId() != null && o.tier() >= Tier.HEAD_OF_SERVICE)
                .forEach(o -> officersByArea.computeIfAbsent(o.serviceAreaId(), k -> new ArrayList<>()).add(o));
        this.areaIds = areas.stream().map(ServiceArea::id).filter(officersByArea::containsKey).sorted().toList();
    }

    /**
     * {@code count} enquiries received over the {@code years} up to today, numbered per year in
     * order of receipt, plus a few recent ones that show each dashboard alert.
     */
    List<Enquiry> enquiries(long seed, int count, int years) {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate first = today.minusYears(years).plusDays(1);
        int span = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        List<LocalDate> received = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            LocalDate day = first.plusDays(random.nextInt(span));
            // Members write on working days, mostly.
            while (!calendar.isWorkingDay(day) && random.nextInt(5) > 0 && day.isBefore(today)) {
                day = day.plusDays(1);
            }
            received.add(day);
        }
        received.sort(Comparator.naturalOrder());
        List<Enquiry> planned = new ArrayList<>(count + 8);
        Map<Integer, Integer> numbers = new HashMap<>();
        for (LocalDate day : received) {
            Enquiry e = enquiry(random, day, Outcome.USUAL);
            if (e != null) {
                planned.add(numbered(e, numbers));
            }
        }
        // Recent enquiries that put every kind of alert on the dashboard.
        for (Outcome outcome : Outcome.values()) {
            if (outcome != Outcome.USUAL) {
                LocalDate day = outcome.received(this);
                Enquiry e = day == null ? null : enquiry(random, day, outcome);
                if (e != null) {
                    planned.add(e);
                }
            }
        }
        List<Enquiry> all = new ArrayList<>(planned.stream().filter(e -> e.reference() != null).toList());
        planned.stream().filter(e -> e.reference() == null)
                .sorted(Comparator.comparing(Enquiry::receivedOn))
                .forEach(e -> all.add(numbered(e, numbers)));
        all.sort(Comparator.comparing(Enquiry::reference));
        return all;
    }

    private static Enquiry numbered(Enquiry e, Map<Integer, Integer> numbers) {
        int year = e.receivedOn().getYear();
        int number = numbers.merge(year, 1, Integer::sum);
        return new Enquiry(null, new EnquiryReference(year, number), e.memberId(), e.receivedOn(), e.channel(),
                e.subject(), e.details(), e.kind(), e.wardId(), e.serviceAreaId(), e.directorateId(), e.officerId(),
                e.directorId(), e.consentBasis(), e.targetDays(), e.targetReason(), e.targetDue(), e.acknowledgedOn(),
                e.holdingReply(), e.escalations(), e.answeredOn(), e.refusal(), e.closedOn());
    }

    /** The cases added to show the dashboard's alerts, all received in the last few weeks. */
    enum Outcome {
        USUAL, DUE_TOMORROW, OVERDUE, REFUSED_NOT_COPIED, REFUSED_AWAITING_ADVICE, HELD;

        LocalDate received(EnquiryPlan plan) {
            return switch (this) {
                case USUAL -> null;
                // Received so that the five-day target falls on the next working day.
                case DUE_TOMORROW -> plan.workingDaysBefore(plan.calendar.due(plan.today, 1).due(),
                        plan.targets.applyAsInt(EnquiryKind.OTHER));
                case OVERDUE -> plan.workingDaysBefore(plan.today, 9);
                case REFUSED_NOT_COPIED, REFUSED_AWAITING_ADVICE -> plan.workingDaysBefore(plan.today, 6);
                case HELD -> plan.workingDaysBefore(plan.today, 5);
            };
        }
    }

    LocalDate workingDaysBefore(LocalDate day, int n) {
        LocalDate d = day;
        int counted = 0;
        while (counted < n) {
            d = d.minusDays(1);
            if (calendar.isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    private LocalDate after(LocalDate day, int workingDays) {
        return workingDays <= 0 ? day : calendar.due(day, workingDays).due();
    }

    private Enquiry enquiry(SplittableRandom random, LocalDate received, Outcome outcome) {
        List<Member> serving = members.stream()
                .filter(m -> !m.termStart().isAfter(received) && (m.termEnd() == null || !m.termEnd().isBefore(received)))
                .toList();
        if (serving.isEmpty() || areaIds.isEmpty()) {
            return null;
        }
        Member member = serving.get(random.nextInt(serving.size()));
        int k = random.nextInt(100);
        EnquiryKind kind = outcome == Outcome.REFUSED_NOT_COPIED || outcome == Outcome.REFUSED_AWAITING_ADVICE
                ? EnquiryKind.INFORMATION_REQUEST
                : outcome != Outcome.USUAL ? EnquiryKind.OTHER
                : k < 45 ? EnquiryKind.WARD_CASEWORK : k < 70 ? EnquiryKind.INFORMATION_REQUEST
                : k < 90 ? EnquiryKind.SERVICE_REQUEST_CHASE : EnquiryKind.OTHER;
        int c = random.nextInt(100);
        EnquiryChannel channel = c < 60 ? EnquiryChannel.EMAIL : c < 75 ? EnquiryChannel.TELEPHONE
                : c < 90 ? EnquiryChannel.ONLINE_FORM : c < 95 ? EnquiryChannel.LETTER : EnquiryChannel.IN_PERSON;
        List<Long> memberWards = member.wardIds();
        List<Long> allWards = wardNames.keySet().stream().sorted().toList();
        Long wardId = null;
        ConsentBasis consent = null;
        if (kind == EnquiryKind.WARD_CASEWORK) {
            int b = random.nextInt(100);
            if (!memberWards.isEmpty() && b < 65) {
                consent = ConsentBasis.WARD_MEMBER;
                wardId = memberWards.get(random.nextInt(memberWards.size()));
            } else if (b < 92 || allWards.isEmpty()) {
                consent = ConsentBasis.EXPLICIT_CONSENT;
                wardId = allWards.isEmpty() ? null : allWards.get(random.nextInt(allWards.size()));
            } else {
                consent = ConsentBasis.NOT_NEEDED;
            }
        } else if (!memberWards.isEmpty() && random.nextInt(3) == 0) {
            wardId = memberWards.get(0);
        }
        Long areaId = areaIds.get(random.nextInt(areaIds.size()));
        List<Officer> candidates = officersByArea.get(areaId).stream()
                .filter(o -> (o.startDate() == null || !o.startDate().isAfter(received))
                        && (o.leaveDate() == null || !o.leaveDate().isBefore(received)))
                .toList();
        Officer officer = candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
        String place = wardId != null ? wardNames.get(wardId)
                : allWards.isEmpty() ? "the town centre" : wardNames.get(allWards.get(random.nextInt(allWards.size())));
        String[] subjects = switch (kind) {
            case WARD_CASEWORK -> CASEWORK;
            case INFORMATION_REQUEST -> INFORMATION;
            case SERVICE_REQUEST_CHASE -> CHASE;
            case OTHER -> OTHER;
        };
        String subject = String.format(subjects[random.nextInt(subjects.length)], place);

        int authorityTarget = targets.applyAsInt(kind);
        boolean overridden = outcome == Outcome.USUAL && random.nextInt(100) < 3;
        int target = overridden ? authorityTarget + 5 : authorityTarget;
        String reason = overridden ? "Needs information from an outside body" : null;
        LocalDate due = calendar.due(received, target).due();
        Long directorate = directorateOfArea.get(areaId);
        Long director = officer == null ? null : directorOf(officer);
        Enquiry base = new Enquiry(null, null, member.id(), received, channel, subject, null, kind, wardId, areaId,
                directorate, officer == null ? null : officer.id(), director, consent, target, reason, due, null,
                null, List.of(), null, null, null);
        return withProgress(random, base, officer, outcome);
    }

    /** The first Director up the line-management chain, else the Director of the officer's directorate. */
    private Long directorOf(Officer officer) {
        if (officer.tier() <= Tier.DIRECTOR) {
            return officer.id();
        }
        Set<Long> seen = new HashSet<>();
        Officer current = officer;
        while (current.lineManagerId() != null && seen.add(current.id())) {
            Officer manager = officers.get(current.lineManagerId());
            if (manager == null) {
                break;
            }
            current = manager;
            if (current.tier() == Tier.DIRECTOR) {
                return current.id();
            }
        }
        if (officer.directorateId() == null) {
            return null;
        }
        return officers.values().stream()
                .filter(o -> o.tier() == Tier.DIRECTOR && officer.directorateId().equals(o.directorateId())
                        && !o.hasLeftBy(today))
                .map(Officer::id).min(Long::compare).orElse(null);
    }

    /** A more senior officer to escalate to: the line manager when senior, else the Director. */
    private Long seniorTo(Officer officer, Long director) {
        Officer manager = officer.lineManagerId() == null ? null : officers.get(officer.lineManagerId());
        if (manager != null && manager.tier() < officer.tier()) {
            return manager.id();
        }
        Officer d = director == null ? null : officers.get(director);
        return d != null && d.tier() < officer.tier() ? d.id() : null;
    }

    private Enquiry withProgress(SplittableRandom random, Enquiry e, Officer officer, Outcome outcome) {
        LocalDate received = e.receivedOn();
        int target = e.targetDays();
        LocalDate acknowledged = random.nextInt(10) < 9 ? after(received, random.nextInt(2)) : null;
        if (acknowledged != null && acknowledged.isAfter(today)) {
            acknowledged = null;
        }
        int r = random.nextInt(100);
        int taken;
        if (r < 72) {
            taken = random.nextInt(target + 1);
        } else if (r < 93) {
            taken = target + 1 + random.nextInt(8);
        } else {
            taken = target + 9 + random.nextInt(25);
        }
        boolean refuse = e.kind() == EnquiryKind.INFORMATION_REQUEST ? random.nextInt(100) < 7
                : random.nextInt(1000) < 5;
        switch (outcome) {
            case DUE_TOMORROW, HELD -> {
                taken = 1000;
                refuse = false;
            }
            case OVERDUE -> {
                taken = 1000;
                refuse = false;
            }
            case REFUSED_NOT_COPIED, REFUSED_AWAITING_ADVICE -> {
                taken = 3;
                refuse = true;
            }
            default -> { }
        }
        LocalDate replied = taken >= 1000 ? null : after(received, taken);
        if (replied != null && replied.isAfter(today)) {
            replied = null;
        }
        boolean late = replied == null ? e.targetDue().isBefore(today) : replied.isAfter(e.targetDue());
        HoldingReply holding = null;
        LocalDate lastExpected = e.targetDue();
        if (outcome == Outcome.HELD || (outcome == Outcome.USUAL && late && random.nextInt(100) < 55)) {
            LocalDate sent = after(received, Math.max(0, target - 1));
            LocalDate newDate = after(e.targetDue(), 5 + random.nextInt(6));
            if (!sent.isAfter(today) && (replied == null || !sent.isAfter(replied))) {
                holding = new HoldingReply(sent, newDate);
                lastExpected = newDate;
            }
        }
        if (outcome == Outcome.OVERDUE) {
            holding = null;
            lastExpected = e.targetDue();
        }
        List<Escalation> escalations = new ArrayList<>();
        boolean stillLate = replied == null ? lastExpected.isBefore(today) : replied.isAfter(lastExpected);
        if (officer != null && outcome != Outcome.OVERDUE && stillLate && random.nextInt(100) < 40) {
            LocalDate on = after(lastExpected, 2);
            Long to = seniorTo(officer, e.directorId());
            if (to != null && !on.isAfter(today) && (replied == null || !on.isAfter(replied))) {
                escalations.add(new Escalation(null, on, to, "Late: passed to a more senior officer"));
            }
        }
        Refusal refusal = null;
        LocalDate answered = null;
        if (replied != null && refuse) {
            refusal = Refusal.made(replied, REASONS[random.nextInt(REASONS.length)]);
            if (random.nextInt(100) < 50) {
                LocalDate asked = after(replied, 2);
                LocalDate sent = after(asked, 3);
                if (!sent.isAfter(today)) {
                    refusal = refusal.writtenReasons(asked, sent);
                } else if (!asked.isAfter(today)) {
                    refusal = refusal.writtenReasons(asked, null);
                }
            }
            LocalDate copied = after(replied, 1);
            // The Monitoring Officer catches up with refusals within a few months.
            boolean settled = replied.isBefore(today.minusDays(90));
            boolean copy = outcome == Outcome.REFUSED_AWAITING_ADVICE
                    || (outcome == Outcome.USUAL && (settled || random.nextInt(100) < 92));
            if (copy && !copied.isAfter(today)) {
                refusal = refusal.copiedToMonitoringOfficer(copied);
                LocalDate advised = after(copied, 5);
                if (outcome == Outcome.USUAL && !advised.isAfter(today) && (settled || random.nextInt(100) < 85)) {
                    refusal = refusal.advised(advised, ADVICE[random.nextInt(ADVICE.length)]);
                }
            }
        } else {
            answered = replied;
        }
        LocalDate closed = null;
        if (replied != null && outcome == Outcome.USUAL && random.nextInt(100) < 75
                && (refusal == null || refusal.isCopiedToMonitoringOfficer())) {
            LocalDate on = after(replied, 3);
            LocalDate notBefore = refusal == null ? replied : refusal.copiedToMonitoringOfficerOn();
            if (on.isBefore(notBefore)) {
                on = notBefore;
            }
            closed = on.isAfter(today) ? null : on;
        }
        return e.withProgress(acknowledged, holding, escalations, answered, refusal, closed);
    }
}
