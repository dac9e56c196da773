package org.probity.relationships.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.probity.calendar.CalendarService;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.Declaration;
import org.probity.attachments.AttachmentService;
import org.probity.attachments.ui.AttachmentsViewModel;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;
import org.probity.ui.SearchHit;

/**
 * The register list and the declaration open beside it. A large authority has thousands of
 * declarations, so rows and their search text are built once in the background; typing in the
 * filter only re-tests rows already in memory and never reads the database.
 */
public final class RelationshipsViewModel {

    public static final String SECTION_ID = "relationships";
    private static final int MAX_HITS = 8;

    /** What one background read brings back. */
    record Loaded(List<DeclarationRow> rows, List<PersonChoice> current, Map<PersonRef, PersonChoice> everyone) {
    }

    private final DeclarationService register;
    private final PeopleService people;
    private final BackgroundTasks tasks;
    private final DeclarationFormViewModel form;
    private final DecisionViewModel decision;
    private final ReconfirmationViewModel reconfirmation;
    private Confirmation confirmation = Confirmation.ALWAYS;

    private final ObservableList<DeclarationRow> rows = FXCollections.observableArrayList();
    private final FilteredList<DeclarationRow> shown = new FilteredList<>(rows, r -> true);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<DeclarationStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObjectProperty<RelationshipKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<PersonChoice> personFilter = new SimpleObjectProperty<>(this, "personFilter");
    private final BooleanProperty flaggedOnly = new SimpleBooleanProperty(this, "flaggedOnly");
    private final ObjectProperty<LocalDate> declaredFrom = new SimpleObjectProperty<>(this, "declaredFrom");
    private final ObjectProperty<LocalDate> declaredTo = new SimpleObjectProperty<>(this, "declaredTo");
    private final ObservableList<PersonChoice> peopleChoices = FXCollections.observableArrayList();
    private final ObservableList<ConflictFlag> flags = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DeclarationRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper loadProblem = new ReadOnlyStringWrapper(this, "loadProblem");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    private Map<PersonRef, PersonChoice> everyone = Map.of();
    private volatile List<DeclarationRow> snapshot;
    private Long pendingReveal;
    private boolean reloadingForReveal;
    private PersonRef pendingPerson;
    private final AttachmentsViewModel attachments;

    public RelationshipsViewModel(DeclarationService register, PeopleService people, CalendarService calendar,
                                  AttachmentService attachmentService, BackgroundTasks tasks) {
        this.register = register;
        this.attachments = new AttachmentsViewModel(attachmentService, tasks);
        // The written notification and other papers follow the selected declaration.
        selected.addListener((obs, was, now) -> attachments.show(DeclarationService.DECLARATION,
                now == null ? null : now.id()));
        this.people = people;
        this.tasks = tasks;
        this.form = new DeclarationFormViewModel(register, tasks);
        this.decision = new DecisionViewModel(register, calendar, tasks);
        this.reconfirmation = new ReconfirmationViewModel(register, tasks);
        attachments.setOnChanged(() -> form.history().reload());
        form.whenSaved(d -> saved(d, false));
        decision.whenSaved(d -> saved(d, true));
        reconfirmation.whenDone(this::load);
        filterText.addListener(obs -> refilter());
        statusFilter.addListener(obs -> refilter());
        kindFilter.addListener(obs -> refilter());
        personFilter.addListener(obs -> refilter());
        flaggedOnly.addListener(obs -> refilter());
        declaredFrom.addListener(obs -> refilter());
        declaredTo.addListener(obs -> refilter());
        shown.addListener((ListChangeListener<DeclarationRow>) c -> updateSummary());
    }

    /** The files attached to the selected declaration. */
    public AttachmentsViewModel attachments() {
        return attachments;
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = Objects.requireNonNull(confirmation);
    }

    // Commands

    public void load() {
        loading.set(true);
        loadProblem.set(null);
        tasks.run("Reading the register of relationships", this::read, loaded -> {
            loading.set(false);
            everyone = loaded.everyone();
            PersonChoice wantedPerson = personFilter.get();
            peopleChoices.setAll(loaded.current());
            personFilter.set(wantedPerson == null ? null : everyone.get(wantedPerson.ref()));
            form.setChoices(loaded.current(), everyone);
            Long keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(loaded.rows());
            snapshot = loaded.rows();
            if (keep != null) {
                DeclarationRow row = find(keep);
                selected.set(row);
                if (row != null && form.isOriginal(row.id())) {
                    showDetails(row.declaration());
                }
            }
            updateSummary();
            if (pendingPerson != null) {
                PersonRef person = pendingPerson;
                pendingPerson = null;
                showPerson(person);
            }
            if (pendingReveal != null) {
                long id = pendingReveal;
                pendingReveal = null;
                boolean retried = reloadingForReveal;
                reloadingForReveal = false;
                reveal(id, !retried);
            }
        }, error -> {
            loading.set(false);
            loadProblem.set("The register could not be read. " + StorageMessages.describe(error));
        });
    }

