package org.probity.retention;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches every text and binary column of every table in the database's own schema for given
 * values, reading the columns from INFORMATION_SCHEMA so that a table added later is searched too.
 */
final class DatabaseSearch {

    /** Where a value was found: table, column and the value searched for. */
    record Finding(String table, String column, String value) {
    }

    private record Column(String table, String column, boolean binary) {
    }

    private final DataSource dataSource;

    DatabaseSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Every place any of {@code values} appears, leaving out the tables in {@code skipTables}
     * and the audit entries of the record types in {@code skipAuditTypes}.
     */
    List<Finding> find(List<String> values, Set<String> skipTables, Set<String> skipAuditTypes) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Column c : columns(connection)) {
                if (skipTables.contains(c.table().toUpperCase(Locale.ROOT))) {
                    continue;
                }
                String where = c.table().equalsIgnoreCase("audit_entry") && !skipAuditTypes.isEmpty()
                        ? " WHERE " + quoted(c.table().equals("audit_entry") ? "record_type" : "RECORD_TYPE")
                                + " NOT IN (" + String.join(",", skipAuditTypes.stream()
                                .map(t -> "'" + t + "'").toList()) + ")" : "";
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + quoted(c.column()) + " FROM " + quoted(c.table()) + where);
                     ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String text = c.binary() ? bytesAsText(rows.getBytes(1)) : rows.getString(1);
                        if (text == null) {
                            continue;
                        }
                        for (String value : values) {
                            if (text.contains(value)) {
                                findings.add(new Finding(c.table().toUpperCase(Locale.ROOT), c.column(), value));
                            }
                        }
                    }
                }
            }
        }
        return findings;
    }

    /** How many text and binary columns there are to search, so a test can show it searched some. */
    int columnCount() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return columns(connection).size();
        }
    }

    /** Names exactly as INFORMATION_SCHEMA gives them, whichever case the database folded them to. */
    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String bytesAsText(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static List<Column> columns(Connection connection) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA"
                + " ORDER BY table_name, column_name");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String type = rows.getString(3).toUpperCase(Locale.ROOT);
                boolean text = type.contains("CHAR") || type.equals("TEXT") || type.contains("CLOB");
                boolean binary = type.contains("BINARY") || type.equals("BYTEA") || type.contains("BLOB");
                if (text || binary) {
                    columns.add(new Column(rows.getString(1), rows.getString(2), binary));
                }
            }
        }
        return columns;
    }
}
