package org.probity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;

/**
 * The officers of a demo authority, worked out in memory before anything is saved: the Chief
 * Executive, a Director per directorate, a Head of Service per service area, then managers, team
 * leaders and front-line staff. At large scale every post also has the people who held it over
 * the last ten years.
 */
final class WorkforcePlan {

    static final class OfficerDraft {
        final String staffNumber;
        final String forenames;
        final String surname;
        final String post;
        final int division;
        final int area;
        final int tier;
        final OfficerDraft manager;
        final boolean politicallyRestricted;
        final StatutoryRole statutoryRole;
        final LocalDate startDate;
        LocalDate leaveDate;

        OfficerDraft(String staffNumber, String forenames, String surname, String post, int division, int area,
                     int tier, OfficerDraft manager, boolean politicallyRestricted, StatutoryRole statutoryRole,
                     LocalDate startDate, LocalDate leaveDate) {
            this.staffNumber = staffNumber;
            this.forenames = forenames;
            this.surname = surname;
            this.post = post;
            this.division = division;
            this.area = area;
            this.tier = tier;
            this.manager = manager;
            this.politicallyRestricted = politicallyRestricted;
            this.statutoryRole = statutoryRole;
            this.startDate = startDate;
            this.leaveDate = leaveDate;
        }
    }

    private static final List<String> LOCALITIES = List.of("North", "South", "East", "West", "Central",
            "Northeast", "Southwest", "Northwest", "Southeast");
    private static final int HISTORY_YEARS = 10;

    /** Current holders first, in tier order, so every line manager is saved before their staff. */
    final List<OfficerDraft> officers = new ArrayList<>();

    private final SplittableRandom random;
    private final DemoScale scale;
    private final LocalDate today;
    private final Set<String> staffNumbers = new HashSet<>();
    private final List<OfficerDraft> former = new ArrayList<>();

    WorkforcePlan(SplittableRandom random, DemoScale scale, LocalDate today) {
        this.random = random;
        this.scale = scale;
        this.today = today;
        OfficerDraft chief = post("Chief Executive", -1, -1, Tier.CHIEF_EXECUTIVE, null, true,
                StatutoryRole.HEAD_OF_PAID_SERVICE);
        List<AuthorityCatalogue.Division> divisions = AuthorityCatalogue.DIVISIONS;
        List<OfficerDraft> directors = new ArrayList<>();
        for (int d = 0; d < divisions.size(); d++) {
            AuthorityCatalogue.Division division = divisions.get(d);
            boolean finance = division.name().equals(AuthorityCatalogue.FINANCE_DIRECTORATE);
            directors.add(post(division.director(), d, -1, Tier.DIRECTOR, chief, true,
                    finance ? StatutoryRole.CHIEF_FINANCE_OFFICER : null));
        }
        List<OfficerDraft> heads = new ArrayList<>();
        int areaIndex = 0;
        for (int d = 0; d < divisions.size(); d++) {
            for (AuthorityCatalogue.Area area : divisions.get(d).areas()) {
                boolean legal = area.name().equals(AuthorityCatalogue.LEGAL);
                heads.add(post(legal ? "Head of Legal Services and Monitoring Officer" : "Head of " + area.name(),
                        d, areaIndex, Tier.HEAD_OF_SERVICE, directors.get(d), true,
                        legal ? StatutoryRole.MONITORING_OFFICER : null));
                areaIndex++;
            }
        }
        areaIndex = 0;
        for (int d = 0; d < divisions.size(); d++) {
            for (AuthorityCatalogue.Area area : divisions.get(d).areas()) {
                staffArea(d, areaIndex, area, heads.get(areaIndex));
                areaIndex++;
            }
        }
        officers.sort((a, b) -> Integer.compare(a.tier, b.tier));
        former.sort((a, b) -> Integer.compare(a.tier, b.tier));
        officers.addAll(former);
    }

    private void staffArea(int division, int area, AuthorityCatalogue.Area spec, OfficerDraft head) {
        boolean small = scale == DemoScale.SMALL;
        int managers = small ? 1 + random.nextInt(3) : 4 + random.nextInt(5);
        for (int m = 0; m < managers; m++) {
            String team = spec.teams().get(m % spec.teams().size());
            int round = m / spec.teams().size();
            String suffix = round == 0 ? "" : " (" + LOCALITIES.get((round - 1) % LOCALITIES.size()) + ")";
            OfficerDraft manager = post(team + " Manager" + suffix, division, area, 4, head, spec.advisory(), null);
            int leaders = small ? 1 + random.nextInt(3) : 3 + random.nextInt(3);
            for (int t = 0; t < leaders; t++) {
                OfficerDraft leader = post(team + " Team Leader" + suffix, division, area, 5, manager,
                        spec.advisory(), null);
                int staff = small ? 3 + random.nextInt(4) : 5 + random.nextInt(7);
                for (int s = 0; s < staff; s++) {
                    String title = spec.posts().get(random.nextInt(spec.posts().size()));
                    boolean senior = !title.startsWith("Senior") && random.nextInt(5) == 0;
                    boolean restricted = spec.advisory() && spec.name().startsWith("Policy");
                    post(senior ? "Senior " + title : title, division, area, 6, leader, restricted, null);
                }
            }
        }
    }

    /**
     * Fills a post: its current holder and, at large scale, the people who held it before
     * (who reported to whoever holds the manager's post today).
     */
    private OfficerDraft post(String title, int division, int area, int tier, OfficerDraft manager,
                              boolean restricted, StatutoryRole role) {
        int longest = tier <= Tier.DIRECTOR ? 9 * 365 : 22 * 365;
        double u = random.nextDouble();
        LocalDate start = today.minusDays(14 + (long) (longest * u * u));
        LocalDate leaving = null;
        if (role == null && random.nextInt(100) == 0) {
            leaving = today.plusDays(7 + random.nextInt(110));
        }
        OfficerDraft holder = new OfficerDraft(staffNumber(), FictionalNames.forename(random),
                FictionalNames.surname(random), title, division, area, tier, manager, restricted, role, start, leaving);
        officers.add(holder);
        if (scale == DemoScale.LARGE) {
            LocalDate horizon = today.minusYears(HISTORY_YEARS);
            LocalDate cursor = start;
            while (true) {
                LocalDate left = cursor.minusDays(1 + random.nextInt(45));
                if (left.isBefore(horizon)) {
                    break;
                }
                LocalDate started = left.minusDays(180 + random.nextInt(5 * 365));
                former.add(new OfficerDraft(staffNumber(), FictionalNames.forename(random),
                        FictionalNames.surname(random), title, division, area, tier, manager, restricted, role,
                        started, left));
                cursor = started;
            }
        }
        return holder;
    }

    private String staffNumber() {
        while (true) {
            String candidate = String.valueOf(100_000 + random.nextInt(900_000));
            if (staffNumbers.add(candidate)) {
                return candidate;
            }
        }
    }
}
