package org.probity.complaints.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ParagraphVersion;
import org.probity.complaints.ParagraphVersion.ParagraphChoice;
import org.probity.ui.BackgroundTasks;

/**
 * Choosing the protocol paragraphs a complaint engages from the version in force on the day it
 * was received. The numbers chosen are kept in the form's paragraphs text, which can still be
 * typed; without a protocol the text is all there is.
 */
public final class ParagraphPickerModel {

    private final ComplaintService complaints;
    private final BackgroundTasks tasks;
    private final StringProperty paragraphs;
    private final ObservableList<ParagraphChoice> choices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper(this, "versionText", "");
    private final ReadOnlyStringWrapper chosenText = new ReadOnlyStringWrapper(this, "chosenText", "");
    private Optional<ParagraphVersion> version = Optional.empty();
    private LocalDate loadedFor;

    ParagraphPickerModel(ComplaintService complaints, BackgroundTasks tasks, StringProperty paragraphs) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.paragraphs = paragraphs;
        paragraphs.addListener((o, was, now) -> describeChosen());
    }

    /** Reads, in the background, the paragraphs of the version in force on {@code received}. */
    void load(LocalDate received) {
        loadedFor = received;
        tasks.run("Reading the protocol paragraphs", () -> complaints.paragraphChoices(received), found -> {
            if (!java.util.Objects.equals(received, loadedFor)) {
                return; // a later date was chosen while this one was being read
            }
            version = found;
            choices.setAll(found.map(ParagraphVersion::paragraphs).orElse(List.of()));
            versionText.set(found.map(v -> "Paragraphs of " + v.label() + ", in force on the date received.")
                    .orElse(received == null ? "" : "No protocol was in force on the date received: type the "
                            + "paragraph numbers as the complainant gives them."));
            describeChosen();
        }, failure -> versionText.set("The protocol paragraphs could not be read: " + failure.getMessage()));
    }

    /** Adds a paragraph's number to those chosen, once. */
    public void add(ParagraphChoice choice) {
        if (choice == null) {
            return;
        }
        List<String> numbers = new java.util.ArrayList<>(Complaint.splitParagraphs(paragraphs.get()));
        if (numbers.stream().noneMatch(n -> ParagraphChoice.keyOf(n).equals(choice.key()))) {
            numbers.add(choice.key());
        }
        paragraphs.set(String.join(", ", numbers));
    }

    private void describeChosen() {
        List<String> numbers = Complaint.splitParagraphs(paragraphs.get());
        if (version.isEmpty() || numbers.isEmpty()) {
            chosenText.set("");
            return;
        }
        chosenText.set(numbers.stream().map(n -> version.get().find(n).map(ParagraphChoice::display)
                .orElse(n + " (not in this version)")).collect(Collectors.joining("\n")));
    }

    public ObservableList<ParagraphChoice> choices() {
        return choices;
    }

    /** Which version the paragraphs come from, or that none is held. */
    public ReadOnlyStringProperty versionTextProperty() {
        return versionText.getReadOnlyProperty();
    }

    /** The paragraphs chosen, one a line with their first words. */
    public ReadOnlyStringProperty chosenTextProperty() {
        return chosenText.getReadOnlyProperty();
    }
}
