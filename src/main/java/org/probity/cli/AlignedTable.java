package org.probity.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A table printed in columns padded to their widest cell; numbers right-aligned so they line up. */
final class AlignedTable {

    private final List<String> headers;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    AlignedTable(List<String> headers, boolean... rightAligned) {
        this.headers = List.copyOf(headers);
        this.rightAligned = new boolean[headers.size()];
        System.arraycopy(rightAligned, 0, this.rightAligned, 0, Math.min(rightAligned.length, headers.size()));
    }

    void add(List<String> row) {
        rows.add(row);
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
        }
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length && i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        line(out, headers, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        out.flush();
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            if (i > 0) {
                text.append("  ");
            }
            String pad = " ".repeat(widths[i] - cell.length());
            text.append(rightAligned[i] ? pad + cell : i == widths.length - 1 ? cell : cell + pad);
        }
        out.println(text.toString().stripTrailing());
    }
}
