package org.probity.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.DoubleConsumer;
import org.probity.calendar.BankHolidayRegion;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.Ward;
import org.probity.storage.Transactions;

/**
 * Loads a fictional authority into an empty data folder. The same seed and scale always give
 * the same people (dates are reckoned back from today, ids are whatever the database gives).
 * Everything goes through {@link PeopleService}, so it is validated and audited, in one
 * transaction: a failure part-way leaves the folder as empty as it was.
 */
public final class DemoAuthority {

    private final PeopleService people;
    private final Transactions transactions;
    private final Clock clock;

    public DemoAuthority(PeopleService people, Transactions transactions, Clock clock) {
        this.people = people;
        this.transactions = transactions;
        this.clock = clock;
    }

    public DemoSummary load(long seed, DemoScale scale) {
        return load(seed, scale, done -> { });
    }

    /** As {@link #load(long, DemoScale)}, telling {@code progress} the fraction done (0 to 1) as it goes. */
    public DemoSummary load(long seed, DemoScale scale, DoubleConsumer progress) {
        int members = people.countMembers();
        int officers = people.countOfficers();
        if (members + officers > 0) {
            throw new ValidationException("dataFolder", "Demo data can only be loaded into an empty data folder; this"
                    + " one already holds " + members + " members and " + officers + " officers.");
        }
        long started = clock.millis();
        LocalDate today = people.today();
        SplittableRandom random = new SplittableRandom(seed);
        String place = pick(random, AuthorityCatalogue.PLACES);
        String authority = place + " " + pick(random, AuthorityCatalogue.COUNCIL_KINDS);
        List<String> wardNames = wardNames(random.split(), scale == DemoScale.SMALL ? 20 : 50);
        CouncilPlan council = new CouncilPlan(random.split(), scale, today, wardNames);
        WorkforcePlan workforce = new WorkforcePlan(random.split(), scale, today);
        String domain = place.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".gov.uk";

        return transactions.inTransaction(() -> {
            people.saveProfile(AuthorityProfile.withDefaults(authority, BankHolidayRegion.ENGLAND_AND_WALES));
            List<Long> directorateIds = new ArrayList<>();
            List<Long> areaIds = new ArrayList<>();
            Map<String, Long> areaIdByName = new HashMap<>();
            for (AuthorityCatalogue.Division division : AuthorityCatalogue.DIVISIONS) {
                Directorate d = people.saveDirectorate(new Directorate(null, division.name()));
                directorateIds.add(d.id());
                for (AuthorityCatalogue.Area area : division.areas()) {
                    ServiceArea a = people.saveServiceArea(new ServiceArea(null, area.name(), d.id()));
                    areaIds.add(a.id());
                    areaIdByName.put(area.name(), a.id());
                }
            }
            List<Long> wardIds = wardNames.stream().map(n -> people.saveWard(new Ward(null, n)).id()).toList();
            List<PoliticalGroup> groups = new ArrayList<>();
            for (AuthorityCatalogue.Party party : AuthorityCatalogue.PARTIES) {
                groups.add(people.saveGroup(new PoliticalGroup(null, party.name(), party.shortName(), party.colour(),
                        null)));
            }
            int total = council.members.size() + workforce.officers.size();
            int done = 0;
            int currentMembers = 0;
            Map<CouncilPlan.MemberDraft, Long> memberIds = new IdentityHashMap<>();
            for (CouncilPlan.MemberDraft m : council.members) {
                List<GroupMembership> spans = m.groups.stream()
                        .map(g -> new GroupMembership(groups.get(g.party).id(), g.from, g.to)).toList();
                List<SpecialResponsibility> roles = m.roles.stream()
                        .map(r -> new SpecialResponsibility(r.role(), r.area() == null ? null : areaIdByName.get(r.area()),
                                r.from(), r.to())).toList();
                boolean current = !m.termEnd.isBefore(today) && !m.termStart.isAfter(today);
                String email = current ? FictionalNames.mailbox("cllr." + m.forenames, m.surname) + "@" + domain : null;
                Member saved = people.saveMember(new Member(null, "Cllr", m.forenames, m.surname, m.kind, m.termStart,
                        m.termEnd, email, spans, m.ward < 0 ? List.of() : List.of(wardIds.get(m.ward)), roles));
                memberIds.put(m, saved.id());
                currentMembers += current ? 1 : 0;
                progress.accept(++done / (double) total);
            }
            for (int p = 0; p < groups.size(); p++) {
                CouncilPlan.MemberDraft leader = council.groupLeaders[p];
                if (leader != null) {
                    PoliticalGroup g = groups.get(p);
                    people.saveGroup(new PoliticalGroup(g.id(), g.name(), g.shortName(), g.colour(),
                            memberIds.get(leader)));
                }
            }
            int currentOfficers = 0;
            Map<WorkforcePlan.OfficerDraft, Long> officerIds = new IdentityHashMap<>();
            for (WorkforcePlan.OfficerDraft o : workforce.officers) {
                boolean current = o.leaveDate == null || !o.leaveDate.isBefore(today);
                Officer saved = people.saveOfficer(new Officer(null, o.staffNumber, o.forenames, o.surname, o.post,
                        o.division < 0 ? null : directorateIds.get(o.division), o.area < 0 ? null : areaIds.get(o.area),
                        o.tier, o.manager == null ? null : officerIds.get(o.manager), o.politicallyRestricted,
                        o.statutoryRole, o.startDate, o.leaveDate,
                        current ? FictionalNames.mailbox(o.forenames, o.surname) + "@" + domain : null));
                officerIds.put(o, saved.id());
                currentOfficers += current ? 1 : 0;
                progress.accept(++done / (double) total);
            }
            return new DemoSummary(authority, scale, seed, directorateIds.size(), areaIds.size(), wardIds.size(),
                    groups.size(), council.members.size(), currentMembers, workforce.officers.size(), currentOfficers,
                    Duration.ofMillis(clock.millis() - started));
        });
    }

    private static List<String> wardNames(SplittableRandom random, int count) {
        List<String> pool = new ArrayList<>(AuthorityCatalogue.WARD_NAMES);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        chosen.sort(String::compareTo);
        return chosen;
    }

    private static String pick(SplittableRandom random, List<String> items) {
        return items.get(random.nextInt(items.size()));
    }
}
