package org.probity.subjectaccess.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.subjectaccess.ExportSummary;
import org.probity.subjectaccess.HeldData;
import org.probity.subjectaccess.SubjectAccessService;
import org.probity.subjectaccess.SubjectMatch;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.HistoryViewModel;

/**
 * The state of the Subject access screen. The officer searches for the person, chooses one of
 * the matches, sees what is held and the third parties' names in it, ticks those to disclose,
 * and exports; searching, gathering and writing all happen in the background.
 */
public final class SubjectAccessViewModel {

    private static final int PAST_EXPORTS = 50;

    private final SubjectAccessService service;
    private final BackgroundTasks tasks;

    // Properties

    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SubjectMatch> matches = FXCollections.observableArrayList();
    private final ObjectProperty<SubjectMatch> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<HeldData> held = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ThirdPartyName> names = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper heldSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportSummary> lastExport = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> exportEntries = FXCollections.observableArrayList();
    private final HistoryViewModel history;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public SubjectAccessViewModel(SubjectAccessService service, BackgroundTasks tasks) {
        this.service = service;
        this.tasks = tasks;
        this.history = new HistoryViewModel(tasks, List.of("Person", "Kind", "Records", "Attached files",
                "Audit entries", "Third-party names redacted", "Names disclosed", "File"));
        chosen.addListener((o, was, now) -> gather(now));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SubjectMatch> matches() {
        return matches;
    }

    public ObjectProperty<SubjectMatch> chosenProperty() {
        return chosen;
    }

    public ReadOnlyObjectProperty<HeldData> heldProperty() {
        return held.getReadOnlyProperty();
    }

    /** The third parties' names found, each with its "disclose" tick. */
    public ObservableList<ThirdPartyName> names() {
        return names;
    }

    public ReadOnlyStringProperty heldSummaryProperty() {
        return heldSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportSummary> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** The files inside the last export written. */
    public ObservableList<String> exportEntries() {
        return exportEntries;
    }

    /** The History of exports made so far, newest first, as the audit trail records them. */
    public HistoryViewModel history() {
        return history;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The name the save dialog suggests: "subject-access-ruth-watson-2027-01-20.zip". */
    public String suggestedFileName() {
        HeldData data = held.get();
        String who = data == null ? "person" : data.subject().name().toLowerCase(Locale.UK)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return "subject-access-" + (who.isEmpty() ? "person" : who) + ".zip";
    }

    // Commands

    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.length() < 2) {
            problem.set("Type at least two letters of the person's name, or their staff number.");
            return;
        }
        start("Searching for " + text + "\u2026");
        tasks.run("Searching for the person", () -> service.search(text), found -> {
            matches.setAll(found);
            busy.set(false);
            status.set(found.isEmpty() ? "No member, officer or record names \u201c" + text + "\u201d."
                    : found.size() == 1 ? "One match: choose it to see what is held."
                    : found.size() + " matches: choose the person the request is about.");
        }, this::failed);
    }

    private void gather(SubjectMatch match) {
        held.set(null);
        names.clear();
        heldSummary.set("");
        if (match == null) {
            return;
        }
        start("Gathering what is held about " + match.displayName() + "\u2026");
        tasks.run("Gathering what is held", () -> service.gather(match.subject()), data -> {
            if (match != chosen.get()) {
                return;
            }
            held.set(data);
            names.setAll(data.thirdParties().stream().map(ThirdPartyName::new).toList());
            heldSummary.set(describe(data));
            busy.set(false);
            status.set(data.thirdParties().isEmpty() ? "Nobody else is named in these records."
                    : "Tick any name to disclose; every other name will be redacted.");
        }, this::failed);
    }

    private static String describe(HeldData data) {
        int files = data.attachments().size();
        return data.displayName() + ": " + data.records().size() + (data.records().size() == 1 ? " record, "
                : " records, ") + files + (files == 1 ? " attached file, " : " attached files, ")
                + data.auditEntryCount() + (data.auditEntryCount() == 1 ? " audit entry" : " audit entries")
                + (data.directoryFields().isEmpty() ? "" : ", and the directory entry") + ".";
    }

    public void export(Path file) {
        HeldData data = held.get();
        if (data == null || file == null) {
            return;
        }
        List<String> disclose = names.stream().filter(n -> n.discloseProperty().get()).map(ThirdPartyName::name)
                .toList();
        start("Writing the export\u2026");
        tasks.run("Writing the subject access export", () -> service.export(data, disclose, file), summary -> {
            lastExport.set(summary);
            exportEntries.setAll(summary.entries());
            busy.set(false);
            status.set(summary.describe());
            loadPastExports();
        }, this::failed);
    }

    public void loadPastExports() {
        history.show(() -> service.exports(PAST_EXPORTS));
    }

    private void start(String message) {
        busy.set(true);
        problem.set("");
        status.set(message);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        status.set("");
        String message = failure.getMessage();
        problem.set(message == null || message.isBlank() ? "Something went wrong (" + failure.getClass()
                .getSimpleName() + ")." : message);
    }
}