    Loaded read() {
        LocalDate today = register.today();
        Map<PersonRef, PersonChoice> all = new HashMap<>();
        List<PersonChoice> current = new ArrayList<>();
        for (Member m : people.members()) {
            PersonChoice choice = new PersonChoice(PersonRef.member(m.id()), m.displayName(),
                    m.displayName() + " (member)");
            all.put(choice.ref(), choice);
            if (!m.hasLeftBy(today)) {
                current.add(choice);
            }
        }
        for (Officer o : people.officers()) {
            PersonChoice choice = new PersonChoice(PersonRef.officer(o.id()), o.displayName(),
                    o.displayName() + " – " + o.post() + " (" + o.staffNumber() + ")");
            all.put(choice.ref(), choice);
            if (!o.hasLeftBy(today)) {
                current.add(choice);
            }
        }
        current.sort(Comparator.comparing(PersonChoice::label, String.CASE_INSENSITIVE_ORDER));
        Map<Long, Long> flagCounts = register.openFlags().stream()
                .collect(Collectors.groupingBy(ConflictFlag::declarationId, Collectors.counting()));
        List<DeclarationRow> list = register.declarations().stream()
                .map(d -> row(d, all, flagCounts.getOrDefault(d.id(), 0L).intValue()))
                .sorted(Comparator.comparing(DeclarationRow::reference).reversed())
                .toList();
        return new Loaded(list, List.copyOf(current), Map.copyOf(all));
    }

    static DeclarationRow row(Declaration d, Map<PersonRef, PersonChoice> names, int openFlags) {
        String first = nameOf(d.partyA(), names);
        String second = nameOf(d.partyB(), names);
        String decided = d.decision() == null ? "" : d.decision().describe();
        // The people's labels carry officers' posts and staff numbers, so "patel housing" finds them.
        String key = String.join("\n", d.reference().toString(), labelOf(d.partyA(), names),
                labelOf(d.partyB(), names), d.kindDescription(), decided, d.status().label()).toLowerCase(Locale.UK);
        return new DeclarationRow(d, d.reference().toString(), first, second, d.kindDescription(), d.declaredOn(),
                d.status(), decided, d.reviewDate(), openFlags, key);
    }

    private static String labelOf(PersonRef ref, Map<PersonRef, PersonChoice> names) {
        PersonChoice choice = names.get(ref);
        return choice != null ? choice.label() : nameOf(ref, names);
    }

    private static String nameOf(PersonRef ref, Map<PersonRef, PersonChoice> names) {
        PersonChoice choice = names.get(ref);
        return choice != null ? choice.name() : ref.isMember() ? "(removed member)" : "(removed officer)";
    }

    public boolean select(DeclarationRow row) {
        if (row == null || (selected.get() != null && selected.get().id() == row.id()
                && form.isOriginal(row.id()))) {
            return true;
        }
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(row);
        showDetails(row.declaration());
        return true;
    }

    private void showDetails(Declaration d) {
        form.edit(d);
        decision.edit(d);
        flags.clear();
        showFlags(d.id());
    }

    private void showFlags(long id) {
        tasks.run("Reading conflict flags", () -> register.flags(id), list -> {
            if (selected.get() != null && selected.get().id() == id) {
                flags.setAll(list.stream().sorted(Comparator.comparing(ConflictFlag::isOpen).reversed()
                        .thenComparing(ConflictFlag::raisedOn, Comparator.reverseOrder())).toList());
            }
        }, error -> { });
    }

    public boolean newDeclaration() {
        if (!mayDiscardChanges()) {
            return false;
        }
        selected.set(null);
        flags.clear();
        decision.close();
        form.newDeclaration();
        return true;
    }

    public void cancel() {
        form.cancel();
        decision.cancel();
    }

    private boolean mayDiscardChanges() {
        boolean unsaved = form.hasUnsavedChanges() || decision.hasUnsavedChanges();
        return !unsaved || confirmation.confirm("Unsaved changes",
                "You have not saved your changes to " + form.headingProperty().get() + ". Discard them?");
    }

    /**
     * Shows one declaration, clearing filters that hide it. One recorded since the list was read
     * (e.g. by an import) is fetched by reading the register again.
     */
    public void reveal(long id) {
        reveal(id, true);
    }

    private void reveal(long id, boolean mayReload) {
        if (loading.get()) {
            pendingReveal = id;
            return;
        }
        DeclarationRow row = find(id);
        if (row == null) {
            if (mayReload) {
                pendingReveal = id;
                reloadingForReveal = true;
                load();
            }
            return;
        }
        if (!shown.contains(row)) {
            clearFilters();
        }
        select(row);
    }

    /** Shows every declaration a member or officer is party to. */
    public void showPerson(PersonRef person) {
        if (rows.isEmpty() && loading.get()) {
            pendingPerson = person;
            return;
        }
        clearFilters();
        personFilter.set(everyone.get(person));
    }

