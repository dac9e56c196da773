package org.probity.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probity.common.ValidationException;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationAction;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.Transactions;

/**
 * Fills the register of declared relationships for a demo authority already loaded by
 * {@link DemoAuthority}: small is about 40 declarations from the last few years, large about
 * 5,000 over ten years, with people who have since left, decisions of every kind, actions (some
 * overdue), reviews and yearly re-confirmations with some missing. Some pairs are chosen so that
 * every conflict rule is raised. The same seed and people give the same register. Everything
 * goes through {@link DeclarationService}, in one transaction.
 */
public final class DemoDeclarations {

    private final DeclarationService register;
    private final PeopleService people;
    private final Transactions transactions;
    private final Clock clock;

    public DemoDeclarations(DeclarationService register, PeopleService people, Transactions transactions,
                            Clock clock) {
        this.register = register;
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A pair to declare, with the days on which both were in post. */
    private record Pair(PersonRef a, PersonRef b, LocalDate from, LocalDate to, Situation situation,
                        LocalDate declaredOn) {
        Pair(PersonRef a, PersonRef b, LocalDate from, LocalDate to, Situation situation) {
            this(a, b, from, to, situation, null);
        }
    }

    private enum Situation { PORTFOLIO, LINE_MANAGEMENT, STATUTORY, ORDINARY }

    public DemoDeclarationSummary load(long seed, DemoScale scale) {
        if (register.count() > 0) {
            throw new ValidationException("dataFolder", "Demo declarations can only be added to an empty register;"
                    + " this one already holds " + register.count() + ".");
        }
        long started = clock.millis();
        LocalDate today = register.today();
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        boolean large = scale == DemoScale.LARGE;
        int target = large ? 5000 : 40;
        LocalDate earliest = today.minusYears(large ? 10 : 4);
        List<Member> members = people.members().stream()
                .sorted(Comparator.comparing(Member::sortName).thenComparing(m -> String.valueOf(m.termStart())))
                .toList();
        List<Officer> officers = people.officers().stream().sorted(Comparator.comparing(Officer::staffNumber))
                .toList();
        if (members.isEmpty() || officers.size() < 2) {
            throw new ValidationException("dataFolder", "Load the demo authority's people before its declarations.");
        }
        Map<Long, ServiceArea> areas = people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::id, Function.identity()));
        Map<Long, Officer> officerById = officers.stream().collect(Collectors.toMap(Officer::id, Function.identity()));
        String monitoringOfficer = officers.stream()
                .filter(o -> o.statutoryRole() == StatutoryRole.MONITORING_OFFICER && !o.hasLeftBy(today))
                .map(Officer::displayName).findFirst().orElse("Monitoring Officer");

        List<Pair> pairs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<Member> current = members.stream().filter(m -> !m.hasLeftBy(today)).toList();
        List<Officer> inPost = officers.stream().filter(o -> !o.hasLeftBy(today)).toList();

