package org.probity.ui;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.audit.FieldChange;
import org.probity.storage.StorageMessages;

/**
 * The change history of one record, newest first: when, who, what happened and, for each field
 * that changed, its value before and after. Works for any record type; the caller says how to
 * read the entries and in which order the record's fields are usually shown.
 */
public final class HistoryViewModel {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm", Locale.UK);

    /** One line of the history table; the first line of an entry carries its when, who and what. */
    public record Row(String when, String who, String what, String field, String before, String after) {
    }

    private final BackgroundTasks tasks;
    private final List<String> fieldOrder;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper("Select a record to see its history.");
    private long generation;
    private Callable<List<AuditEntry>> shownFrom;

    public HistoryViewModel(BackgroundTasks tasks, List<String> fieldOrder) {
        this.tasks = tasks;
        this.fieldOrder = List.copyOf(fieldOrder);
    }

    // Properties

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the empty table says: nothing chosen yet, loading, or why it could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    // Commands

    public void show(Callable<List<AuditEntry>> history) {
        shownFrom = history;
        long mine = ++generation;
        rows.clear();
        placeholder.set("Reading the history…");
        tasks.run("Reading history", history, entries -> {
            if (mine == generation) {
                rows.setAll(toRows(entries));
                placeholder.set("No changes have been recorded.");
            }
        }, error -> {
            if (mine == generation) {
                placeholder.set("The history could not be read: " + StorageMessages.describe(error));
            }
        });
    }

    /** Reads the history shown again, e.g. after something else added to it. */
    public void reload() {
        if (shownFrom != null) {
            show(shownFrom);
        }
    }

    public void clear() {
        shownFrom = null;
        generation++;
        rows.clear();
        placeholder.set("Select a record to see its history.");
    }

    List<Row> toRows(List<AuditEntry> entries) {
        List<Row> result = new ArrayList<>();
        for (AuditEntry entry : entries) {
            List<FieldChange> changes = switch (entry.kind()) {
                case CHANGED -> entry.changes(fieldOrder);
                case CREATED -> nonEmpty(entry.after(), false);
                case DELETED -> nonEmpty(entry.before(), true);
            };
            String when = WHEN.format(entry.recordedAt());
            String what = describe(entry, changes.size());
            if (changes.isEmpty()) {
                result.add(new Row(when, entry.user(), what, "", "", ""));
            }
            for (int i = 0; i < changes.size(); i++) {
                FieldChange change = changes.get(i);
                result.add(i == 0
                        ? new Row(when, entry.user(), what, change.field(), change.before(), change.after())
                        : new Row("", "", "", change.field(), change.before(), change.after()));
            }
        }
        return result;
    }

    private static String describe(AuditEntry entry, int fields) {
        if (entry.kind() == AuditKind.CHANGED) {
            return fields == 1 ? "Changed 1 field" : "Changed " + fields + " fields";
        }
        return entry.kind().label() + (entry.recordLabel() == null ? "" : " " + entry.recordLabel());
    }

    private List<FieldChange> nonEmpty(Map<String, String> values, boolean before) {
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> remaining = new TreeMap<>(values);
        for (String field : fieldOrder) {
            String value = remaining.remove(field);
            if (value != null && !value.isEmpty()) {
                changes.add(before ? new FieldChange(field, value, "") : new FieldChange(field, "", value));
            }
        }
        remaining.forEach((field, value) -> {
            if (!value.isEmpty()) {
                changes.add(before ? new FieldChange(field, value, "") : new FieldChange(field, "", value));
            }
        });
        return changes;
    }
}
