package org.probity.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.people.GroupMembership;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.PeopleService;
import org.probity.people.PoliticalGroup;
import org.probity.people.ServiceArea;
import org.probity.people.SpecialResponsibility;
import org.probity.people.Ward;

/**
 * Members as rows. Groups and wards must already be set up in Probity (a misspelt group would
 * otherwise become a new party); service areas named by special responsibilities are created
 * when new, as for officers.
 */
final class MemberRows {

    private static final Map<String, Column> FIELDS = Map.ofEntries(
            Map.entry("title", Column.TITLE), Map.entry("forenames", Column.FORENAMES),
            Map.entry("surname", Column.SURNAME), Map.entry("kind", Column.KIND),
            Map.entry("termEnd", Column.TERM_END), Map.entry("email", Column.EMAIL),
            Map.entry("groups", Column.POLITICAL_GROUP), Map.entry("wards", Column.WARDS),
            Map.entry("responsibilities", Column.SPECIAL_RESPONSIBILITIES));
    private static final int NAMES_LISTED = 12;

    private final PeopleService people;

    MemberRows(PeopleService people) {
        this.people = people;
    }

    private record Planned(int row, Member member, List<String> responsibilityAreas) {
    }

    ImportPlan plan(Table table, ColumnMap columns) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        Map<String, String> existing = new HashMap<>();
        for (Member m : people.members()) {
            existing.putIfAbsent(OfficerRows.key(m.forenames() + " " + m.surname()), m.displayName());
        }
        List<PoliticalGroup> groups = people.groups();
        Map<String, Long> groupIds = new HashMap<>();
        for (PoliticalGroup g : groups) {
            groupIds.putIfAbsent(OfficerRows.key(g.shortName()), g.id());
        }
        for (PoliticalGroup g : groups) {
            groupIds.put(OfficerRows.key(g.name()), g.id());
        }
        List<Ward> wards = people.wards();
        Map<String, Long> wardIds = OfficerRows.byName(wards.stream()
                .collect(Collectors.toMap(Ward::name, Ward::id, (a, b) -> a)));
        Map<String, Long> areas = OfficerRows.byName(people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::name, ServiceArea::id, (a, b) -> a)));
        Map<String, String> newAreas = new LinkedHashMap<>();
        List<Planned> planned = new ArrayList<>();

        for (Table.Row row : table.rows()) {
            int n = row.number();
            MemberKind kind = kind(row, columns, problems);
            LocalDate termStart = OfficerRows.date(row, columns, Column.TERM_START, problems);
            LocalDate termEnd = OfficerRows.date(row, columns, Column.TERM_END, problems);

            String groupHeader = columns.header(Column.POLITICAL_GROUP);
            List<DatedEntry.Text> groupEntries = DatedEntry.parse(columns.get(row, Column.POLITICAL_GROUP));
            LocalDate since = OfficerRows.date(row, columns, Column.GROUP_SINCE, problems);
            LocalDate until = OfficerRows.date(row, columns, Column.GROUP_UNTIL, problems);
            List<GroupMembership> memberships = new ArrayList<>();
            for (DatedEntry.Text entry : groupEntries) {
                Long id = groupIds.get(OfficerRows.key(entry.name()));
                if (id == null) {
                    problems.add(new ImportProblem(n, groupHeader, "'" + entry.name() + "' is not a known political"
                            + " group (" + known("known groups", groups.stream().map(PoliticalGroup::name).toList())
                            + "). Correct the name, or add the group under People, Political groups first."));
                    continue;
                }
                LocalDate from = entryDate(n, groupHeader, entry, entry.from(), problems);
                LocalDate to = entryDate(n, groupHeader, entry, entry.to(), problems);
                if (groupEntries.size() == 1 && entry.from() == null && entry.to() == null) {
                    from = since;
                    to = until;
                }
                memberships.add(new GroupMembership(id, from, to));
            }
            if ((since != null || until != null) && groupEntries.size() != 1) {
                problems.add(new ImportProblem(n, columns.header(since != null ? Column.GROUP_SINCE
                        : Column.GROUP_UNTIL), groupEntries.isEmpty() ? "there is a date but no political group."
                        : "give the dates inside the political group column when a member has several groups ("
                        + DatedEntry.FORMAT + ")."));
            }

            List<Long> memberWards = new ArrayList<>();
            for (DatedEntry.Text entry : splitNames(columns.get(row, Column.WARDS))) {
                Long id = wardIds.get(OfficerRows.key(entry.name()));
                if (id == null) {
                    problems.add(new ImportProblem(n, columns.header(Column.WARDS), "'" + entry.name() + "' is not"
                            + " one of the authority's wards (" + known("known wards", wards.stream().map(Ward::name)
                            .toList()) + "). Separate several wards with semicolons; add a missing ward under"
                            + " People, Wards first."));
                } else if (!memberWards.contains(id)) {
                    memberWards.add(id);
                }
            }

            String rolesHeader = columns.header(Column.SPECIAL_RESPONSIBILITIES);
            List<SpecialResponsibility> roles = new ArrayList<>();
            List<String> roleAreas = new ArrayList<>();
            for (DatedEntry.Text entry : DatedEntry.parse(columns.get(row, Column.SPECIAL_RESPONSIBILITIES))) {
                LocalDate from = entryDate(n, rolesHeader, entry, entry.from(), problems);
                LocalDate to = entryDate(n, rolesHeader, entry, entry.to(), problems);
                Long areaId = null;
                if (entry.area() != null) {
                    areaId = areas.get(OfficerRows.key(entry.area()));
                    if (areaId == null) {
                        newAreas.putIfAbsent(OfficerRows.key(entry.area()), entry.area());
                    }
                }
                roles.add(new SpecialResponsibility(entry.name(), areaId, from, to));
                roleAreas.add(entry.area());
            }

            Member candidate = new Member(null, columns.get(row, Column.TITLE), columns.get(row, Column.FORENAMES),
                    columns.get(row, Column.SURNAME), kind, termStart, termEnd, columns.get(row, Column.EMAIL),
                    memberships, memberWards, roles);
            for (FieldProblem p : people.validateMember(candidate).problems()) {
                problems.add(columns.problem(n, p, FIELDS));
            }
            String already = existing.get(OfficerRows.key(candidate.forenames() + " " + candidate.surname()));
            if (already != null) {
                // Members have no number of their own, so a second import of the same file would add them twice.
                warnings.add(new ImportProblem(n, columns.header(Column.SURNAME), already + " is already in Probity;"
                        + " importing adds another member of the same name."));
            }
            planned.add(new Planned(n, candidate, roleAreas));
        }
        if (planned.isEmpty()) {
            problems.add(new ImportProblem(table.headerRow() + 1, null, "there are no members below the column headings."));
        }

        List<String> areaNames = List.copyOf(newAreas.values());
        return new ImportPlan(planned.size(), problems, warnings, List.of(), areaNames, () -> {
            for (String name : areaNames) {
                areas.put(OfficerRows.key(name), people.saveServiceArea(new ServiceArea(null, name, null)).id());
            }
            for (Planned p : planned) {
                Member m = p.member();
                List<SpecialResponsibility> roles = new ArrayList<>();
                for (int i = 0; i < m.responsibilities().size(); i++) {
                    SpecialResponsibility r = m.responsibilities().get(i);
                    String area = p.responsibilityAreas().get(i);
                    roles.add(new SpecialResponsibility(r.role(), area == null ? null
                            : areas.get(OfficerRows.key(area)), r.from(), r.to()));
                }
                try {
                    people.saveMember(new Member(null, m.title(), m.forenames(), m.surname(), m.kind(), m.termStart(),
                            m.termEnd(), m.email(), m.groups(), m.wardIds(), roles));
                } catch (ValidationException e) {
                    throw new RowRejectedException(e.problems().stream()
                            .map(fp -> columns.problem(p.row(), fp, FIELDS)).toList());
                }
            }
            return planned.size();
        });
    }

    private static MemberKind kind(Table.Row row, ColumnMap columns, List<ImportProblem> problems) {
        String text = columns.get(row, Column.KIND);
        if (text.isEmpty()) {
            return MemberKind.ELECTED;
        }
        Optional<MemberKind> kind = MemberKind.parse(text);
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(row.number(), columns.header(Column.KIND), "'" + text + "' is not a kind"
                    + " of member; use " + Arrays.stream(MemberKind.values()).map(MemberKind::label)
                    .collect(Collectors.joining(", ")) + " (empty means Elected)."));
        }
        return kind.orElse(MemberKind.ELECTED);
    }

    private static LocalDate entryDate(int row, String header, DatedEntry.Text entry, String text,
                                       List<ImportProblem> problems) {
        CellText.Parsed<LocalDate> date = CellText.date(text);
        if (date.failed()) {
            problems.add(new ImportProblem(row, header, "in '" + entry.name() + "', " + date.problem()));
        }
        return date.value();
    }

    private static List<DatedEntry.Text> splitNames(String cell) {
        return Arrays.stream(cell.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> new DatedEntry.Text(s, null, null, null)).toList();
    }

    private static String known(String what, List<String> names) {
        if (names.isEmpty()) {
            return "none has been set up yet";
        }
        List<String> shown = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).limit(NAMES_LISTED).toList();
        return what + ": " + String.join(", ", shown) + (names.size() > NAMES_LISTED ? " and "
                + (names.size() - NAMES_LISTED) + " more" : "");
    }

    // Export

    List<List<Object>> export() {
        Map<Long, String> groups = people.groups().stream()
                .collect(Collectors.toMap(PoliticalGroup::id, PoliticalGroup::name));
        Map<Long, String> wards = people.wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        Map<Long, String> areas = people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        List<List<Object>> rows = new ArrayList<>();
        for (Member m : people.members()) {
            String groupCell = DatedEntry.format(m.groups().stream()
                    .map(g -> new DatedEntry(groups.getOrDefault(g.groupId(), ""), null, g.from(), g.to())).toList());
            String wardCell = m.wardIds().stream().map(w -> wards.getOrDefault(w, ""))
                    .collect(Collectors.joining("; "));
            String roleCell = DatedEntry.format(m.responsibilities().stream()
                    .map(r -> new DatedEntry(r.role(), r.serviceAreaId() == null ? null
                            : areas.get(r.serviceAreaId()), r.from(), r.to())).toList());
            rows.add(Arrays.asList(Objects.requireNonNullElse(m.title(), ""), m.forenames(), m.surname(),
                    m.kind().label(), m.termStart(), m.termEnd(), Objects.requireNonNullElse(m.email(), ""),
                    groupCell, wardCell, roleCell));
        }
        return rows;
    }
}
