package org.probity.people.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.PersonRecord;
import org.probity.common.PersonRecordSource;
import org.probity.people.PersonRef;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * The Registers tab of a member's or officer's page: what every register holds about them,
 * newest first, each opening the screen that shows it.
 */
public final class PersonRecordsViewModel {

    private final List<PersonRecordSource> sources;
    private final BackgroundTasks tasks;
    private final BiConsumer<String, String> opener;
    private final ObservableList<PersonRecord> records = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder",
            "Select a person to see the registers' records about them.");
    private long generation;

    /** {@code opener} shows a record: it is given the section's id and the record's id. */
    public PersonRecordsViewModel(List<PersonRecordSource> sources, BackgroundTasks tasks,
                                  BiConsumer<String, String> opener) {
        this.sources = List.copyOf(sources);
        this.tasks = tasks;
        this.opener = opener;
    }

    public void show(PersonRef person) {
        long mine = ++generation;
        records.clear();
        placeholder.set("Reading the registers…");
        tasks.run("Reading the registers", () -> {
            List<PersonRecord> all = new ArrayList<>();
            for (PersonRecordSource source : sources) {
                all.addAll(source.recordsOf(person));
            }
            all.sort(Comparator.comparing(PersonRecord::date, Comparator.nullsLast(Comparator
                    .<LocalDate>reverseOrder())));
            return all;
        }, list -> {
            if (mine == generation) {
                records.setAll(list);
                placeholder.set("No register holds a record about this person.");
            }
        }, error -> {
            if (mine == generation) {
                placeholder.set("The registers could not be read: " + StorageMessages.describe(error));
            }
        });
    }

    public void clear() {
        generation++;
        records.clear();
        placeholder.set("Select a person to see the registers' records about them.");
    }

    public void open(PersonRecord record) {
        if (record != null && record.sectionId() != null) {
            opener.accept(record.sectionId(), record.recordId());
        }
    }

    public ObservableList<PersonRecord> records() {
        return records;
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }
}
