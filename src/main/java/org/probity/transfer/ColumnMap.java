package org.probity.transfer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probity.common.FieldProblem;

/** Which header of a file gives which {@link Column}, found by name whatever the order. */
final class ColumnMap {

    private final Map<Column, Integer> index = new EnumMap<>(Column.class);
    private final Map<Column, String> header = new EnumMap<>(Column.class);

    private ColumnMap() {
    }

    /** Maps the headers; ignored columns become warnings and missing required ones problems. */
    static ColumnMap of(PersonKind kind, int headerRow, List<String> headers, List<ImportProblem> problems,
                        List<ImportProblem> warnings) {
        ColumnMap map = new ColumnMap();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isBlank()) {
                continue;
            }
            Optional<Column> column = Column.readable(kind).stream().filter(c -> c.matches(h)).findFirst();
            if (column.isEmpty()) {
                warnings.add(new ImportProblem(headerRow, h, "Probity does not keep this for " + kind.plural()
                        + ", so the column is ignored."));
            } else if (map.index.containsKey(column.get())) {
                warnings.add(new ImportProblem(headerRow, h, "column '" + map.header.get(column.get()) + "' already gives "
                        + column.get().label() + ", so this one is ignored."));
            } else {
                map.index.put(column.get(), i);
                map.header.put(column.get(), h);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.readable(kind)) {
            if (c.required() && !map.index.containsKey(c)) {
                missing.add("'" + c.label() + "'");
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new ImportProblem(headerRow, null, "the file has no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " column" : " columns") + ", which " + kind.plural()
                    + " must have. The first row must hold the column headings (columns found: "
                    + (headers.isEmpty() ? "none" : String.join(", ", headers.stream().filter(h -> !h.isBlank())
                    .toList())) + ")."));
        }
        return map;
    }

    boolean has(Column c) {
        return index.containsKey(c);
    }

    /** The cell of this column in a row, or "" when the file has no such column. */
    String get(Table.Row row, Column c) {
        Integer i = index.get(c);
        return i == null ? "" : row.cell(i);
    }

    /** The column's heading as the file writes it, for messages. */
    String header(Column c) {
        return header.getOrDefault(c, c.label());
    }

    /** Turns the people service's problems, named by field, into problems named by row and column. */
    ImportProblem problem(int row, FieldProblem problem, Map<String, Column> fields) {
        Column c = fields.get(problem.field());
        return new ImportProblem(row, c == null ? null : header(c), problem.message());
    }
}
