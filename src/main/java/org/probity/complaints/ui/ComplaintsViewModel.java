package org.probity.complaints.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.probity.attachments.AttachmentService;
import org.probity.common.UkDates;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintDueItems;
import org.probity.complaints.ComplaintService;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;

/**
 * The Complaints screen as a whole: the list, the form to log a complaint and the complaint
 * opened from the list, kept in step with one another, and the case log and figures.
 */
public final class ComplaintsViewModel {

    public static final String SECTION_ID = ComplaintDueItems.SECTION_ID;

    private final ComplaintService complaints;
    private final ComplaintListViewModel list;
    private final LogComplaintViewModel logForm;
    private final ComplaintDetailViewModel detail;
    private final CaseLogViewModel caseLog;
    private final ComplaintStatisticsViewModel statistics;
    private final ReadOnlyObjectWrapper<ComplaintRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanProperty logFormShown = new SimpleBooleanProperty(this, "logFormShown", true);
    private boolean loaded;
    private Long pendingReveal;

    public ComplaintsViewModel(ComplaintService complaints, PeopleService people, AttachmentService attachments,
                               BackgroundTasks tasks) {
        this.complaints = complaints;
        this.list = new ComplaintListViewModel(complaints, people, tasks);
        this.logForm = new LogComplaintViewModel(complaints, tasks, list.members(), list.officers());
        this.detail = new ComplaintDetailViewModel(complaints, attachments, tasks, list.members(),
                list.officers());
        this.caseLog = new CaseLogViewModel(complaints, tasks);
        this.statistics = new ComplaintStatisticsViewModel(complaints, tasks);
        list.setOnLoaded(this::listLoaded);
        logForm.whenSaved(c -> changed(c, this::select));
        detail.whenChanged(c -> changed(c, selected::set));
    }

    /** Reads the register, the case log and the figures again, in the background. */
    public void load() {
        list.load();
        caseLog.load();
        statistics.calculate();
    }

    private void listLoaded() {
        loaded = true;
        if (pendingReveal != null) {
            long id = pendingReveal;
            pendingReveal = null;
            reveal(id);
        }
    }

    private void changed(Complaint c, java.util.function.Consumer<ComplaintRow> then) {
        list.put(c, then);
        caseLog.load();
        statistics.calculate();
    }

    /** Opens a complaint from the list. */
    public void select(ComplaintRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        logFormShown.set(false);
        detail.show(row.complaint());
    }

    /** Ctrl+N: the form to log a complaint. */
    public void newComplaint() {
        selected.set(null);
        detail.show(null);
        logForm.clear();
        logFormShown.set(true);
    }

    /** Shows the complaint with this id, once the list has been read. */
    public void reveal(long id) {
        if (!loaded) {
            pendingReveal = id;
            return;
        }
        ComplaintRow row = list.find(id);
        if (row == null) {
            return;
        }
        if (!list.shown().contains(row)) {
            list.clearFilters();
        }
        select(row);
    }

    /** The global search: a complaint by its reference. Off the JavaFX thread; names are never searched. */
    public List<SearchHit> search(String text) {
        return complaints.search(text).stream()
                .map(c -> new SearchHit(SECTION_ID, String.valueOf(c.id()), c.reference() + " · "
                        + c.category().label(), c.direction().label() + ", received "
                        + UkDates.display(c.receivedOn()) + " · " + c.status().label()))
                .toList();
    }

    public ComplaintListViewModel list() {
        return list;
    }

    public LogComplaintViewModel logForm() {
        return logForm;
    }

    public ComplaintDetailViewModel detail() {
        return detail;
    }

    public CaseLogViewModel caseLog() {
        return caseLog;
    }

    public ComplaintStatisticsViewModel statistics() {
        return statistics;
    }

    public ReadOnlyObjectProperty<ComplaintRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanProperty logFormShownProperty() {
        return logFormShown;
    }
}
