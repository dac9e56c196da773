package org.probity.transfer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns Probity reads and writes for each list, with the other names spreadsheets from
 * HR and democratic services systems commonly give them. Headers are compared ignoring case,
 * spaces and punctuation, so "Last name", "LAST_NAME" and "last-name" all mean Surname.
 */
public enum Column {
    STAFF_NUMBER(PersonKind.OFFICERS, "Staff number", true, "employee number", "payroll number", "staff no",
            "employee no", "payroll no", "employee id", "staff id", "payroll id"),
    TITLE(PersonKind.MEMBERS, "Title", false, "salutation", "honorific"),
    FORENAMES(null, "Forenames", true, "forename", "first name", "first names", "given name", "given names"),
    SURNAME(null, "Surname", true, "last name", "family name"),
    POST(PersonKind.OFFICERS, "Post", true, "job title", "post title", "position"),
    DIRECTORATE(PersonKind.OFFICERS, "Directorate", false, "department"),
    SERVICE_AREA(PersonKind.OFFICERS, "Service area", false, "service"),
    TIER(PersonKind.OFFICERS, "Tier", true, "management tier"),
    LINE_MANAGER(PersonKind.OFFICERS, "Line manager staff number", false, "line manager", "manager",
            "manager staff number", "reports to", "line manager staff no", "manager staff no"),
    POLITICALLY_RESTRICTED(PersonKind.OFFICERS, "Politically restricted", false, "politically restricted post",
            "restricted post"),
    STATUTORY_ROLE(PersonKind.OFFICERS, "Statutory role", false, "statutory officer"),
    START_DATE(PersonKind.OFFICERS, "Start date", false, "started", "date started", "appointed", "appointment date",
            "date of appointment"),
    LEAVING_DATE(PersonKind.OFFICERS, "Leaving date", false, "leave date", "date left", "left", "end date"),
    KIND(PersonKind.MEMBERS, "Kind", false, "member kind", "kind of member", "type of member", "member type"),
    TERM_START(PersonKind.MEMBERS, "Term start", false, "start of term", "term starts", "elected", "date elected"),
    TERM_END(PersonKind.MEMBERS, "Term end", false, "end of term", "term ends"),
    EMAIL(null, "Email", false, "e-mail", "email address", "e-mail address"),
    POLITICAL_GROUP(PersonKind.MEMBERS, "Political group", false, "group", "groups", "party", "political groups",
            "group membership", "group history"),
    GROUP_SINCE(PersonKind.MEMBERS, "Group since", false, "group from", "joined group"),
    GROUP_UNTIL(PersonKind.MEMBERS, "Group until", false, "group to", "left group"),
    WARDS(PersonKind.MEMBERS, "Wards", false, "ward", "electoral ward", "electoral wards", "division"),
    SPECIAL_RESPONSIBILITIES(PersonKind.MEMBERS, "Special responsibilities", false, "special responsibility",
            "roles", "responsibilities");

    private final PersonKind kind;
    private final String label;
    private final boolean required;
    private final Set<String> names;

    Column(PersonKind kind, String label, boolean required, String... synonyms) {
        this.kind = kind;
        this.label = label;
        this.required = required;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(label), Arrays.stream(synonyms))
                .map(Column::normalise).collect(Collectors.toUnmodifiableSet());
    }

    /** The header an export writes. */
    public String label() {
        return label;
    }

    public boolean required() {
        return required;
    }

    public boolean appliesTo(PersonKind k) {
        return kind == null || kind == k;
    }

    public boolean matches(String header) {
        return names.contains(normalise(header));
    }

    /** The columns of one list, in the order an export writes them. */
    public static List<Column> of(PersonKind k) {
        List<Column> columns = Arrays.stream(values()).filter(c -> c.appliesTo(k))
                .filter(c -> c != GROUP_SINCE && c != GROUP_UNTIL).toList();
        return columns;
    }

    /** Every column an import of this list understands, including ones an export never writes. */
    public static List<Column> readable(PersonKind k) {
        return Arrays.stream(values()).filter(c -> c.appliesTo(k)).toList();
    }

    static String normalise(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
