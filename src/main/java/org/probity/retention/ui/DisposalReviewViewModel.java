package org.probity.retention.ui;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.retention.DisposalLogEntry;
import org.probity.retention.DisposalPreview;
import org.probity.retention.DueRecord;
import org.probity.retention.LegalHold;
import org.probity.retention.PlannedDisposal;
import org.probity.retention.RetentionService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Confirmation;

/**
 * The state of the Disposal review screen. The records chosen are those selected in the list;
 * approving a disposal first works out its preview, and the Monitoring Officer confirms what it
 * will remove before anything is done.
 */
public final class DisposalReviewViewModel {

    private final RetentionService retention;
    private final BackgroundTasks tasks;
    private Confirmation confirmation = Confirmation.ALWAYS;

    // Properties
    private final ObservableList<DueRecord> due = FXCollections.observableArrayList();
    private final ObservableList<DueRecord> chosen = FXCollections.observableArrayList();
    private final ObservableList<String> previewLines = FXCollections.observableArrayList();
    private final ObservableList<LegalHold> holds = FXCollections.observableArrayList();
    private final ObservableList<DisposalLogEntry> log = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper previewSummary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper groups = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper mayDispose = new ReadOnlyBooleanWrapper(false);
    private final StringProperty holdReason = new SimpleStringProperty("");
    private final StringProperty liftReason = new SimpleStringProperty("");

    public DisposalReviewViewModel(RetentionService retention, BackgroundTasks tasks) {
        this.retention = retention;
        this.tasks = tasks;
    }

    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    public ObservableList<DueRecord> due() {
        return due;
    }

    /** The records the user has chosen; the view keeps it in step with the list's selection. */
    public ObservableList<DueRecord> chosen() {
        return chosen;
    }

    public ObservableList<String> previewLines() {
        return previewLines;
    }

    public ObservableList<LegalHold> holds() {
        return holds;
    }

    public ObservableList<DisposalLogEntry> log() {
        return log;
    }

    public ReadOnlyStringProperty previewSummaryProperty() {
        return previewSummary.getReadOnlyProperty();
    }

    /** How many records are due in each register, e.g. "Complaints 2 · Members' enquiries 5". */
    public ReadOnlyStringProperty groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mayDisposeProperty() {
        return mayDispose.getReadOnlyProperty();
    }

    public StringProperty holdReasonProperty() {
        return holdReason;
    }

    public StringProperty liftReasonProperty() {
        return liftReason;
    }

    // Commands

    private record Loaded(List<DueRecord> due, List<LegalHold> holds, List<DisposalLogEntry> log, boolean mayDispose) {
    }

    public void refresh() {
        tasks.run("Reading the records due for disposal", () -> new Loaded(retention.due(), retention.holds(true),
                retention.disposalLog(), retention.mayDispose()), loaded -> {
                    due.setAll(loaded.due());
                    holds.setAll(loaded.holds());
                    log.setAll(loaded.log());
                    mayDispose.set(loaded.mayDispose());
                    groups.set(describeGroups(loaded.due()));
                    if (!loaded.mayDispose()) {
                        tell("Only the Monitoring Officer or a deputy can approve a disposal or place a legal hold.",
                                false);
                    }
                }, this::fail);
    }

    private static String describeGroups(List<DueRecord> records) {
        if (records.isEmpty()) {
            return "No records are past their retention date.";
        }
        Map<String, Long> counts = records.stream().collect(Collectors.groupingBy(r -> r.register().label(),
                TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + String.format(java.util.Locale.UK, "%,d",
                        e.getValue()))
                .collect(Collectors.joining(" · "));
    }

    private List<String> chosenReferences() {
        return chosen.stream().map(DueRecord::reference).toList();
    }

    public void preview() {
        withPreview((references, preview) -> {
            busy.set(false);
            tell("Nothing has been disposed of yet. Check the preview, then approve the disposal.", false);
        });
    }

    /** Works out and shows the preview of the chosen records, then hands it on; refusals are reported. */
    private void withPreview(java.util.function.BiConsumer<List<String>, DisposalPreview> then) {
        List<String> references = chosenReferences();
        if (references.isEmpty()) {
            tell("Select the records to dispose of first.", true);
            return;
        }
        busy.set(true);
        tasks.run("Working out the disposal", () -> retention.preview(references), preview -> {
            show(preview);
            then.accept(references, preview);
        }, this::fail);
    }

    private void show(DisposalPreview preview) {
        previewLines.setAll(preview.disposals().stream().map(DisposalReviewViewModel::line).toList());
        previewSummary.set(preview.summary());
    }

    private static String line(PlannedDisposal p) {
        return p.due().reference() + " (" + p.due().register().label() + ", due "
                + UkDates.display(p.due().dueDate()) + "): " + p.whatHappens();
    }

    /** Works out the preview, asks for confirmation with it, then disposes of the chosen records. */
    public void approve() {
        withPreview((references, preview) -> {
            if (!confirmation.confirm("Approve disposal", preview.summary() + " This cannot be undone.")) {
                busy.set(false);
                tell("Nothing was disposed of.", false);
                return;
            }
            tasks.run("Disposing of records", () -> retention.dispose(references), done -> {
                busy.set(false);
                previewLines.clear();
                previewSummary.set("");
                tell(done.size() + (done.size() == 1 ? " record was" : " records were") + " disposed of and logged. "
                        + done.get(0).backupsNote(), false);
                refresh();
            }, this::fail);
        });
    }

    public void placeHold(DueRecord record) {
        if (record == null) {
            tell("Select the record to place on legal hold.", true);
            return;
        }
        String reason = holdReason.get();
        change("Placing a legal hold", () -> retention.placeHold(record.reference(), reason), holdReason, hold -> {
            previewLines.clear();
            previewSummary.set("");
            return hold.reference() + " is on legal hold and will not be disposed of until the hold is lifted.";
        });
    }

    public void liftHold(LegalHold hold) {
        if (hold == null) {
            tell("Select the hold to lift.", true);
            return;
        }
        String reason = liftReason.get();
        change("Lifting a legal hold", () -> {
            retention.liftHold(hold.id(), reason);
            return hold;
        }, liftReason, lifted -> "The hold on " + lifted.reference() + " was lifted; its reason is kept.");
    }

    /** Runs a change to the holds; on success clears the reason typed for it, reports and reloads. */
    private <T> void change(String description, java.util.concurrent.Callable<T> work, StringProperty reason,
                            java.util.function.Function<T, String> done) {
        busy.set(true);
        tasks.run(description, work, result -> {
            busy.set(false);
            reason.set("");
            tell(done.apply(result), false);
            refresh();
        }, this::fail);
    }

    private void fail(Throwable failure) {
        busy.set(false);
        String message = failure instanceof org.probity.common.ValidationException v && !v.problems().isEmpty()
                ? v.problems().get(0).message() : failure.getMessage();
        tell(message, true);
    }

    private void tell(String message, boolean problem) {
        failed.set(problem);
        status.set(message);
    }

    public static String describeHold(LegalHold hold) {
        return hold.reference() + " – " + hold.reason() + " (placed by " + hold.placedBy() + " on "
                + UkDates.display(hold.placedAt().toLocalDate()) + ")";
    }
}
