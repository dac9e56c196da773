package org.probity.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.probity.people.MemberKind;

/**
 * The councillors of a demo authority, worked out in memory before anything is saved: whole-
 * council elections every four years (the first Thursday in May), seats kept or lost, by-elections,
 * members changing group, and the special responsibilities handed out at each annual meeting.
 */
final class CouncilPlan {

    static final class MemberDraft {
        final String forenames;
        final String surname;
        final MemberKind kind;
        final int ward;
        LocalDate termStart;
        LocalDate termEnd;
        final List<GroupSpan> groups = new ArrayList<>();
        final List<RoleDraft> roles = new ArrayList<>();

        MemberDraft(String forenames, String surname, MemberKind kind, int ward, LocalDate termStart,
                    LocalDate termEnd) {
            this.forenames = forenames;
            this.surname = surname;
            this.kind = kind;
            this.ward = ward;
            this.termStart = termStart;
            this.termEnd = termEnd;
        }

        /** The party on a day, or -1 when sitting as an independent. */
        int partyOn(LocalDate day) {
            return groups.stream().filter(g -> !g.from.isAfter(day) && (g.to == null || !g.to.isBefore(day)))
                    .mapToInt(g -> g.party).findFirst().orElse(-1);
        }

        void leave(LocalDate lastDay) {
            termEnd = lastDay;
            for (GroupSpan g : groups) {
                if (g.to == null || g.to.isAfter(lastDay)) {
                    g.to = lastDay;
                }
            }
        }
    }

    static final class GroupSpan {
        final int party;
        final LocalDate from;
        LocalDate to;

        GroupSpan(int party, LocalDate from, LocalDate to) {
            this.party = party;
            this.from = from;
            this.to = to;
        }
    }

    record RoleDraft(String role, String area, LocalDate from, LocalDate to) {
    }

    private static final double KEEPS_SEAT = 0.62;
    private static final double INDEPENDENT = 0.04;

    final List<String> wardNames;
    final List<MemberDraft> members = new ArrayList<>();
    /** The member leading each party today, or null. */
    final MemberDraft[] groupLeaders = new MemberDraft[AuthorityCatalogue.PARTIES.size()];

    private final SplittableRandom random;
    private final LocalDate today;
    private final double[] shares;

    CouncilPlan(SplittableRandom random, DemoScale scale, LocalDate today, List<String> wardNames) {
        this.random = random;
        this.today = today;
        this.wardNames = wardNames;
        this.shares = startingShares();
        int[] seatWard = seats(scale, wardNames.size());
        LocalDate last = lastElectionOnOrBefore(today);
        int elections = scale == DemoScale.SMALL ? 1 : 3;
        MemberDraft[] holders = new MemberDraft[seatWard.length];
        for (int k = elections - 1; k >= 0; k--) {
            LocalDate election = electionDay(last.getYear() - 4 * k);
            LocalDate next = electionDay(election.getYear() + 4);
            holdElection(election, next, seatWard, holders, k == elections - 1);
            Set<MemberDraft> unsettled = new HashSet<>();
            if (scale == DemoScale.LARGE) {
                byElections(election, next, seatWard, holders, unsettled);
                groupChanges(election, next, holders, unsettled);
            }
            handOutRoles(election, next, holders, unsettled, k == 0);
            driftShares();
        }
        coOptedMembers(last, electionDay(last.getYear() + 4));
        clampRolesToTerms();
    }

    static LocalDate electionDay(int year) {
        return LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
    }

    /** Whole-council elections in this invented cycle fall in 2019, 2023, 2027 and so on. */
    static LocalDate lastElectionOnOrBefore(LocalDate day) {
        int year = day.getYear() - Math.floorMod(day.getYear() - 2023, 4);
        LocalDate election = electionDay(year);
        return election.isAfter(day) ? electionDay(year - 4) : election;
    }

    private int[] seats(DemoScale scale, int wards) {
        List<Integer> seats = new ArrayList<>();
        for (int w = 0; w < wards; w++) {
            int count = scale == DemoScale.SMALL ? 3 : (w < 30 ? 2 : 1);
            for (int i = 0; i < count; i++) {
                seats.add(w);
            }
        }
        return seats.stream().mapToInt(Integer::intValue).toArray();
    }

