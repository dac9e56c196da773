package org.probity.complaints.ui;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.complaints.CaseLogRow;
import org.probity.complaints.ComplaintService;
import org.probity.ui.BackgroundTasks;

/** The case log for the Standards Committee, for complaints received in a year: no names. */
public final class CaseLogViewModel {

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObservableList<CaseLogRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    public CaseLogViewModel(ComplaintService complaints, BackgroundTasks tasks) {
        this.complaints = complaints;
        this.tasks = tasks;
        int thisYear = complaints.today().getYear();
        for (int y = thisYear; y > thisYear - 12; y--) {
            years.add(y);
        }
        year.set(thisYear);
        year.addListener((o, was, now) -> load());
    }

    /** Reads the case log for the chosen year in the background. */
    public void load() {
        Integer chosen = year.get();
        if (chosen == null) {
            return;
        }
        Year y = Year.of(chosen);
        LocalDate from = y.atDay(1);
        LocalDate to = y.atMonth(12).atEndOfMonth();
        tasks.run("Reading the case log", () -> complaints.caseLog(from, to), (List<CaseLogRow> read) -> {
            rows.setAll(read);
            long open = read.stream().filter(r -> r.outcome().isEmpty()).count();
            summary.set(read.size() + (read.size() == 1 ? " complaint" : " complaints") + " received in " + chosen
                    + ", " + open + " still open");
        }, failure -> summary.set("The case log could not be read: " + failure.getMessage()));
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ObservableList<CaseLogRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
