package org.probity.publication.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
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
import org.probity.common.ValidationException;
import org.probity.publication.Publication;
import org.probity.publication.PublicationRequest;
import org.probity.publication.PublicationService;
import org.probity.publication.PublishedColumn;
import org.probity.publication.PublishedRegister;
import org.probity.ui.BackgroundTasks;

/**
 * The state of the Publish registers screen: the register, period, ticked columns and count,
 * the preview of exactly what will be published, and the warning shown while anything personal
 * is ticked. Every change refreshes the preview in the background; a preview that arrives after
 * a later change is dropped.
 */
public final class PublicationViewModel {

    private final PublicationService publication;
    private final BackgroundTasks tasks;

    private final ObservableList<PublishedRegister<?>> registers = FXCollections.observableArrayList();
    private final ObjectProperty<PublishedRegister<?>> register = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty suppressSmall = new SimpleBooleanProperty(true);
    private final BooleanProperty countsOnly = new SimpleBooleanProperty();
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<String> countable = FXCollections.observableArrayList();
    private final ObjectProperty<String> countBy = new SimpleObjectProperty<>();

    private final ObservableList<String> previewHeaders = FXCollections.observableArrayList();
    private final ObservableList<List<String>> previewRows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> countRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper countHeading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper personalWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    private final InvalidationListener changed = o -> refresh();
    private boolean choosing;
    private boolean started;
    private long generation;
    private int running;
    private Publication shown;

    public PublicationViewModel(PublicationService publication, BackgroundTasks tasks) {
        this.publication = publication;
        this.tasks = tasks;
        registers.setAll(publication.registers());
        register.addListener((o, was, now) -> choose(now));
        register.set(registers.get(0));
        from.addListener(changed);
        to.addListener(changed);
        suppressSmall.addListener(changed);
        countsOnly.addListener(changed);
        countBy.addListener(changed);
    }

    /** A new register: its columns with nothing personal ticked, its usual count and last year. */
    private void choose(PublishedRegister<?> chosen) {
        if (chosen == null) {
            return;
        }
        choosing = true;
        try {
            PublicationRequest defaults = publication.defaults(chosen.kind());
            columns.setAll(chosen.columns().stream().map(ColumnChoice::new).toList());
            columns.forEach(c -> c.tickedProperty().addListener((o, was, now) -> {
                warnOfPersonalColumns();
                refresh();
            }));
            countable.setAll(chosen.columns().stream().filter(c -> !c.personal()).map(PublishedColumn::heading)
                    .toList());
            countBy.set(defaults.countBy());
            if (from.get() == null || to.get() == null) {
                from.set(defaults.from());
                to.set(defaults.to());
            }
            warnOfPersonalColumns();
        } finally {
            choosing = false;
        }
        refresh();
    }

    private void warnOfPersonalColumns() {
        List<PublishedColumn> personal = columns.stream().filter(c -> c.tickedProperty().get())
                .map(ColumnChoice::column).filter(PublishedColumn::personal).toList();
        personalWarning.set(personal.isEmpty() ? "" : "Personal data is ticked: " + personal.stream()
                .map(c -> c.heading() + " (" + c.why() + ")").collect(Collectors.joining("; ")) + ". Whatever is "
                + "published can be read and copied by anyone; publish it only where the law allows and the "
                + "people concerned would expect it.");
    }

    private PublicationRequest request() {
        PublishedRegister<?> r = register.get();
        return new PublicationRequest(r.kind(), from.get(), to.get(), columns.stream()
                .filter(c -> c.tickedProperty().get()).map(c -> c.column().heading()).toList(), countBy.get(),
                suppressSmall.get() ? PublicationService.SMALL_COUNT : 0, countsOnly.get());
    }

    /** Reads the extract for the first time; until then changes are only remembered. */
    public void start() {
        started = true;
        refresh();
    }

    /** Reads the extract again as it now stands, in the background. */
    public void refresh() {
        if (!started || choosing || register.get() == null) {
            return;
        }
        PublicationRequest request = request();
        long mine = ++generation;
        run("Reading the " + register.get().title().toLowerCase(java.util.Locale.UK),
                () -> publication.publish(request), p -> {
                    if (mine == generation) {
                        show(p);
                    }
                }, () -> {
                    if (mine == generation) {
                        clearPreview();
                    }
                });
    }

    private void clearPreview() {
        shown = null;
        previewRows.clear();
        countRows.clear();
        status.set("");
    }

    private void show(Publication p) {
        shown = p;
        problem.set("");
        previewHeaders.setAll(p.headers());
        previewRows.setAll(p.displayRows());
        countHeading.set(p.countBy());
        countRows.setAll(p.countRows());
        status.set(p.total() + " " + p.entries() + " " + p.datedBy() + " in the period; the preview shows exactly"
                + " what will be published" + (p.countsOnly() ? ": the counts alone." : "."));
    }

    /** Writes the extract as it now stands to {@code file}, as a PDF or CSV by the file's name. */
    public void save(Path file) {
        PublicationRequest request = request();
        run("Writing " + file.getFileName(), () -> publication.write(publication.publish(request), file),
                written -> status.set("Saved the extract to " + written + "."), () -> { });
    }

    /** A name for the file dialog to offer: the register and the period. */
    public String suggestedFileName(String extension) {
        PublishedRegister<?> r = register.get();
        return r.kind() + "-" + from.get() + "-to-" + to.get() + "." + extension;
    }

    /** Runs {@code work} in the background; {@code failed} runs first when it fails, on the JavaFX thread. */
    private <T> void run(String what, Callable<T> work, Consumer<T> done, Runnable failed) {
        running++;
        busy.set(true);
        problem.set("");
        tasks.run(what, work, result -> {
            busy.set(--running > 0);
            done.accept(result);
        }, failure -> {
            busy.set(--running > 0);
            failed.run();
            problem.set(failure instanceof ValidationException v ? v.getMessage()
                    : what + " failed: " + failure.getMessage());
        });
    }

    public ObservableList<PublishedRegister<?>> registers() {
        return registers;
    }

    public ObjectProperty<PublishedRegister<?>> registerProperty() {
        return register;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty suppressSmallProperty() {
        return suppressSmall;
    }

    public BooleanProperty countsOnlyProperty() {
        return countsOnly;
    }

    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    public ObservableList<String> countable() {
        return countable;
    }

    public ObjectProperty<String> countByProperty() {
        return countBy;
    }

    public ObservableList<String> previewHeaders() {
        return previewHeaders;
    }

    public ObservableList<List<String>> previewRows() {
        return previewRows;
    }

    public ObservableList<List<String>> countRows() {
        return countRows;
    }

    public ReadOnlyStringProperty countHeadingProperty() {
        return countHeading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty personalWarningProperty() {
        return personalWarning.getReadOnlyProperty();
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

    /** The extract the preview shows, once read. */
    public Publication shown() {
        return shown;
    }
}