    private double[] startingShares() {
        double[] base = {0.42, 0.30, 0.17, 0.11};
        List<Double> order = new ArrayList<>();
        for (double b : base) {
            order.add(b);
        }
        Collections.shuffle(order, new java.util.Random(random.nextLong()));
        return order.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void driftShares() {
        double total = 0;
        for (int i = 0; i < shares.length; i++) {
            shares[i] = Math.max(0.05, shares[i] * (0.8 + 0.4 * random.nextDouble()));
            total += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= total;
        }
    }

    private int drawParty() {
        if (random.nextDouble() < INDEPENDENT) {
            return -1;
        }
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private MemberDraft newMember(int ward, LocalDate from, LocalDate to, int party) {
        MemberDraft m = new MemberDraft(FictionalNames.forename(random), FictionalNames.surname(random),
                MemberKind.ELECTED, ward, from, to);
        if (party >= 0) {
            m.groups.add(new GroupSpan(party, from, null));
        }
        members.add(m);
        return m;
    }

    /** A term runs from the fourth day after polling day to the third day after the next one. */
    private void holdElection(LocalDate election, LocalDate next, int[] seatWard, MemberDraft[] holders,
                              boolean first) {
        LocalDate start = election.plusDays(4);
        LocalDate end = next.plusDays(3);
        for (int seat = 0; seat < seatWard.length; seat++) {
            MemberDraft incumbent = holders[seat];
            if (!first && incumbent != null && random.nextDouble() < KEEPS_SEAT) {
                incumbent.termEnd = end;
                continue;
            }
            if (incumbent != null) {
                incumbent.leave(election.plusDays(3));
            }
            holders[seat] = newMember(seatWard[seat], start, end, drawParty());
        }
    }

    private void byElections(LocalDate election, LocalDate next, int[] seatWard, MemberDraft[] holders,
                             Set<MemberDraft> unsettled) {
        LocalDate earliest = election.plusDays(200);
        LocalDate latest = (next.isBefore(today) ? next : today).minusDays(120);
        if (!latest.isAfter(earliest)) {
            return;
        }
        for (int seat = 0; seat < seatWard.length; seat++) {
            if (random.nextDouble() >= 0.03) {
                continue;
            }
            LocalDate vacancy = between(earliest, latest);
            LocalDate polling = vacancy.plusDays(60).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            MemberDraft leaving = holders[seat];
            leaving.leave(vacancy);
            unsettled.add(leaving);
            MemberDraft arriving = newMember(seatWard[seat], polling.plusDays(1), next.plusDays(3), drawParty());
            unsettled.add(arriving);
            holders[seat] = arriving;
        }
    }

    private void groupChanges(LocalDate election, LocalDate next, MemberDraft[] holders, Set<MemberDraft> unsettled) {
        LocalDate earliest = election.plusDays(60);
        LocalDate latest = (next.isBefore(today) ? next : today).minusDays(30);
        if (!latest.isAfter(earliest)) {
            return;
        }
        for (MemberDraft m : holders) {
            if (unsettled.contains(m) || m.groups.isEmpty() || random.nextDouble() >= 0.04) {
                continue;
            }
            LocalDate day = between(earliest, latest);
            GroupSpan open = m.groups.get(m.groups.size() - 1);
            if (open.to != null || !open.from.isBefore(day)) {
                continue;
            }
            open.to = day;
            int party = random.nextDouble() < 0.5 ? -1 : random.nextInt(shares.length);
            if (party != open.party && party >= 0) {
                m.groups.add(new GroupSpan(party, day.plusDays(1), null));
            }
            unsettled.add(m);
        }
    }

    /** Roles go to members who stay in the same group for the whole term, as they usually do. */
    private void handOutRoles(LocalDate election, LocalDate next, MemberDraft[] holders, Set<MemberDraft> unsettled,
                              boolean current) {
        LocalDate annual = annualMeeting(election.getYear());
        LocalDate until = current ? null : next.plusDays(3);
        List<List<MemberDraft>> byParty = new ArrayList<>();
        for (int p = 0; p < shares.length; p++) {
            byParty.add(new ArrayList<>());
        }
        List<MemberDraft> everyone = new ArrayList<>();
        for (MemberDraft m : holders) {
            if (!unsettled.contains(m) && m.partyOn(annual) >= 0) {
                byParty.get(m.partyOn(annual)).add(m);
                everyone.add(m);
            }
        }
        int largest = 0;
        int second = -1;
        for (int p = 1; p < shares.length; p++) {
            if (byParty.get(p).size() > byParty.get(largest).size()) {
                largest = p;
            }
        }
        for (int p = 0; p < shares.length; p++) {
            if (p != largest && (second < 0 || byParty.get(p).size() > byParty.get(second).size())) {
                second = p;
            }
        }
        List<MemberDraft> governing = shuffled(byParty.get(largest));
        List<MemberDraft> opposition = shuffled(byParty.get(second));
        Set<MemberDraft> busy = new HashSet<>();
        MemberDraft leader = take(governing, busy);
        if (leader != null) {
            leader.roles.add(new RoleDraft("Leader of the Council", null, annual, until));
        }
        MemberDraft deputy = take(governing, busy);
        if (deputy != null) {
            deputy.roles.add(new RoleDraft("Deputy Leader of the Council", null, annual, until));
        }
        List<AuthorityCatalogue.Area> portfolios = new ArrayList<>();
        AuthorityCatalogue.DIVISIONS.forEach(d -> d.areas().stream().filter(a -> a.cabinetPortfolio() != null)
                .forEach(portfolios::add));
        for (AuthorityCatalogue.Area area : shuffled(portfolios).subList(0, 8)) {
            MemberDraft holder = take(governing, busy);
            if (holder != null) {
                holder.roles.add(new RoleDraft(area.cabinetPortfolio(), area.name(), annual, until));
            }
        }
        for (AuthorityCatalogue.Committee committee : AuthorityCatalogue.COMMITTEES) {
            MemberDraft chair = take(committee.chairedByOpposition() ? opposition : governing, busy);
            if (chair != null) {
                chair.roles.add(new RoleDraft("Chair of the " + committee.name(), committee.area(), annual, until));
            }
        }
        for (int p = 0; p < shares.length; p++) {
            MemberDraft groupLeader = p == largest ? leader : take(p == second ? opposition
                    : shuffled(byParty.get(p)), busy);
            if (groupLeader == null) {
                continue;
            }
            groupLeader.roles.add(new RoleDraft("Leader of the " + AuthorityCatalogue.PARTIES.get(p).name()
                    + " Group", null, annual, until));
            groupLeaders[p] = current ? groupLeader : null;
        }
        for (int year = election.getYear(); year < next.getYear(); year++) {
            LocalDate from = annualMeeting(year);
            if (from.isAfter(today)) {
                break;
            }
            LocalDate to = annualMeeting(year + 1).minusDays(1);
            MemberDraft mayor = take(shuffled(everyone), busy);
            if (mayor != null) {
                mayor.roles.add(new RoleDraft("Mayor", null, from, current && !to.isBefore(today) ? null : to));
            }
        }
    }

    /** The annual meeting of the council, a fortnight after polling day. */
    private static LocalDate annualMeeting(int year) {
        return electionDay(year).plusDays(14);
    }

    private void coOptedMembers(LocalDate election, LocalDate next) {
        for (int i = 0; i < 2; i++) {
            MemberDraft m = new MemberDraft(FictionalNames.forename(random), FictionalNames.surname(random),
                    MemberKind.CO_OPTED, -1, annualMeeting(election.getYear()), next.plusDays(3));
            m.roles.add(new RoleDraft("Co-opted member of the Standards Committee", AuthorityCatalogue.LEGAL,
                    m.termStart, null));
            members.add(m);
        }
    }

    private void clampRolesToTerms() {
        for (MemberDraft m : members) {
            m.roles.replaceAll(r -> r.to() != null && m.termEnd != null && r.to().isAfter(m.termEnd)
                    ? new RoleDraft(r.role(), r.area(), r.from(), m.termEnd) : r);
        }
    }

    private static MemberDraft take(List<MemberDraft> candidates, Set<MemberDraft> busy) {
        for (MemberDraft m : candidates) {
            if (busy.add(m)) {
                return m;
            }
        }
        return null;
    }

    private <T> List<T> shuffled(List<T> items) {
        List<T> copy = new ArrayList<>(items);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return copy;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(days <= 0 ? 0 : random.nextLong(days + 1));
    }
}