        // A member with a portfolio and a related senior officer of that area.
        int portfolios = large ? 15 : 2;
        for (Member m : shuffled(current, random)) {
            if (pairs.size() >= portfolios) {
                break;
            }
            for (SpecialResponsibility role : m.responsibilitiesOn(today)) {
                if (role.serviceAreaId() == null) {
                    continue;
                }
                ServiceArea area = areas.get(role.serviceAreaId());
                List<Officer> seniors = inPost.stream().filter(o -> o.tier() == Tier.HEAD_OF_SERVICE
                        && role.serviceAreaId().equals(o.serviceAreaId())
                        || o.tier() == Tier.DIRECTOR && area != null && area.directorateId().equals(o.directorateId()))
                        .toList();
                if (!seniors.isEmpty()) {
                    add(pairs, used, member(m), seniors.get(random.nextInt(seniors.size())), Situation.PORTFOLIO,
                            earliest, today, members, officerById);
                    break;
                }
            }
        }
        // An officer managing, directly or through one other, an officer they are related to.
        int managed = large ? 25 : 2;
        int found = 0;
        for (Officer report : shuffled(inPost, random)) {
            if (found >= managed) {
                break;
            }
            Officer manager = report.lineManagerId() == null ? null : officerById.get(report.lineManagerId());
            if (manager != null && random.nextInt(3) == 0 && manager.lineManagerId() != null) {
                manager = officerById.get(manager.lineManagerId());
            }
            if (manager != null && !manager.hasLeftBy(today) && manager.statutoryRole() == null
                    && add(pairs, used, officer(manager), report, Situation.LINE_MANAGEMENT, earliest, today,
                    members, officerById)) {
                found++;
            }
        }
        // Relationships with the statutory officers.
        for (Officer statutory : inPost.stream().filter(o -> o.statutoryRole() != null).toList()) {
            for (int i = 0; i < (large ? 3 : 1); i++) {
                PersonRef other = random.nextBoolean() ? member(current.get(random.nextInt(current.size())))
                        : officer(inPost.get(random.nextInt(inPost.size())));
                add(pairs, used, other, statutory, Situation.STATUTORY, earliest, today, members, officerById);
            }
        }
        // Everyone else: mostly members with officers, then two officers, a few two members.
        int attempts = 0;
        // Large: a day in the ten years first, then two people in office that day, so that the
        // declarations spread over the years as people came and went.
        long days = ChronoUnit.DAYS.between(earliest, today);
        while (large && pairs.size() < target && attempts++ < target * 50) {
            LocalDate on = earliest.plusDays(random.nextLong(days + 1));
            int shape = random.nextInt(20);
            PersonRef a = shape < 11 || shape >= 18 ? memberOn(members, on, random) : officerOn(officers, on, random);
            PersonRef b = shape >= 18 ? memberOn(members, on, random) : officerOn(officers, on, random);
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            Pair span = pair(a, b, Situation.ORDINARY, earliest, today, members, officerById);
            if (span != null && !on.isBefore(span.from()) && !on.isAfter(span.to()) && used.add(key(a, b))) {
                pairs.add(new Pair(a, b, span.from(), span.to(), Situation.ORDINARY, on));
            }
        }
        while (pairs.size() < target && attempts++ < target * 50) {
            int shape = random.nextInt(20);
            List<Member> memberPool = current;
            List<Officer> officerPool = inPost;
            PersonRef a = shape < 11 || shape >= 18 ? member(memberPool.get(random.nextInt(memberPool.size())))
                    : officer(officerPool.get(random.nextInt(officerPool.size())));
            PersonRef b;
            Officer bOfficer = null;
            if (shape >= 18) {
                b = member(memberPool.get(random.nextInt(memberPool.size())));
            } else {
                bOfficer = officerPool.get(random.nextInt(officerPool.size()));
                b = officer(bOfficer);
            }
            if (a.equals(b)) {
                continue;
            }
            Pair pair = pair(a, b, Situation.ORDINARY, earliest, today, members, officerById);
            if (pair != null && used.add(key(a, b))) {
                pairs.add(pair);
            }
        }

