package org.probity.transfer;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probity.common.FieldProblem;

/**
 * Which column of a register's file holds what, found from the headings whatever their order.
 * Headings Probity does not keep, or that repeat a column already found, are ignored with a
 * warning; each register says in its own words what a file lacking a required column must have.
 */
class RegisterColumns<C extends Enum<C> & RegisterColumn> {

    private final Map<C, Integer> index;
    private final Map<C, String> header;
    private final List<C> missing;

    RegisterColumns(Class<C> type, String registerPlural, int headerRow, List<String> headers,
                    List<ImportProblem> warnings) {
        index = new EnumMap<>(type);
        header = new EnumMap<>(type);
        C[] all = type.getEnumConstants();
        for (int i = 0; i < headers.size(); i++) {
            String h = headers.get(i);
            if (h.isBlank()) {
                continue;
            }
            Optional<C> column = Arrays.stream(all).filter(c -> c.matches(h)).findFirst();
            if (column.isEmpty()) {
                warnings.add(new ImportProblem(headerRow, h, "Probity does not keep this for " + registerPlural
                        + ", so the column is ignored."));
            } else if (index.containsKey(column.get())) {
                warnings.add(new ImportProblem(headerRow, h, "column '" + header.get(column.get())
                        + "' already gives " + column.get().label() + ", so this one is ignored."));
            } else if (!column.get().derived()) {
                index.put(column.get(), i);
                header.put(column.get(), h);
            }
        }
        missing = Arrays.stream(all).filter(c -> c.required() && !index.containsKey(c)).toList();
    }

    /** The required columns the file lacks, in the register's order. */
    List<C> missing() {
        return missing;
    }

    /** The headings the file has, for a message about the ones it lacks. */
    static String found(List<String> headers) {
        return headers.isEmpty() ? "none" : String.join(", ", headers.stream().filter(h -> !h.isBlank()).toList());
    }

    boolean has(C c) {
        return index.containsKey(c);
    }

    String get(Table.Row row, C c) {
        Integer i = index.get(c);
        return i == null ? "" : row.cell(i);
    }

    String header(C c) {
        return header.getOrDefault(c, c.label());
    }

    /**
     * The service's problems with a row being saved, named by row and by the column holding each field
     * ({@code fields} maps the service's field names to columns; a field without one names no column).
     */
    List<ImportProblem> problems(int row, List<FieldProblem> found, Map<String, C> fields) {
        return found.stream().map(p -> {
            C c = fields.get(p.field());
            return new ImportProblem(row, c == null ? null : header(c), p.message());
        }).toList();
    }
}
