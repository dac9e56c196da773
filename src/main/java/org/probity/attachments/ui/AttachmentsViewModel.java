package org.probity.attachments.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.attachments.Attachment;
import org.probity.attachments.AttachmentException;
import org.probity.attachments.AttachmentService;
import org.probity.common.FieldProblem;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;
import org.probity.storage.StorageException;
import org.probity.storage.StorageMessages;
import org.probity.ui.BackgroundTasks;

/**
 * The files attached to one register entry: list, add, save a copy, open and remove. A detail
 * screen calls {@link #show} whenever it shows another record.
 */
public final class AttachmentsViewModel {

    /** One line of the table, as shown. */
    public record Row(Attachment attachment, String name, String size, String added, String addedBy, String note) {

        static Row of(Attachment a) {
            return new Row(a, a.fileName(), a.sizeText(), UkDates.display(a.addedAt().toLocalDate()), a.addedBy(),
                    a.note() == null ? "" : a.note());
        }
    }

    private static final String NO_RECORD = "Save the record first, then attach files to it.";

    // Properties
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(NO_RECORD);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper("");
    private final BooleanBinding canAdd = ready.getReadOnlyProperty().and(busy.getReadOnlyProperty().not());
    private final BooleanBinding canUseSelected = selected.isNotNull().and(busy.getReadOnlyProperty().not());

    private final AttachmentService attachments;
    private final BackgroundTasks tasks;
    private final DocumentOpener opener;
    private final TemporaryCopies temporaryCopies;
    private String ownerType;
    private long ownerId;
    private long generation;
    private Runnable onChanged = () -> { };

    public AttachmentsViewModel(AttachmentService attachments, BackgroundTasks tasks) {
        this(attachments, tasks, DocumentOpener.desktop(), new TemporaryCopies());
    }

    public AttachmentsViewModel(AttachmentService attachments, BackgroundTasks tasks, DocumentOpener opener,
                                TemporaryCopies temporaryCopies) {
        this.attachments = attachments;
        this.tasks = tasks;
        this.opener = opener;
        this.temporaryCopies = temporaryCopies;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObjectProperty<Row> selectedProperty() {
        return selected;
    }

    /** True once a saved record is shown, so files can be attached to it. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canAddBinding() {
        return canAdd;
    }

    public BooleanBinding canUseSelectedBinding() {
        return canUseSelected;
    }

    /** What the empty table says: no saved record, reading, nothing attached, or why it could not be read. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    /** What the last command did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last command failed, or "". */
    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }

    /** Called after a file is attached or removed, so the screen can refresh the record's history. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    /** The name a save dialog should suggest. */
    public String suggestedFileName() {
        Row row = selected.get();
        return row == null ? "" : row.name();
    }

    /** The question the removal dialog asks. */
    public String removalQuestion() {
        Row row = selected.get();
        return row == null ? "" : "Remove " + row.attachment().describe() + " from this record? Its content is "
                + "deleted from the database; the record's history keeps its name and your reason.";
    }

    public String limitText() {
        return "Files of up to " + Attachment.describeSize(attachments.maxBytes()) + " can be attached.";
    }

    // Commands

    /** Shows the attachments of a record; {@code ownerId} null means a record not yet saved. */
    public void show(String ownerType, Long ownerId) {
        generation++;
        rows.clear();
        selected.set(null);
        message.set("");
        errorText.set("");
        if (ownerType == null || ownerId == null) {
            this.ownerType = null;
            this.ownerId = 0;
            ready.set(false);
            placeholder.set(NO_RECORD);
            return;
        }
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        ready.set(true);
        reload(null);
    }

    public void clear() {
        show(null, null);
    }

    public void add(Path file, String note) {
        if (!ready.get() || file == null) {
            return;
        }
        String type = ownerType;
        long id = ownerId;
        run("Attaching " + file.getFileName(), () -> attachments.add(type, id, file, note), added -> {
            message.set(added.fileName() + " attached (" + added.sizeText() + ").");
            reload(added.id());
            onChanged.run();
        });
    }

    public void saveCopy(Path target) {
        Row row = selected.get();
        if (row == null || target == null) {
            return;
        }
        run("Saving a copy of " + row.name(), () -> {
            attachments.saveCopy(row.attachment().id(), target);
            return target;
        }, saved -> message.set("A copy of " + row.name() + " was saved as " + saved + "."));
    }

    public void open() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        run("Opening " + row.name(), () -> {
            Path copy = temporaryCopies.newCopy(row.name());
            attachments.saveCopy(row.attachment().id(), copy);
            try {
                opener.open(copy);
            } catch (IOException | RuntimeException e) {
                if (e instanceof AttachmentException) {
                    throw e;
                }
                throw new AttachmentException(row.name() + " could not be opened (" + e.getMessage() + "). There may "
                        + "be no program for this kind of file: use Save a copy… and open the copy instead.", e);
            }
            return copy;
        }, copy -> message.set(row.name() + " opened. Changes made to it there are not saved in Probity: to keep "
                + "them, save the file and attach it again."));
    }

    public void remove(String reason) {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        run("Removing " + row.name(), () -> {
            attachments.remove(row.attachment().id(), reason);
            return row;
        }, removed -> {
            message.set(removed.name() + " removed. The record's history keeps its name and your reason.");
            reload(null);
            onChanged.run();
        });
    }

    private void reload(Long select) {
        long mine = generation;
        String type = ownerType;
        long id = ownerId;
        placeholder.set("Reading the attachments…");
        tasks.run("Reading attachments", () -> attachments.attachments(type, id), list -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(list.stream().map(Row::of).toList());
            placeholder.set("No files are attached. " + limitText());
            if (select != null) {
                rows.stream().filter(r -> r.attachment().id() == select).findFirst().ifPresent(selected::set);
            }
        }, error -> {
            if (mine == generation) {
                placeholder.set("The attachments could not be read: " + describe(error));
            }
        });
    }

    private <T> void run(String description, Callable<T> work, Consumer<T> done) {
        message.set("");
        errorText.set("");
        busy.set(true);
        tasks.run(description, work, result -> {
            busy.set(false);
            done.accept(result);
        }, error -> {
            busy.set(false);
            errorText.set(describe(error));
        });
    }

    static String describe(Throwable error) {
        if (error instanceof ValidationException invalid) {
            List<String> messages = invalid.problems().stream().map(FieldProblem::message).toList();
            return String.join(" ", messages);
        }
        if (error instanceof AttachmentException || error instanceof StorageException) {
            return error.getMessage();
        }
        return StorageMessages.describe(error);
    }
}