        return transactions.inTransaction(() -> {
            Story story = new Story(random, today, monitoringOfficer, officerById, members, large);
            pairs.sort(Comparator.comparing(Pair::from));
            for (Pair pair : pairs) {
                story.tell(pair);
            }
            return new DemoDeclarationSummary(register.count(), register.openFlags().size(),
                    Duration.ofMillis(clock.millis() - started));
        });
    }

    private static boolean add(List<Pair> pairs, Set<String> used, PersonRef a, Officer b, Situation situation,
                               LocalDate earliest, LocalDate today, List<Member> members,
                               Map<Long, Officer> officerById) {
        PersonRef other = officer(b);
        if (a.equals(other) || used.contains(key(a, other))) {
            return false;
        }
        Pair pair = pair(a, other, situation, earliest, today, members, officerById);
        if (pair == null) {
            return false;
        }
        used.add(key(a, other));
        pairs.add(pair);
        return true;
    }

    /** The pair with the days both were in post since {@code earliest}, or null if they never overlapped. */
    private static Pair pair(PersonRef a, PersonRef b, Situation situation, LocalDate earliest, LocalDate today,
                             List<Member> members, Map<Long, Officer> officers) {
        LocalDate from = earliest;
        LocalDate to = today;
        for (PersonRef p : List.of(a, b)) {
            LocalDate start;
            LocalDate end;
            if (p.isMember()) {
                Member m = members.stream().filter(x -> x.id() == p.id()).findFirst().orElseThrow();
                start = m.termStart();
                end = m.termEnd();
            } else {
                Officer o = officers.get(p.id());
                start = o.startDate();
                end = o.leaveDate();
            }
            if (start != null && start.isAfter(from)) {
                from = start;
            }
            if (end != null && end.isBefore(to)) {
                to = end;
            }
        }
        // A month together at least, so that the declaration comes after they met.
        return from.plusDays(30).isAfter(to) ? null : new Pair(a, b, from.plusDays(30), to, situation);
    }

    private static PersonRef memberOn(List<Member> members, LocalDate on, SplittableRandom random) {
        for (int i = 0; i < 40; i++) {
            Member m = members.get(random.nextInt(members.size()));
            if ((m.termStart() == null || !m.termStart().isAfter(on)) && !m.hasLeftBy(on)) {
                return member(m);
            }
        }
        return null;
    }

    private static PersonRef officerOn(List<Officer> officers, LocalDate on, SplittableRandom random) {
        for (int i = 0; i < 40; i++) {
            Officer o = officers.get(random.nextInt(officers.size()));
            if ((o.startDate() == null || !o.startDate().isAfter(on)) && !o.hasLeftBy(on)) {
                return officer(o);
            }
        }
        return null;
    }

    private static String key(PersonRef a, PersonRef b) {
        return a.key().compareTo(b.key()) < 0 ? a.key() + "-" + b.key() : b.key() + "-" + a.key();
    }

    private static PersonRef member(Member m) {
        return PersonRef.member(m.id());
    }

    private static PersonRef officer(Officer o) {
        return PersonRef.officer(o.id());
    }

    private static <T> List<T> shuffled(List<T> items, SplittableRandom random) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = copy.get(i);
            copy.set(i, copy.get(j));
            copy.set(j, t);
        }
        return copy;
    }

    /** Declares one pair and takes it through what happened next, up to today. */
    private final class Story {
        private final SplittableRandom random;
        private final LocalDate today;
        private final String monitoringOfficer;
        private final Map<Long, Officer> officers;
        private final Map<Long, Member> members;
        private final boolean large;
        // The first of each situation gets its usual decision, and the first ordinary ones each
        // decision in turn, so that even the small register shows every kind.
        private final Set<Situation> seenSituations = EnumSet.noneOf(Situation.class);
        private final List<DecisionKind> ordinaryFirst = new ArrayList<>(List.of(DecisionKind.NO_ACTION,
                DecisionKind.NOTE_ON_FILE, DecisionKind.OFFICER_EXCLUDED, DecisionKind.OTHER));
        private int closable;
        private boolean ended;
        private boolean withdrawnYet;

        Story(SplittableRandom random, LocalDate today, String monitoringOfficer, Map<Long, Officer> officers,
              List<Member> members, boolean large) {
            this.random = random;
            this.large = large;
            this.today = today;
            this.monitoringOfficer = monitoringOfficer;
            this.officers = officers;
            this.members = members.stream().collect(Collectors.toMap(Member::id, Function.identity()));
        }

        void tell(Pair pair) {
            boolean special = pair.situation() != Situation.ORDINARY;
            // Conflict pairs are recent and still active, so that their flags show today.
            LocalDate latest = pair.to();
            LocalDate declaredOn = pair.declaredOn() != null ? pair.declaredOn()
                    : special ? between(max(pair.from(), today.minusMonths(18)), today.minusDays(1))
                    : between(pair.from(), latest);
            RelationshipKind kind = kind(pair);
            String other = kind == RelationshipKind.OTHER ? pick(DemoRegisterText.OTHER_KINDS) : null;
            LocalDate since = random.nextInt(10) < 6 ? declaredOn.minusDays(30 + random.nextInt(3650)) : null;
            boolean memberInvolved = pair.a().isMember() || pair.b().isMember();
            NotifiedTo to = memberInvolved || random.nextInt(3) == 0 ? NotifiedTo.MONITORING_OFFICER
                    : random.nextInt(4) == 0 ? NotifiedTo.DIRECTOR : NotifiedTo.MANAGER;
            NotificationMethod how = NotificationMethod.values()[random.nextInt(NotificationMethod.values().length)];
            Declaration d = register.declare(Declaration.declared(pair.a(), pair.b(), kind, other, since, pair.a(),
                    declaredOn, how, to, DemoRegisterText.description(kind, random)));

            boolean partyLeft = pair.to().isBefore(today);
            long age = ChronoUnit.DAYS.between(declaredOn, partyLeft ? pair.to() : today);
            // Awaiting a decision: the last few weeks' declarations, and now and then one of the last
            // few months; an office that keeps up has none left over from earlier years.
            boolean undecided = !partyLeft && (age < 20 || random.nextInt(1000) < (large ? 8 : 30) && age < 90);
            LocalDate lastDay = partyLeft ? pair.to() : today;
            LocalDate decidedOn = null;
            if (!undecided) {
                decidedOn = min(declaredOn.plusDays(2 + random.nextInt(24)), lastDay);
                DecisionKind decision = decision(pair);
                String decisionOther = decision == DecisionKind.OTHER ? pick(DemoRegisterText.OTHER_DECISIONS) : null;
                LocalDate review = decision == DecisionKind.NO_ACTION && random.nextBoolean() ? null
                        : decidedOn.plusMonths(decision == DecisionKind.NO_ACTION ? 24 : 12);
                d = register.decide(d.id(), new Decision(decision, decisionOther,
                                DemoRegisterText.reasons(decision, random), decidedOn, monitoringOfficer),
                        review, actions(decision, pair, decidedOn));
            }
            LocalDate end = partyLeft ? pair.to() : null;
            boolean withdrawn = false;
            if (!partyLeft && !special && decidedOn != null && age > 400) {
                int fate = random.nextInt(100);
                closable++;
                if (fate < 10 || closable == 2 && !ended) {
                    end = between(decidedOn, today);
                    ended = true;
                } else if (fate < 16 || closable == 3 && !withdrawnYet) {
                    end = between(decidedOn, today);
                    withdrawn = true;
                    withdrawnYet = true;
                }
            }
            d = reviewedOnTime(d, end == null ? today : end);
            List<LocalDate> confirmations = new ArrayList<>();
            LocalDate confirmUntil = end == null ? today : end;
            for (int year = 1; !declaredOn.plusYears(year).isAfter(confirmUntil); year++) {
                LocalDate on = min(declaredOn.plusYears(year).plusDays(random.nextInt(21)), confirmUntil);
                // Most people reply every year; some let a year go by.
                if (random.nextInt(100) >= 9) {
                    confirmations.add(on);
                }
            }
            for (LocalDate on : confirmations) {
                register.reconfirm(List.of(d.id()), on);
            }
            if (end != null) {
                if (withdrawn) {
                    register.withdraw(d.id(), end, pick(DemoRegisterText.WITHDRAWN_NOTES));
                } else {
                    register.end(d.id(), end, partyLeft ? leftNote(pair) : pick(DemoRegisterText.ENDED_NOTES));
                }
            } else if (d.reviewDate() != null && d.reviewDate().isBefore(today) && random.nextInt(100) < 45) {
                register.startReview(d.id());
            }
        }

        /**
         * An office keeps up with its reviews: each review date that passed more than a couple of
         * months before {@code until} was met, with the same decision confirmed and the next
         * review set, so only recent reviews are left overdue for the dashboard.
         */
        private Declaration reviewedOnTime(Declaration d, LocalDate until) {
            while (d.decision() != null && d.reviewDate() != null
                    && d.reviewDate().isBefore(until.minusDays(60))) {
                Decision previous = d.decision();
                LocalDate reviewedOn = d.reviewDate().plusDays(random.nextInt(21));
                register.startReview(d.id());
                d = register.decide(d.id(), new Decision(previous.kind(), previous.otherText(),
                                DemoRegisterText.reasons(previous.kind(), random), reviewedOn,
                                previous.decidedBy()),
                        reviewedOn.plusMonths(previous.kind() == DecisionKind.NO_ACTION ? 24 : 12), d.actions());
            }
            return d;
        }

        private RelationshipKind kind(Pair pair) {
            int roll = random.nextInt(100);
            if (pair.situation() == Situation.PORTFOLIO || pair.situation() == Situation.LINE_MANAGEMENT) {
                return roll < 45 ? RelationshipKind.PARTNER : roll < 85 ? RelationshipKind.FAMILY
                        : RelationshipKind.CLOSE_FRIENDSHIP;
            }
            return roll < 22 ? RelationshipKind.FAMILY : roll < 40 ? RelationshipKind.PARTNER
                    : roll < 68 ? RelationshipKind.CLOSE_FRIENDSHIP : roll < 84 ? RelationshipKind.BUSINESS
                    : roll < 94 ? RelationshipKind.FINANCIAL : RelationshipKind.OTHER;
        }

        private DecisionKind decision(Pair pair) {
            int roll = random.nextInt(100);
            if (seenSituations.add(pair.situation())) {
                switch (pair.situation()) {
                    case PORTFOLIO -> roll = 0;
                    case LINE_MANAGEMENT -> roll = 0;
                    default -> { }
                }
            }
            if (pair.situation() == Situation.ORDINARY && !ordinaryFirst.isEmpty()) {
                return ordinaryFirst.remove(0);
            }
            boolean memberOfficer = pair.a().isMember() != pair.b().isMember();
            boolean twoOfficers = pair.a().isOfficer() && pair.b().isOfficer();
            return switch (pair.situation()) {
                case PORTFOLIO -> roll < 60 ? DecisionKind.MEMBER_STEPS_BACK : DecisionKind.OFFICER_EXCLUDED;
                case LINE_MANAGEMENT -> roll < 70 ? DecisionKind.CHANGE_LINE_MANAGEMENT : DecisionKind.OFFICER_EXCLUDED;
                case STATUTORY -> roll < 50 ? DecisionKind.OFFICER_EXCLUDED : DecisionKind.NOTE_ON_FILE;
                case ORDINARY -> roll < 34 ? DecisionKind.NO_ACTION : roll < 70 ? DecisionKind.NOTE_ON_FILE
                        : roll < 82 ? DecisionKind.OFFICER_EXCLUDED
                        : roll < 89 && twoOfficers ? DecisionKind.CHANGE_LINE_MANAGEMENT
                        : roll < 89 && memberOfficer ? DecisionKind.MEMBER_STEPS_BACK
                        : roll < 89 ? DecisionKind.NOTE_ON_FILE : DecisionKind.OTHER;
            };
        }

        private List<DeclarationAction> actions(DecisionKind decision, Pair pair, LocalDate decidedOn) {
            List<DeclarationAction> actions = new ArrayList<>();
            for (String[] action : DemoRegisterText.actions(decision)) {
                LocalDate due = decidedOn.plusDays(14 + random.nextInt(46));
                // Actions long past are done; a few of the last months' are left overdue for the dashboard.
                LocalDate done = due.isBefore(today.minusDays(10))
                        && (due.isBefore(today.minusDays(90)) || random.nextInt(100) < 70)
                        ? min(due.minusDays(random.nextInt(10)), today) : null;
                if (done != null && done.isBefore(decidedOn)) {
                    done = decidedOn;
                }
                actions.add(new DeclarationAction(null, action[0].replace("{a}", name(pair.a()))
                        .replace("{b}", name(pair.b())), owner(action[1], pair), due, done));
            }
            return actions;
        }

        private String owner(String role, Pair pair) {
            return switch (role) {
                case "MO" -> monitoringOfficer;
                case "HR" -> "Head of HR";
                case "DIRECTOR" -> directorOf(pair).orElse("Chief Executive");
                default -> role;
            };
        }

        private Optional<String> directorOf(Pair pair) {
            for (PersonRef p : List.of(pair.b(), pair.a())) {
                if (p.isOfficer()) {
                    Officer o = officers.get(p.id());
                    return officers.values().stream().filter(x -> x.tier() == Tier.DIRECTOR
                                    && x.directorateId() != null && x.directorateId().equals(o.directorateId())
                                    && !x.hasLeftBy(today))
                            .map(Officer::displayName).sorted().findFirst();
                }
            }
            return Optional.empty();
        }

        private String name(PersonRef p) {
            return p.isMember() ? members.get(p.id()).displayName() : officers.get(p.id()).displayName();
        }

        private String leftNote(Pair pair) {
            for (PersonRef p : List.of(pair.a(), pair.b())) {
                if (p.isMember() && members.get(p.id()).hasLeftBy(today)) {
                    return name(p) + "'s term of office ended.";
                }
                if (p.isOfficer() && officers.get(p.id()).hasLeftBy(today)) {
                    return name(p) + " left the council's employment.";
                }
            }
            return "One of them left the council.";
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            if (!to.isAfter(from)) {
                return min(from, today);
            }
            return from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1));
        }

        private String pick(List<String> items) {
            return items.get(random.nextInt(items.size()));
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
