package org.probity.transfer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.transfer.ImportProblem;
import org.probity.transfer.ImportReport;
import org.probity.transfer.PeopleTransfer;
import org.probity.transfer.PersonKind;
import org.probity.ui.BackgroundTasks;

/**
 * State and commands of the import and export screen. A file can only be imported after a
 * check of that same file and list found no problems; changing either asks for a new check.
 */
public final class TransferViewModel {

    /** One line of the problems table. */
    public record ProblemLine(String row, String column, String problem) {

        static ProblemLine of(ImportProblem p, boolean warning) {
            String message = p.message().isEmpty() ? ""
                    : Character.toUpperCase(p.message().charAt(0)) + p.message().substring(1);
            return new ProblemLine(p.row() > 0 ? String.valueOf(p.row()) : "", p.column() == null ? "" : p.column(),
                    warning ? "Warning: " + message : message);
        }
    }

    private final PeopleTransfer transfer;
    private final BackgroundTasks tasks;

    // Properties

    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(PersonKind.MEMBERS);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<ProblemLine> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(
            "Choose a list and a .csv or .xlsx file, then check it.");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper checkedClean = new ReadOnlyBooleanWrapper();
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanBinding canCheck;
    private final BooleanBinding canImport;

    public TransferViewModel(PeopleTransfer transfer, BackgroundTasks tasks) {
        this.transfer = transfer;
        this.tasks = tasks;
        kind.addListener((obs, old, now) -> forgetCheck());
        file.addListener((obs, old, now) -> forgetCheck());
        canCheck = Bindings.createBooleanBinding(() -> file.get() != null && kind.get() != null && !busy.get(),
                file, kind, busy);
        canImport = checkedClean.and(busy.not());
    }

    public ObjectProperty<PersonKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<ProblemLine> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the last message reports something that went wrong, for styling. */
    public BooleanProperty failedProperty() {
        return failed;
    }

    public BooleanBinding canCheckProperty() {
        return canCheck;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    // Commands

    /** The dry run: lists every problem, or says how many people are ready to import. */
    public void check() {
        if (!canCheck.get()) {
            return;
        }
        PersonKind k = kind.get();
        Path f = file.get();
        start("Checking " + f.getFileName() + "…");
        tasks.run("Checking " + f.getFileName(), () -> transfer.check(k, f), report -> {
            busy.set(false);
            if (!k.equals(kind.get()) || !f.equals(file.get())) {
                return;
            }
            show(report);
            if (report.hasProblems()) {
                say(problemCount(report) + "; nothing can be imported until they are put right.", true);
            } else {
                checkedClean.set(true);
                say(k.count(report.people()) + " ready to import" + creations(report) + ".", false);
            }
        }, this::failed);
    }

    /** Imports the checked file, all or nothing. */
    public void importFile() {
        if (!canImport.get()) {
            return;
        }
        PersonKind k = kind.get();
        Path f = file.get();
        start("Importing " + f.getFileName() + "…");
        tasks.run("Importing " + f.getFileName(), () -> transfer.importFile(k, f), report -> {
            busy.set(false);
            checkedClean.set(false);
            show(report);
            say(report.summary(), report.hasProblems());
        }, this::failed);
    }

    /** Writes the chosen list to {@code target}, as CSV or Excel according to its extension. */
    public void export(Path target) {
        PersonKind k = kind.get();
        if (target == null || k == null || busy.get()) {
            return;
        }
        start("Exporting " + k.plural() + "…");
        tasks.run("Exporting " + k.plural(), () -> transfer.export(k, target), count -> {
            busy.set(false);
            say("Exported " + k.count(count) + " to " + target + ".", false);
        }, this::failed);
    }

    private void start(String message) {
        busy.set(true);
        problems.clear();
        say(message, false);
    }

    private void show(ImportReport report) {
        List<ProblemLine> lines = new ArrayList<>();
        report.problems().forEach(p -> lines.add(ProblemLine.of(p, false)));
        report.warnings().forEach(p -> lines.add(ProblemLine.of(p, true)));
        problems.setAll(lines);
    }

    private void failed(Throwable error) {
        busy.set(false);
        checkedClean.set(false);
        say(Objects.requireNonNullElse(error.getMessage(), error.getClass().getSimpleName()), true);
    }

    private void forgetCheck() {
        checkedClean.set(false);
        if (!busy.get()) {
            problems.clear();
            say(file.get() == null ? "Choose a list and a .csv or .xlsx file, then check it."
                    : "Check " + file.get().getFileName() + " before importing it.", false);
        }
    }

    private void say(String message, boolean wrong) {
        status.set(message);
        failed.set(wrong);
    }

    private static String problemCount(ImportReport report) {
        int n = report.problems().size();
        return n == 1 ? "1 problem found" : n + " problems found";
    }

    private static String creations(ImportReport report) {
        List<String> parts = new ArrayList<>();
        parts.addAll(named("new directorate", report.newDirectorates()));
        parts.addAll(named("new service area", report.newServiceAreas()));
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /** A few new names are worth reading; a long list is only counted. */
    private static List<String> named(String what, List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        if (names.size() > 5) {
            return List.of(names.size() + " " + what + "s");
        }
        return List.of(what + (names.size() == 1 ? ": " : "s: ") + String.join(", ", names));
    }
}
