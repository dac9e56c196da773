package org.probity.relationships;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.Tier;

/**
 * Finds potential conflicts on a declaration from the people directory as it stands on a
 * given day. Nothing here is typed in by users: a new portfolio, a promotion or a change of
 * line manager changes what it finds.
 */
public final class ConflictDetector {

    private static final int MAX_MANAGEMENT_LEVELS = 20;

    private final Function<Long, Optional<Member>> members;
    private final Function<Long, Optional<Officer>> officers;
    private final Map<Long, ServiceArea> areas;

    public ConflictDetector(Function<Long, Optional<Member>> members, Function<Long, Optional<Officer>> officers,
                            Map<Long, ServiceArea> areas) {
        this.members = members;
        this.officers = officers;
        this.areas = areas;
    }

    public List<DetectedConflict> detect(Declaration declaration, LocalDate day) {
        List<DetectedConflict> found = new ArrayList<>();
        if (!declaration.isActive()) {
            return found;
        }
        PersonRef a = declaration.partyA();
        PersonRef b = declaration.partyB();
        if (a.isMember() && b.isOfficer()) {
            specialResponsibility(declaration, a, b, day, found);
        } else if (a.isOfficer() && b.isMember()) {
            specialResponsibility(declaration, b, a, day, found);
        } else if (a.isOfficer() && b.isOfficer()) {
            lineManagement(declaration, a, b, day, found);
            lineManagement(declaration, b, a, day, found);
        }
        statutory(declaration, a, b, day, found);
        statutory(declaration, b, a, day, found);
        return found;
    }

    private void specialResponsibility(Declaration d, PersonRef memberRef, PersonRef officerRef, LocalDate day,
                                       List<DetectedConflict> found) {
        Optional<Member> member = members.apply(memberRef.id()).filter(m -> !m.hasLeftBy(day));
        Optional<Officer> officer = officers.apply(officerRef.id()).filter(o -> inPost(o, day));
        if (member.isEmpty() || officer.isEmpty() || !Tier.isSenior(officer.get().tier())) {
            return;
        }
        Officer o = officer.get();
        for (SpecialResponsibility role : member.get().responsibilitiesOn(day)) {
            if (role.serviceAreaId() == null || !covers(o, role.serviceAreaId())) {
                continue;
            }
            String sentence = member.get().displayName() + " is " + role.role() + "; " + d.kind().describedAs() + " "
                    + o.displayName() + " is " + o.post() + " (tier " + o.tier() + ").";
            found.add(new DetectedConflict(ConflictRule.SPECIAL_RESPONSIBILITY_IN_AREA,
                    "SR:" + memberRef.key() + ":" + role.role() + ":" + role.serviceAreaId() + ":" + officerRef.key(),
                    sentence));
        }
    }

    /** A senior officer's area: their own service area, a Director's whole directorate, everything for tier 1. */
    private boolean covers(Officer officer, long areaId) {
        if (officer.tier() == Tier.CHIEF_EXECUTIVE) {
            return true;
        }
        if (Objects.equals(officer.serviceAreaId(), areaId)) {
            return true;
        }
        ServiceArea area = areas.get(areaId);
        return officer.tier() == Tier.DIRECTOR && area != null && officer.directorateId() != null
                && officer.directorateId().equals(area.directorateId());
    }

    private void lineManagement(Declaration d, PersonRef managerRef, PersonRef reportRef, LocalDate day,
                                List<DetectedConflict> found) {
        Optional<Officer> manager = officers.apply(managerRef.id()).filter(o -> inPost(o, day));
        Optional<Officer> report = officers.apply(reportRef.id()).filter(o -> inPost(o, day));
        if (manager.isEmpty() || report.isEmpty()) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        Long next = report.get().lineManagerId();
        int levels = 1;
        while (next != null && seen.add(next) && levels <= MAX_MANAGEMENT_LEVELS) {
            if (next == managerRef.id()) {
                Officer m = manager.get();
                Officer r = report.get();
                String how = levels == 1 ? "line-manages" : "manages, through " + (levels - 1)
                        + (levels == 2 ? " level" : " levels") + " of management,";
                String sentence = m.displayName() + " (" + m.post() + ") " + how + " " + r.displayName() + " ("
                        + r.post() + "); they have declared a " + d.kindDescription().toLowerCase(Locale.UK)
                        + " relationship.";
                found.add(new DetectedConflict(ConflictRule.LINE_MANAGES_RELATED_OFFICER,
                        "LM:" + managerRef.key() + ">" + reportRef.key(), sentence));
                return;
            }
            next = officers.apply(next).map(Officer::lineManagerId).orElse(null);
            levels++;
        }
    }

    private void statutory(Declaration d, PersonRef officerRef, PersonRef otherRef, LocalDate day,
                           List<DetectedConflict> found) {
        if (!officerRef.isOfficer()) {
            return;
        }
        Optional<Officer> officer = officers.apply(officerRef.id()).filter(o -> inPost(o, day));
        if (officer.isEmpty() || officer.get().statutoryRole() == null) {
            return;
        }
        Officer o = officer.get();
        String other = name(otherRef);
        String sentence = o.displayName() + " is the " + o.statutoryRole().label() + "; " + other
                + " has declared a " + d.kindDescription().toLowerCase(Locale.UK) + " relationship with them.";
        found.add(new DetectedConflict(ConflictRule.RELATED_TO_STATUTORY_OFFICER,
                "ST:" + officerRef.key() + ":" + o.statutoryRole().name(), sentence));
    }

    private String name(PersonRef ref) {
        return ref.isMember() ? members.apply(ref.id()).map(Member::displayName).orElse("a former member")
                : officers.apply(ref.id()).map(Officer::displayName).orElse("a former officer");
    }

    private static boolean inPost(Officer officer, LocalDate day) {
        return !officer.hasLeftBy(day) && (officer.startDate() == null || !officer.startDate().isAfter(day));
    }
}
