package org.probity.transfer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.people.Directorate;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.ServiceArea;
import org.probity.people.StatutoryRole;
import org.probity.people.Tier;

/**
 * Officers as rows. The staff number identifies an officer; the line manager is given by their
 * staff number and may be further down the file or already in Probity, so references are
 * resolved after every row has been read, and officers are saved managers first.
 */
final class OfficerRows {

    private static final Map<String, Column> FIELDS = Map.ofEntries(
            Map.entry("staffNumber", Column.STAFF_NUMBER), Map.entry("forenames", Column.FORENAMES),
            Map.entry("surname", Column.SURNAME), Map.entry("post", Column.POST),
            Map.entry("directorate", Column.DIRECTORATE), Map.entry("serviceArea", Column.SERVICE_AREA),
            Map.entry("tier", Column.TIER), Map.entry("lineManager", Column.LINE_MANAGER),
            Map.entry("statutoryRole", Column.STATUTORY_ROLE), Map.entry("leaveDate", Column.LEAVING_DATE),
            Map.entry("email", Column.EMAIL));

    private final PeopleService people;

    OfficerRows(PeopleService people) {
        this.people = people;
    }

    /** An officer read from one row, before directorate, service area and manager have ids. */
    private record Planned(int row, Officer officer, String directorate, String serviceArea, String manager) {
    }

