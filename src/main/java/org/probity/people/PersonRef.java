package org.probity.people;

import java.util.Locale;
import java.util.Optional;

/** A member or an officer, as registers refer to them. */
public record PersonRef(PersonType type, long id) {

    public static PersonRef member(long id) {
        return new PersonRef(PersonType.MEMBER, id);
    }

    public static PersonRef officer(long id) {
        return new PersonRef(PersonType.OFFICER, id);
    }

    public boolean isMember() {
        return type == PersonType.MEMBER;
    }

    public boolean isOfficer() {
        return type == PersonType.OFFICER;
    }

    /** A compact key such as {@code M12} or {@code O3407}, used in search hits and flags. */
    public String key() {
        return (isMember() ? "M" : "O") + id;
    }

    public static Optional<PersonRef> parse(String key) {
        if (key == null || key.length() < 2) {
            return Optional.empty();
        }
        String prefix = key.substring(0, 1).toUpperCase(Locale.ROOT);
        try {
            long id = Long.parseLong(key.substring(1));
            return switch (prefix) {
                case "M" -> Optional.of(member(id));
                case "O" -> Optional.of(officer(id));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
