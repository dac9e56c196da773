package org.probity.enquiries.ui;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.probity.attachments.AttachmentService;
import org.probity.common.UkDates;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryService;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;

/**
 * The Enquiries screen as a whole: the list, the quick entry form and the enquiry opened from
 * the list, kept in step with one another, and the performance figures.
 */
public final class EnquiriesViewModel {

    public static final String SECTION_ID = "enquiries";
    private static final int MAX_HITS = 8;

    private final EnquiryService enquiries;
    private final EnquiryListViewModel list;
    private final QuickEntryViewModel quickEntry;
    private final EnquiryDetailViewModel detail;
    private final PerformanceViewModel performance;
    private final ReadOnlyObjectWrapper<EnquiryRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final BooleanProperty quickEntryShown = new SimpleBooleanProperty(this, "quickEntryShown", true);
    private boolean loaded;
    private Long pendingReveal;

    public EnquiriesViewModel(EnquiryService enquiries, PeopleService people, AttachmentService attachments,
                              BackgroundTasks tasks) {
        this.enquiries = enquiries;
        this.list = new EnquiryListViewModel(enquiries, people, tasks);
        this.quickEntry = new QuickEntryViewModel(enquiries, tasks);
        this.detail = new EnquiryDetailViewModel(enquiries, people, attachments, tasks);
        this.performance = new PerformanceViewModel(enquiries, tasks);
        list.setOnLoaded(this::listLoaded);
        quickEntry.whenSaved(this::changed);
        detail.whenChanged(e -> {
            changed(e);
            selected.set(list.find(e.id()));
        });
        detail.whenDeleted(id -> {
            list.remove(id);
            selected.set(null);
            quickEntryShown.set(true);
            performance.calculate();
        });
    }

    /** Reads the register again, and the figures, in the background. */
    public void load() {
        list.load();
        performance.calculate();
    }

    private void listLoaded() {
        loaded = true;
        quickEntry.setChoices(list.members(), list.officers(), list.wards(), list.areas());
        detail.setChoices(list.members(), list.officers(), list.wards(), list.areas());
        if (pendingReveal != null) {
            long id = pendingReveal;
            pendingReveal = null;
            reveal(id);
        }
    }

    private void changed(Enquiry e) {
        list.put(e);
        performance.calculate();
    }

    /** Opens an enquiry from the list. */
    public void select(EnquiryRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        quickEntryShown.set(false);
        detail.show(row.enquiry());
    }

    /** Ctrl+N: the quick entry form, ready for typing. */
    public void newEnquiry() {
        selected.set(null);
        detail.show(null);
        quickEntryShown.set(true);
    }

    /** Shows the enquiry with this id, once the list has been read. */
    public void reveal(long id) {
        if (!loaded) {
            pendingReveal = id;
            return;
        }
        EnquiryRow row = list.find(id);
        if (row == null) {
            return;
        }
        if (!list.shown().contains(row)) {
            list.filterTextProperty().set("");
            list.statusFilterProperty().set(null);
            list.kindFilterProperty().set(null);
            list.areaFilterProperty().set(null);
            list.officerFilterProperty().set(null);
            list.memberFilterProperty().set(null);
            list.periodFilterProperty().set(EnquiryListViewModel.Period.ALL);
            list.overdueOnlyProperty().set(false);
        }
        select(row);
    }

    /** The global search: an enquiry by reference, or those whose subject has the text. Off the JavaFX thread. */
    public List<SearchHit> search(String text) {
        return enquiries.search(text, MAX_HITS).stream()
                .map(e -> new SearchHit(SECTION_ID, String.valueOf(e.id()), e.reference() + " · " + e.subject(),
                        "Enquiry from " + enquiries.memberName(e.memberId()) + ", received "
                                + UkDates.display(e.receivedOn()) + " · " + e.status().label()))
                .toList();
    }

    public EnquiryListViewModel list() {
        return list;
    }

    public QuickEntryViewModel quickEntry() {
        return quickEntry;
    }

    public EnquiryDetailViewModel detail() {
        return detail;
    }

    public PerformanceViewModel performance() {
        return performance;
    }

    public ReadOnlyObjectProperty<EnquiryRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public BooleanProperty quickEntryShownProperty() {
        return quickEntryShown;
    }
}