    ImportPlan plan(Table table, ColumnMap columns) {
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> directorates = byName(people.directorates().stream()
                .collect(Collectors.toMap(Directorate::name, Directorate::id, (a, b) -> a)));
        Map<String, Long> areas = byName(people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::name, ServiceArea::id, (a, b) -> a)));
        Map<String, String> newDirectorates = new LinkedHashMap<>();
        Map<String, String> newAreas = new LinkedHashMap<>();
        Map<String, String> newAreaDirectorate = new HashMap<>();
        Map<String, Planned> byStaffNumber = new LinkedHashMap<>();
        Map<StatutoryRole, Integer> roleRows = new HashMap<>();
        List<Planned> planned = new ArrayList<>();
        LocalDate today = people.today();

        for (Table.Row row : table.rows()) {
            int n = row.number();
            String staff = columns.get(row, Column.STAFF_NUMBER);
            String directorate = columns.get(row, Column.DIRECTORATE);
            String area = columns.get(row, Column.SERVICE_AREA);
            int tier = tier(row, columns, problems);
            LocalDate start = date(row, columns, Column.START_DATE, problems);
            LocalDate leave = date(row, columns, Column.LEAVING_DATE, problems);
            CellText.Parsed<Boolean> restricted = CellText.yesNo(columns.get(row, Column.POLITICALLY_RESTRICTED));
            if (restricted.failed()) {
                problems.add(new ImportProblem(n, columns.header(Column.POLITICALLY_RESTRICTED),
                        restricted.problem() + "."));
            }
            StatutoryRole role = role(row, columns, problems);
            nameLength(row, columns, Column.DIRECTORATE, directorate, problems);
            nameLength(row, columns, Column.SERVICE_AREA, area, problems);

            boolean duplicate = false;
            if (!staff.isEmpty()) {
                Planned earlier = byStaffNumber.get(staff);
                Optional<Officer> existing = people.officerByStaffNumber(staff);
                if (earlier != null) {
                    problems.add(new ImportProblem(n, columns.header(Column.STAFF_NUMBER), "duplicate officer:"
                            + " staff number " + staff + " is also on row " + earlier.row() + "."));
                    duplicate = true;
                } else if (existing.isPresent()) {
                    problems.add(new ImportProblem(n, columns.header(Column.STAFF_NUMBER), "duplicate officer:"
                            + " staff number " + staff + " already belongs to " + existing.get().displayName()
                            + ", who is already in Probity. Remove this row, or give a different staff number."));
                    duplicate = true;
                }
            }
            Long directorateId = directorate.isEmpty() ? null : directorates.get(key(directorate));
            Long areaId = area.isEmpty() ? null : areas.get(key(area));
            Officer candidate = new Officer(null, staff, columns.get(row, Column.FORENAMES),
                    columns.get(row, Column.SURNAME), columns.get(row, Column.POST), directorateId, areaId, tier, null,
                    Boolean.TRUE.equals(restricted.value()), role, start, leave,
                    columns.get(row, Column.EMAIL));
            for (FieldProblem p : people.validateOfficer(candidate).problems()) {
                if (duplicate && p.field().equals("staffNumber") && !staff.isEmpty()) {
                    continue;
                }
                problems.add(columns.problem(n, p, FIELDS));
            }
            if (role != null && (leave == null || !leave.isBefore(today))) {
                Integer other = roleRows.putIfAbsent(role, n);
                if (other != null) {
                    problems.add(new ImportProblem(n, columns.header(Column.STATUTORY_ROLE), "row " + other
                            + " also names the " + role.label() + "; only one officer in post can be the "
                            + role.label() + "."));
                }
            }
            if (!directorate.isEmpty() && directorateId == null) {
                newDirectorates.putIfAbsent(key(directorate), directorate);
            }
            if (!area.isEmpty() && areaId == null) {
                newAreas.putIfAbsent(key(area), area);
                if (!directorate.isEmpty()) {
                    newAreaDirectorate.putIfAbsent(key(area), directorate);
                }
            }
            Planned p = new Planned(n, candidate, directorate, area, columns.get(row, Column.LINE_MANAGER));
            planned.add(p);
            if (!staff.isEmpty()) {
                byStaffNumber.putIfAbsent(staff, p);
            }
        }

        Map<Planned, Long> managersInProbity = new HashMap<>();
        for (Planned p : planned) {
            if (p.manager().isEmpty()) {
                continue;
            }
            String header = columns.header(Column.LINE_MANAGER);
            if (p.manager().equals(p.officer().staffNumber())) {
                problems.add(new ImportProblem(p.row(), header, "an officer cannot be their own line manager."));
            } else if (!byStaffNumber.containsKey(p.manager())) {
                Optional<Officer> manager = people.officerByStaffNumber(p.manager());
                if (manager.isPresent()) {
                    managersInProbity.put(p, manager.get().id());
                } else {
                    problems.add(new ImportProblem(p.row(), header, "'" + p.manager() + "' is not the staff number"
                            + " of an officer in this file or already in Probity; give the line manager's staff"
                            + " number."));
                }
            }
        }
        for (Planned p : planned) {
            List<Integer> circle = circle(p, byStaffNumber);
            if (!circle.isEmpty()) {
                problems.add(new ImportProblem(p.row(), columns.header(Column.LINE_MANAGER), "the line managers go"
                        + " round in a circle (rows " + circle.stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")) + "); one of them must report to someone else."));
            }
        }
        if (planned.isEmpty()) {
            problems.add(new ImportProblem(table.headerRow() + 1, null, "there are no officers below the column headings."));
        }

        List<String> directorateNames = List.copyOf(newDirectorates.values());
        List<String> areaNames = List.copyOf(newAreas.values());
        return new ImportPlan(planned.size(), problems, List.of(), directorateNames, areaNames, () -> {
            for (String name : directorateNames) {
                directorates.put(key(name), people.saveDirectorate(new Directorate(null, name)).id());
            }
            for (String name : areaNames) {
                String d = newAreaDirectorate.get(key(name));
                areas.put(key(name), people.saveServiceArea(new ServiceArea(null, name,
                        d == null ? null : directorates.get(key(d)))).id());
            }
            Map<String, Long> saved = new HashMap<>();
            for (Planned p : managersFirst(planned, byStaffNumber)) {
                Long managerId = p.manager().isEmpty() ? null
                        : saved.getOrDefault(p.manager(), managersInProbity.get(p));
                Officer o = p.officer();
                Officer complete = new Officer(null, o.staffNumber(), o.forenames(), o.surname(), o.post(),
                        p.directorate().isEmpty() ? null : directorates.get(key(p.directorate())),
                        p.serviceArea().isEmpty() ? null : areas.get(key(p.serviceArea())), o.tier(), managerId,
                        o.politicallyRestricted(), o.statutoryRole(), o.startDate(), o.leaveDate(), o.email());
                try {
                    saved.put(o.staffNumber().strip(), people.saveOfficer(complete).id());
                } catch (ValidationException e) {
                    throw new RowRejectedException(e.problems().stream()
                            .map(fp -> columns.problem(p.row(), fp, FIELDS)).toList());
                }
            }
            return planned.size();
        });
    }

    /** Rows whose managers (within the file) are saved before them. */
    private static List<Planned> managersFirst(List<Planned> planned, Map<String, Planned> byStaffNumber) {
        List<Planned> order = new ArrayList<>();
        Set<Planned> done = new HashSet<>();
        for (Planned p : planned) {
            List<Planned> chain = new ArrayList<>();
            Planned next = p;
            while (next != null && !done.contains(next) && !chain.contains(next)) {
                chain.add(next);
                next = byStaffNumber.get(next.manager());
            }
            for (int i = chain.size() - 1; i >= 0; i--) {
                if (done.add(chain.get(i))) {
                    order.add(chain.get(i));
                }
            }
        }
        return order;
    }

    /** The rows of a circle of line managers that starts and ends at {@code p}, or none. */
    private static List<Integer> circle(Planned p, Map<String, Planned> byStaffNumber) {
        List<Integer> rows = new ArrayList<>(List.of(p.row()));
        Set<Planned> seen = new HashSet<>(Set.of(p));
        Planned next = byStaffNumber.get(p.manager());
        while (next != null && next != p && seen.add(next)) {
            rows.add(next.row());
            next = byStaffNumber.get(next.manager());
        }
        if (next == p && rows.size() > 1) {
            rows.add(p.row());
            return rows;
        }
        return List.of();
    }

    private static int tier(Table.Row row, ColumnMap columns, List<ImportProblem> problems) {
        String text = columns.get(row, Column.TIER);
        String digits = text.toLowerCase(Locale.ROOT).replaceFirst("^tier\\s*", "").replaceFirst("\\.0+$", "");
        String help = "a number from 1 (Chief Executive) to " + Tier.LOWEST;
        if (text.isEmpty()) {
            problems.add(new ImportProblem(row.number(), columns.header(Column.TIER), "Tier is required: " + help
                    + "."));
            return Tier.LOWEST;
        }
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            problems.add(new ImportProblem(row.number(), columns.header(Column.TIER), "'" + text
                    + "' is not a tier; use " + help + "."));
            return Tier.LOWEST;
        }
    }

    private static StatutoryRole role(Table.Row row, ColumnMap columns, List<ImportProblem> problems) {
        String text = columns.get(row, Column.STATUTORY_ROLE);
        if (text.isEmpty()) {
            return null;
        }
        Optional<StatutoryRole> role = StatutoryRole.parse(text);
        if (role.isEmpty()) {
            problems.add(new ImportProblem(row.number(), columns.header(Column.STATUTORY_ROLE), "'" + text
                    + "' is not a statutory role; use " + Arrays.stream(StatutoryRole.values())
                    .map(StatutoryRole::label).collect(Collectors.joining(", ")) + ", or leave it empty."));
        }
        return role.orElse(null);
    }

    static LocalDate date(Table.Row row, ColumnMap columns, Column column, List<ImportProblem> problems) {
        CellText.Parsed<LocalDate> date = CellText.date(columns.get(row, column));
        if (date.failed()) {
            problems.add(new ImportProblem(row.number(), columns.header(column), date.problem()));
        }
        return date.value();
    }

    private static void nameLength(Table.Row row, ColumnMap columns, Column column, String name,
                                   List<ImportProblem> problems) {
        if (name.length() > 200) {
            problems.add(new ImportProblem(row.number(), columns.header(column), "the name must be at most 200"
                    + " characters (it has " + name.length() + ")."));
        }
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static Map<String, Long> byName(Map<String, Long> ids) {
        Map<String, Long> byKey = new HashMap<>();
        ids.forEach((name, id) -> byKey.put(key(name), id));
        return byKey;
    }

    // Export

    List<List<Object>> export() {
        Map<Long, String> directorates = people.directorates().stream()
                .collect(Collectors.toMap(Directorate::id, Directorate::name));
        Map<Long, String> areas = people.serviceAreas().stream()
                .collect(Collectors.toMap(ServiceArea::id, ServiceArea::name));
        List<Officer> officers = people.officers();
        Map<Long, String> staffNumbers = officers.stream().collect(Collectors.toMap(Officer::id, Officer::staffNumber));
        List<List<Object>> rows = new ArrayList<>();
        for (Officer o : officers) {
            rows.add(Arrays.asList(o.staffNumber(), o.forenames(), o.surname(), o.post(),
                    name(directorates, o.directorateId()), name(areas, o.serviceAreaId()), o.tier(),
                    name(staffNumbers, o.lineManagerId()), CellText.yesNo(o.politicallyRestricted()),
                    o.statutoryRole() == null ? "" : o.statutoryRole().label(), o.startDate(), o.leaveDate(),
                    Objects.requireNonNullElse(o.email(), "")));
        }
        return rows;
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }
}
