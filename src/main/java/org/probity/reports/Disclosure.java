package org.probity.reports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.people.PoliticalGroup;
import org.probity.people.Tier;

/**
 * What a report may say about people and small numbers under its classification. An Open
 * report describes each person by their role ("a Director", "a member of the Labour Group")
 * and gives counts below the threshold as "fewer than 3"; an Exempt report names them.
 * Registers' report sections go through this for every name, count and free-text summary.
 */
public final class Disclosure {

    private final ReportOptions options;
    private final PeopleService people;
    // Looked up as the report names people: a large authority has tens of thousands of officers
    // and a report mentions a few dozen of them.
    private final Map<Long, Optional<Member>> members = new ConcurrentHashMap<>();
    private final Map<Long, Optional<Officer>> officers = new ConcurrentHashMap<>();
    private final Map<Long, String> groups = new HashMap<>();

    public Disclosure(ReportOptions options, PeopleService people) {
        this.options = options;
        this.people = people;
        for (PoliticalGroup g : people.groups()) {
            groups.put(g.id(), g.name());
        }
        // The members, all read at once: a council has at most a few hundred, past and present.
        for (Member m : people.members()) {
            members.put(m.id(), Optional.of(m));
        }
    }

    /**
     * Reads the officers among {@code named} together, before a table names them row by row: a
     * case log names dozens of a large authority's officers.
     */
    public void prepare(Collection<PersonRef> named) {
        List<Long> wanted = named.stream().filter(p -> p != null && !p.isMember()).map(PersonRef::id)
                .filter(id -> !officers.containsKey(id)).distinct().toList();
        if (wanted.isEmpty()) {
            return;
        }
        Map<Long, Officer> found = people.officers(wanted);
        for (Long id : wanted) {
            officers.putIfAbsent(id, Optional.ofNullable(found.get(id)));
        }
    }

    private Member member(long id) {
        return members.computeIfAbsent(id, people::member).orElse(null);
    }

    private Officer officer(long id) {
        return officers.computeIfAbsent(id, people::officer).orElse(null);
    }

    public ReportOptions options() {
        return options;
    }

    public boolean namesPeople() {
        return !options.isOpen();
    }

    /** The person's name in an Exempt report, their role in an Open one, as of {@code on}. */
    public String person(PersonRef person, LocalDate on) {
        if (person == null) {
            return "";
        }
        return namesPeople() ? name(person) : role(person, on);
    }

    /** The person's name whatever the classification, for the Exempt case log. */
    public String name(PersonRef person) {
        if (person.isMember()) {
            Member m = member(person.id());
            return m == null ? "(removed member)" : m.displayName();
        }
        Officer o = officer(person.id());
        return o == null ? "(removed officer)" : o.displayName();
    }

    /** "a member of the Labour Group", "a co-opted member", "a Director", "an officer". */
    public String role(PersonRef person, LocalDate on) {
        if (person.isMember()) {
            Member m = member(person.id());
            if (m == null) {
                return "a former member";
            }
            if (m.kind() == MemberKind.CO_OPTED) {
                return "a co-opted member";
            }
            Optional<Long> group = m.groupOn(on == null ? LocalDate.MAX : on)
                    .or(() -> m.groups().isEmpty() ? Optional.empty()
                            : Optional.of(m.groups().get(m.groups().size() - 1).groupId()));
            return group.map(g -> groups.get(g)).map(Disclosure::memberOf).orElse("an unaffiliated member");
        }
        Officer o = officer(person.id());
        if (o == null) {
            return "a former officer";
        }
        return switch (o.tier()) {
            case Tier.CHIEF_EXECUTIVE -> "the Chief Executive";
            case Tier.DIRECTOR -> "a Director";
            case Tier.HEAD_OF_SERVICE -> "a Head of Service";
            default -> "an officer";
        };
    }

    /** "a member of the Labour Group", "a member of the Green Future group". */
    static String memberOf(String groupName) {
        String lower = groupName.toLowerCase(java.util.Locale.UK);
        String name = lower.startsWith("the ") ? groupName.substring(4) : groupName;
        boolean named = lower.endsWith(" group") || lower.endsWith(" party");
        return "a member of the " + name + (named ? "" : " group");
    }

    /** A count as printed: "fewer than 3" in an Open report when small counts are suppressed. */
    public String count(long n) {
        if (suppressed(n)) {
            return "fewer than " + options.suppressBelow();
        }
        return Long.toString(n);
    }

    public boolean suppressed(long n) {
        return options.isOpen() && n > 0 && n < options.suppressBelow();
    }

    /** "12 of 14 (86%)", suppressed as a whole when either count is small. */
    public String share(long part, long whole) {
        if (whole == 0) {
            return "none";
        }
        if (suppressed(part) || suppressed(whole)) {
            return count(part) + " of " + count(whole);
        }
        return part + " of " + whole + " (" + Math.round(part * 100.0 / whole) + "%)";
    }

    /** A free-text summary: left out of an Open report. */
    public Optional<String> summary(String text) {
        if (!namesPeople() || text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(text.strip());
    }
}