    public void clearFilters() {
        filterText.set("");
        statusFilter.set(null);
        kindFilter.set(null);
        personFilter.set(null);
        flaggedOnly.set(false);
        declaredFrom.set(null);
        declaredTo.set(null);
    }

    /** Declarations whose reference or people's names contain the text. Safe away from the JavaFX thread. */
    public List<SearchHit> search(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String wanted = text.trim().toLowerCase(Locale.UK);
        List<DeclarationRow> all = snapshot;
        if (all == null) {
            // Searched before the screen was opened: read once and keep it for the next keystrokes.
            all = read().rows();
            snapshot = all;
        }
        return all.stream()
                .filter(r -> (r.reference() + "\n" + r.firstPerson() + "\n" + r.secondPerson())
                        .toLowerCase(Locale.UK).contains(wanted))
                .limit(MAX_HITS)
                .map(r -> new SearchHit(SECTION_ID, String.valueOf(r.id()), r.reference(),
                        "Relationship · " + r.firstPerson() + " and " + r.secondPerson() + " · " + r.kind()
                                + " · " + r.status().label()))
                .toList();
    }

    /** A save from one tab refreshes the other tabs, leaving the saving tab's own message in place. */
    private void saved(Declaration d, boolean fromDecision) {
        long id = d.id();
        tasks.run("Reading conflict flags", () -> (int) register.flags(id).stream().filter(ConflictFlag::isOpen)
                .count(), open -> {
                    DeclarationRow row = row(d, everyone, open);
                    int index = indexOf(id);
                    if (index >= 0) {
                        rows.set(index, row);
                    } else {
                        rows.add(0, row);
                    }
                    snapshot = List.copyOf(rows);
                    if (!shown.contains(row)) {
                        clearFilters();
                    }
                    selected.set(row);
                    if (fromDecision) {
                        form.edit(d);
                    } else {
                        decision.edit(d);
                    }
                    showFlags(id);
                }, error -> loadProblem.set("The register could not be read. " + StorageMessages.describe(error)));
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private DeclarationRow find(long id) {
        int index = indexOf(id);
        return index < 0 ? null : rows.get(index);
    }

    private void refilter() {
        shown.setPredicate(predicate());
        updateSummary();
    }

    /** The filters as they stand, as one test of a row. */
    Predicate<DeclarationRow> predicate() {
        String text = filterText.get() == null ? "" : filterText.get().trim().toLowerCase(Locale.UK);
        String[] words = text.isEmpty() ? new String[0] : text.split("\\s+");
        DeclarationStatus status = statusFilter.get();
        RelationshipKind kind = kindFilter.get();
        PersonRef person = personFilter.get() == null ? null : personFilter.get().ref();
        boolean flagged = flaggedOnly.get();
        LocalDate from = declaredFrom.get();
        LocalDate to = declaredTo.get();
        return r -> {
            if ((status != null && r.status() != status) || (kind != null && r.declaration().kind() != kind)
                    || (flagged && r.openFlags() == 0) || (person != null && !r.declaration().involves(person))
                    || (from != null && r.declaredOn().isBefore(from)) || (to != null && r.declaredOn().isAfter(to))) {
                return false;
            }
            for (String word : words) {
                if (!r.searchKey().contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private void updateSummary() {
        long flagged = shown.stream().filter(r -> r.openFlags() > 0).count();
        summary.set(String.format(Locale.UK, "%,d of %,d declarations%s", shown.size(), rows.size(),
                flagged == 0 ? "" : String.format(Locale.UK, " · %,d flagged", flagged)));
    }

    // Property accessors

    public ObservableList<DeclarationRow> rows() {
        return rows;
    }

    public FilteredList<DeclarationRow> shown() {
        return shown;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<DeclarationStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<RelationshipKind> kindFilterProperty() {
        return kindFilter;
    }

    public ObjectProperty<PersonChoice> personFilterProperty() {
        return personFilter;
    }

    public BooleanProperty flaggedOnlyProperty() {
        return flaggedOnly;
    }

    public ObjectProperty<LocalDate> declaredFromProperty() {
        return declaredFrom;
    }

    public ObjectProperty<LocalDate> declaredToProperty() {
        return declaredTo;
    }

    public ObservableList<PersonChoice> peopleChoices() {
        return peopleChoices;
    }

    /** The open and cleared conflict flags of the selected declaration, open ones first. */
    public ObservableList<ConflictFlag> flags() {
        return flags;
    }

    public ReadOnlyObjectProperty<DeclarationRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadProblemProperty() {
        return loadProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public DeclarationFormViewModel form() {
        return form;
    }

    public DecisionViewModel decision() {
        return decision;
    }

    public ReconfirmationViewModel reconfirmation() {
        return reconfirmation;
    }
}
