package org.probity.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads every row of every table, which makes the database read each page of its file: a damaged
 * page shows up here rather than the day someone opens the record on it.
 */
public final class TableScan {

    private final DataSource dataSource;

    public TableScan(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** One sentence per table that could not be read in full; empty when all were. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rows.getObject(i);
                        }
                    }
                } catch (SQLException e) {
                    problems.add("The table " + table + " could not be read in full (" + e.getMessage() + ").");
                }
            }
        } catch (SQLException e) {
            problems.add("The list of tables could not be read (" + e.getMessage() + ").");
        }
        if (tables.isEmpty() && problems.isEmpty()) {
            problems.add("The database has no tables.");
        }
        return problems;
    }
}
