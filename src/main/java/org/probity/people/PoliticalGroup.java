package org.probity.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** A party group on the council. {@code leaderMemberId} may be null while a group has no leader. */
public record PoliticalGroup(Long id, String name, String shortName, String colour, Long leaderMemberId) {

    public PoliticalGroup withId(long newId) {
        return new PoliticalGroup(newId, name, shortName, colour, leaderMemberId);
    }

    public Map<String, String> auditValues(String leaderName) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Name", name);
        values.put("Short name", shortName);
        values.put("Colour", colour == null ? "" : colour);
        values.put("Leader", leaderName == null ? "" : leaderName);
        return values;
    }

    @Override
    public String toString() {
        return name;
    }
}
