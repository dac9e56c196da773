package org.probity.complaints;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probity.people.Officer;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;

/**
 * The protocols' rules for where a complaint goes (000 paras 30-31; 002 section 12; 004
 * section 6), in one place: an officer's complaint about a member goes to their line manager
 * or Director and may go on to the Monitoring Officer, and to the Monitoring Officer's
 * code-of-conduct procedure if it alleges a breach of the Members' Code; a member's complaint
 * about an officer goes to the officer's Director, about a Director to the Chief Executive, and
 * about the Chief Executive to the Monitoring Officer; a member's complaint about a member is a
 * code-of-conduct matter.
 */
public final class ComplaintRouting {

    private final List<Officer> officers;

    /** {@code officers}: the people directory's officers, to find managers, Directors and statutory officers. */
    public ComplaintRouting(List<Officer> officers, LocalDate today) {
        this.officers = officers.stream().filter(o -> !o.hasLeftBy(today)).toList();
    }

    /**
     * The route for a complaint. {@code complainant} is the complaining officer (officer about a
     * member), {@code subject} the officer complained about (member about an officer); otherwise
     * they may be empty.
     */
    public ProposedRoute propose(ComplaintDirection direction, Optional<Officer> complainant,
                                 Optional<Officer> subject, boolean allegesCodeBreach) {
        Long mo = monitoringOfficer().map(Officer::id).orElse(null);
        switch (direction) {
            case MEMBER_ABOUT_MEMBER:
                return new ProposedRoute(ComplaintRoute.CODE_OF_CONDUCT, "A member's complaint about another "
                        + "member is dealt with by the Monitoring Officer under the Members' Code of Conduct.", mo);
            case OFFICER_ABOUT_MEMBER:
                if (allegesCodeBreach) {
                    return new ProposedRoute(ComplaintRoute.CODE_OF_CONDUCT, "An officer's complaint that alleges "
                            + "a breach of the Members' Code of Conduct goes to the Monitoring Officer's "
                            + "code-of-conduct procedure.", mo);
                }
                Optional<Officer> manager = complainant.flatMap(this::lineManagerOrDirector);
                return new ProposedRoute(ComplaintRoute.LINE_MANAGER, "An officer's complaint about a member goes "
                        + "to the officer's line manager or Director"
                        + manager.map(m -> " (" + m.displayName() + ")").orElse("")
                        + ", and may go on to the Monitoring Officer.", manager.map(Officer::id).orElse(mo));
            case MEMBER_ABOUT_OFFICER:
            default:
                if (subject.isEmpty()) {
                    return new ProposedRoute(ComplaintRoute.DIRECTOR, "A member's complaint about an officer goes "
                            + "to the officer's Director.", null);
                }
                Officer s = subject.get();
                if (s.statutoryRole() == StatutoryRole.HEAD_OF_PAID_SERVICE || s.tier() == Tier.CHIEF_EXECUTIVE) {
                    return new ProposedRoute(ComplaintRoute.MONITORING_OFFICER, "A member's complaint about the "
                            + "Chief Executive (" + s.displayName() + ") goes to the Monitoring Officer.", mo);
                }
                if (s.tier() == Tier.DIRECTOR) {
                    Optional<Officer> chief = chiefExecutive();
                    return new ProposedRoute(ComplaintRoute.CHIEF_EXECUTIVE, "A member's complaint about a Director ("
                            + s.displayName() + ", " + Tier.describe(s.tier()) + ") goes to the Chief Executive"
                            + chief.map(c -> " (" + c.displayName() + ")").orElse("") + ".",
                            chief.map(Officer::id).orElse(null));
                }
                Optional<Officer> director = directorOf(s);
                return new ProposedRoute(ComplaintRoute.DIRECTOR, "A member's complaint about an officer goes to "
                        + "the officer's Director" + director.map(d -> " (" + d.displayName() + ")")
                        .orElse(" (the directory names no Director for this officer's directorate)") + ".",
                        director.map(Officer::id).orElse(null));
        }
    }

    public Optional<Officer> monitoringOfficer() {
        return officers.stream().filter(o -> o.statutoryRole() == StatutoryRole.MONITORING_OFFICER).findFirst();
    }

    public Optional<Officer> chiefExecutive() {
        return officers.stream().filter(o -> o.statutoryRole() == StatutoryRole.HEAD_OF_PAID_SERVICE).findFirst()
                .or(() -> officers.stream().filter(o -> o.tier() == Tier.CHIEF_EXECUTIVE).findFirst());
    }

    private Optional<Officer> lineManagerOrDirector(Officer officer) {
        if (officer.lineManagerId() != null) {
            Optional<Officer> manager = officers.stream().filter(o -> o.id().equals(officer.lineManagerId()))
                    .findFirst();
            if (manager.isPresent()) {
                return manager;
            }
        }
        return directorOf(officer);
    }

    private Optional<Officer> directorOf(Officer officer) {
        if (officer.directorateId() == null) {
            return Optional.empty();
        }
        return officers.stream().filter(o -> o.tier() == Tier.DIRECTOR && !o.id().equals(officer.id())
                        && officer.directorateId().equals(o.directorateId()))
                .min(Comparator.comparing(Officer::id));
    }
}
