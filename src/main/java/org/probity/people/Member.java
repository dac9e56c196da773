package org.probity.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A councillor or co-opted member. A member whose term has ended is kept for the registers'
 * history and hidden from everyday lists.
 */
public record Member(Long id, String title, String forenames, String surname, MemberKind kind, LocalDate termStart,
                     LocalDate termEnd, String email, List<GroupMembership> groups, List<Long> wardIds,
                     List<SpecialResponsibility> responsibilities) {

    public Member {
        groups = groups == null ? List.of() : List.copyOf(groups);
        wardIds = wardIds == null ? List.of() : List.copyOf(wardIds);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
    }

    public Member withId(long newId) {
        return new Member(newId, title, forenames, surname, kind, termStart, termEnd, email, groups, wardIds,
                responsibilities);
    }

    /** "Cllr Jane Smith" style name for lists and letters. */
    public String displayName() {
        String prefix = title == null || title.isBlank() ? "" : title.trim() + " ";
        return prefix + forenames + " " + surname;
    }

    public String sortName() {
        return surname + ", " + forenames;
    }

    public boolean hasLeftBy(LocalDate day) {
        return termEnd != null && termEnd.isBefore(day);
    }

    public Optional<Long> groupOn(LocalDate day) {
        return groups.stream().filter(g -> g.isCurrentOn(day)).map(GroupMembership::groupId).findFirst();
    }

    public List<SpecialResponsibility> responsibilitiesOn(LocalDate day) {
        return responsibilities.stream().filter(r -> r.isCurrentOn(day)).toList();
    }
}
