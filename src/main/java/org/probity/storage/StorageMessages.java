package org.probity.storage;

import java.sql.SQLException;
import java.util.Locale;

/** Turns database errors into sentences a Monitoring Officer can act on. */
public final class StorageMessages {

    private StorageMessages() {
    }

    public static String describe(Throwable error) {
        SQLException sql = findSqlException(error);
        String text = String.valueOf(sql != null ? sql.getMessage() : error.getMessage()).toLowerCase(Locale.ROOT);
        String state = sql != null && sql.getSQLState() != null ? sql.getSQLState() : "";
        if (text.contains("no space left") || text.contains("disk full") || state.equals("53100")) {
            return "The disk is full, so the change could not be saved. Nothing was changed. Free some space and try again.";
        }
        if (state.startsWith("23") && (text.contains("unique") || text.contains("duplicate"))) {
            return "A record with the same name or number already exists. Nothing was changed.";
        }
        if (state.startsWith("23")) {
            return "The change refers to a record that does not exist or is still in use. Nothing was changed.";
        }
        if (text.contains("locked by another process") || text.contains("already in use")) {
            return "Probity is already open on this data folder. Switch to that window, or close it and try again.";
        }
        if (text.contains("connection") && (text.contains("refused") || text.contains("closed"))) {
            return "The database server could not be reached. Check the network connection and try again.";
        }
        return "The database could not complete the request (" + (sql != null ? sql.getMessage() : error.getMessage())
                + "). Nothing was changed.";
    }

    /** The innermost message, which usually says what actually went wrong. */
    public static String rootCause(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline).trim() : message.trim();
    }

    private static SQLException findSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
