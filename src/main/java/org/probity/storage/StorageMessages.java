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
        String chain = chainText(error);
        if (chain.contains("no space left") || chain.contains("disk full") || chain.contains("not enough space")
                || state.equals("53100")) {
            return "The disk is full, so the change could not be saved. Nothing was changed. Free some space, then"
                    + " close and reopen Probity.";
        }
        if (chain.contains("writing to") && chain.contains("failed")) {
            return "The change could not be written to the disk (it may be full, or the drive may have been"
                    + " disconnected). Nothing was changed. Free some space or reconnect the drive, then close and"
                    + " reopen Probity.";
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

    /** Every message in the chain of causes, lower case: the operating system's reason is often deep inside. */
    private static String chainText(Throwable error) {
        StringBuilder text = new StringBuilder();
        int depth = 0;
        for (Throwable t = error; t != null && depth < 20; t = t.getCause(), depth++) {
            text.append(' ').append(t.getMessage());
            for (Throwable suppressed : t.getSuppressed()) {
                text.append(' ').append(suppressed.getMessage());
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
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
