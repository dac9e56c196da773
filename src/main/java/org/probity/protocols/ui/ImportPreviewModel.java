package org.probity.protocols.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.ValidationException;
import org.probity.protocols.ImportedDocument;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.ui.BackgroundTasks;

/**
 * Import with a preview: the file is split into paragraphs, the user corrects the split (merge
 * with the previous paragraph, split at a point, change a number, mark or unmark a heading),
 * then saves it as a version.
 */
public final class ImportPreviewModel {

    // Properties
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> adoptedOn = new SimpleObjectProperty<>();
    private final StringProperty adoptedBy = new SimpleStringProperty("");
    private final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final ProtocolService protocols;
    private final BackgroundTasks tasks;
    private String sourceName;

    ImportPreviewModel(ProtocolService protocols, BackgroundTasks tasks) {
        this.protocols = protocols;
        this.tasks = tasks;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> adoptedOnProperty() {
        return adoptedOn;
    }

    public StringProperty adoptedByProperty() {
        return adoptedBy;
    }

    public ObservableList<Paragraph> paragraphs() {
        return paragraphs;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // Commands

    /** Reads the file named in the file box into the preview. */
    public void read() {
        problem.set("");
        String name = file.get() == null ? "" : file.get().strip();
        if (name.isEmpty()) {
            problem.set("Choose the file with the protocol's text.");
            return;
        }
        Path path = Path.of(name);
        tasks.run("Reading " + path.getFileName(), () -> protocols.readFile(path), doc -> show(doc),
                e -> problem.set(message(e)));
    }

    private void show(ImportedDocument doc) {
        sourceName = doc.sourceName();
        paragraphs.setAll(doc.paragraphs());
        if (title.get() == null || title.get().isBlank()) {
            doc.paragraphs().stream().filter(Paragraph::heading).findFirst().ifPresent(h -> title.set(h.text()));
        }
        describe(doc.ignoredLines().size());
    }

    private void describe(int ignored) {
        long headings = paragraphs.stream().filter(Paragraph::heading).count();
        summary.set(paragraphs.size() + " paragraphs, " + headings + " headings"
                + (ignored > 0 ? "; " + ignored + " repeated page-header lines left out" : "")
                + ". Check the split, then save.");
    }

    public void mergeWithPrevious(int index) {
        if (index <= 0 || index >= paragraphs.size()) {
            return;
        }
        Paragraph previous = paragraphs.get(index - 1);
        Paragraph p = paragraphs.get(index);
        paragraphs.set(index - 1, previous.withText(previous.text() + " " + p.display()));
        paragraphs.remove(index);
    }

    /** Splits a paragraph at {@code at} characters into its text; the second part has no number until given one. */
    public void split(int index, int at) {
        if (index < 0 || index >= paragraphs.size()) {
            return;
        }
        Paragraph p = paragraphs.get(index);
        if (at <= 0 || at >= p.text().length()) {
            problem.set("Put the cursor where the paragraph should be split.");
            return;
        }
        paragraphs.set(index, p.withText(p.text().substring(0, at)));
        paragraphs.add(index + 1, Paragraph.body("", p.depth(), p.text().substring(at)));
    }

    public void renumber(int index, String number) {
        if (index >= 0 && index < paragraphs.size()) {
            paragraphs.set(index, paragraphs.get(index).withNumber(number));
        }
    }

    public void toggleHeading(int index) {
        if (index >= 0 && index < paragraphs.size()) {
            Paragraph p = paragraphs.get(index);
            paragraphs.set(index, p.asHeading(!p.heading()));
        }
    }

    /** Saves the corrected paragraphs as the next version; {@code onSaved} gets the new version. */
    public void save(java.util.function.Consumer<ProtocolVersion> onSaved) {
        problem.set("");
        List<Paragraph> list = List.copyOf(paragraphs);
        String t = title.get();
        LocalDate on = adoptedOn.get();
        String by = adoptedBy.get();
        tasks.run("Saving the imported version", () -> protocols.importVersion(t, list, on, by, null, sourceName),
                v -> {
                    paragraphs.clear();
                    file.set("");
                    summary.set("Saved as " + v.label() + ".");
                    onSaved.accept(v);
                }, e -> problem.set(message(e)));
    }

    static String message(Throwable e) {
        if (e instanceof ValidationException v) {
            return String.join(" ", v.problems().stream().map(p -> p.message()).toList());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
