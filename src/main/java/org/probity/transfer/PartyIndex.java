package org.probity.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.people.PersonType;

/**
 * Finds members and officers named in a file the way people write them: with or without a
 * title such as "Cllr", told apart by post or staff number when two share a name.
 */
final class PartyIndex {

    private static final Pattern TITLE = Pattern.compile(
            "^(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame)\\.?\\s+");
    private static final Pattern COUNCILLOR = Pattern.compile("^(?:cllr|councillor)\\.?\\s+.*");

    private final Map<Long, Member> members = new HashMap<>();
    private final Map<Long, Officer> officers = new HashMap<>();
    private final Map<String, List<PersonRef>> byName = new HashMap<>();
    private final Map<String, Officer> byStaffNumber = new HashMap<>();

    PartyIndex(List<Member> members, List<Officer> officers) {
        for (Member m : members) {
            this.members.put(m.id(), m);
            byName.computeIfAbsent(key(m.forenames() + " " + m.surname()), k -> new ArrayList<>())
                    .add(PersonRef.member(m.id()));
        }
        for (Officer o : officers) {
            this.officers.put(o.id(), o);
            byName.computeIfAbsent(key(o.forenames() + " " + o.surname()), k -> new ArrayList<>())
                    .add(PersonRef.officer(o.id()));
            byStaffNumber.put(o.staffNumber().toLowerCase(Locale.ROOT), o);
        }
    }

    /** A name as compared: lower case, single spaces, no title, no full stops or commas. */
    static String key(String name) {
        String k = name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[.,]", " ").strip()
                .replaceAll("\\s+", " ");
        String before;
        do {
            before = k;
            k = TITLE.matcher(k).replaceFirst("");
        } while (!k.equals(before));
        return k;
    }

    Optional<Member> member(long id) {
        return Optional.ofNullable(members.get(id));
    }

    Optional<Officer> officer(long id) {
        return Optional.ofNullable(officers.get(id));
    }

    String name(PersonRef ref) {
        return ref.isMember() ? member(ref.id()).map(Member::displayName).orElse("(removed member)")
                : officer(ref.id()).map(Officer::displayName).orElse("(removed officer)");
    }

    String post(PersonRef ref) {
        return ref.isOfficer() ? officer(ref.id()).map(Officer::post).orElse("") : "";
    }

    String staffNumber(PersonRef ref) {
        return ref.isOfficer() ? officer(ref.id()).map(Officer::staffNumber).orElse("") : "";
    }

    static String typeLabel(PersonRef ref) {
        return ref.isMember() ? "Member" : "Officer";
    }

    /** Reads a person type cell: Member (or Councillor), Officer (or Employee), or blank for either. */
    static CellText.Parsed<PersonType> type(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "" -> CellText.Parsed.ok(null);
            case "member", "councillor", "cllr", "co-opted member", "m" -> CellText.Parsed.ok(PersonType.MEMBER);
            case "officer", "employee", "staff", "o" -> CellText.Parsed.ok(PersonType.OFFICER);
            default -> CellText.Parsed.wrong("'" + text.strip() + "' should be Member or Officer");
        };
    }

    /** Whether the name in a cell is this person's name, with or without a title. */
    boolean isCalled(PersonRef ref, String name) {
        String k = key(name);
        return ref.isMember() ? member(ref.id()).map(m -> key(m.forenames() + " " + m.surname()).equals(k))
                .orElse(false)
                : officer(ref.id()).map(o -> key(o.forenames() + " " + o.surname()).equals(k)).orElse(false);
    }

    /**
     * The one person a row names, or why it names nobody or more than one. {@code type} may be
     * null (either); {@code post} and {@code staffNumber} may be blank.
     */
    CellText.Parsed<PersonRef> find(String name, PersonType type, String post, String staffNumber) {
        return find(name, type, post, staffNumber, null);
    }

    /**
     * As {@link #find(String, PersonType, String, String)}; when a name is still shared, the one
     * person in office on {@code on} (the date declared) is the one meant, as with two members of
     * the same name elected years apart.
     */
    CellText.Parsed<PersonRef> find(String name, PersonType type, String post, String staffNumber, LocalDate on) {
        if (name == null || name.isBlank()) {
            if (staffNumber != null && !staffNumber.isBlank()) {
                return byStaff(staffNumber, null);
            }
            return CellText.Parsed.wrong("the name is missing");
        }
        PersonType wanted = type;
        if (wanted == null && COUNCILLOR.matcher(name.strip().toLowerCase(Locale.ROOT)).matches()) {
            wanted = PersonType.MEMBER;
        }
        if (staffNumber != null && !staffNumber.isBlank() && wanted != PersonType.MEMBER) {
            return byStaff(staffNumber, name);
        }
        PersonType only = wanted;
        List<PersonRef> candidates = byName.getOrDefault(key(name), List.of()).stream()
                .filter(r -> only == null || r.type() == only).toList();
        if (post != null && !post.isBlank() && candidates.stream().anyMatch(PersonRef::isOfficer)) {
            List<PersonRef> inPost = candidates.stream()
                    .filter(r -> r.isOfficer() && post(r).equalsIgnoreCase(post.strip())).toList();
            if (inPost.isEmpty()) {
                return CellText.Parsed.wrong("no officer called '"
                        + name.strip() + "' has the post '" + post.strip() + "'; the directory has "
                        + describe(candidates));
            }
            candidates = inPost;
        }
        if (candidates.isEmpty()) {
            String who = only == null ? "member or officer" : only == PersonType.MEMBER ? "member" : "officer";
            return CellText.Parsed.wrong("no " + who + " called '" + name.strip() + "' is in the people directory");
        }
        if (candidates.size() > 1 && on != null) {
            List<PersonRef> inOffice = candidates.stream().filter(r -> inOffice(r, on)).toList();
            if (inOffice.size() == 1) {
                return CellText.Parsed.ok(inOffice.get(0));
            }
        }
        if (candidates.size() > 1) {
            return CellText.Parsed.wrong("'" + name.strip() + "' could be any of " + describe(candidates)
                    + "; add the post or staff number to say which");
        }
        return CellText.Parsed.ok(candidates.get(0));
    }

    private boolean inOffice(PersonRef ref, LocalDate on) {
        if (ref.isMember()) {
            Member m = members.get(ref.id());
            return (m.termStart() == null || !m.termStart().isAfter(on)) && !m.hasLeftBy(on);
        }
        Officer o = officers.get(ref.id());
        return (o.startDate() == null || !o.startDate().isAfter(on)) && !o.hasLeftBy(on);
    }

    private CellText.Parsed<PersonRef> byStaff(String staffNumber, String name) {
        Officer o = byStaffNumber.get(staffNumber.strip().toLowerCase(Locale.ROOT));
        if (o == null) {
            return CellText.Parsed.wrong("no officer has staff number " + staffNumber.strip());
        }
        PersonRef ref = PersonRef.officer(o.id());
        if (name != null && !isCalled(ref, name)) {
            return CellText.Parsed.wrong("staff number " + o.staffNumber() + " is " + o.displayName() + ", not '"
                    + name.strip() + "'");
        }
        return CellText.Parsed.ok(ref);
    }

    private String describe(List<PersonRef> refs) {
        return refs.stream().map(r -> r.isMember() ? name(r) + " (member)"
                : name(r) + " (" + post(r) + ", staff number " + staffNumber(r) + ")")
                .collect(Collectors.joining(", "));
    }
}
