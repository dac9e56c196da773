package org.probity.subjectaccess;

import java.util.Locale;
import java.util.Optional;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;

/**
 * The person a subject access request is about: a member or officer of the people directory,
 * or someone who is only named in records (a Monitoring Officer who decided a declaration, the
 * owner of an action, a consultee). {@code name} is how records write them: forenames and
 * surname, without a title, since that is what third parties' text and other records contain.
 */
public record DataSubject(Kind kind, long id, String name) {

    public enum Kind {
        MEMBER("Member"),
        OFFICER("Officer"),
        NAMED("Named in records");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public DataSubject {
        name = name == null ? "" : name.strip();
    }

    public static DataSubject member(long id, String name) {
        return new DataSubject(Kind.MEMBER, id, name);
    }

    public static DataSubject officer(long id, String name) {
        return new DataSubject(Kind.OFFICER, id, name);
    }

    public static DataSubject named(String name) {
        return new DataSubject(Kind.NAMED, 0, name);
    }

    /** The directory entry, for a member or officer. */
    public Optional<PersonRef> person() {
        return switch (kind) {
            case MEMBER -> Optional.of(new PersonRef(PersonType.MEMBER, id));
            case OFFICER -> Optional.of(new PersonRef(PersonType.OFFICER, id));
            case NAMED -> Optional.empty();
        };
    }

    /** "member:12", "officer:34" or the name itself, as {@code probity sar --person} takes it. */
    public String key() {
        return switch (kind) {
            case MEMBER -> "member:" + id;
            case OFFICER -> "officer:" + id;
            case NAMED -> name;
        };
    }

    /** The id of {@code member:12} or {@code officer:34}; empty for anything else, which is searched for as a name. */
    public static Optional<PersonRef> parseKey(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String prefix = t.substring(0, colon).strip();
        try {
            long id = Long.parseLong(t.substring(colon + 1).strip());
            return switch (prefix) {
                case "member", "m" -> Optional.of(PersonRef.member(id));
                case "officer", "o" -> Optional.of(PersonRef.officer(id));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
