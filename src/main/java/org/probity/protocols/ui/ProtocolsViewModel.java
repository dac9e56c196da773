package org.probity.protocols.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.common.UkDates;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ParagraphChange;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.ReviewService;
import org.probity.protocols.VersionStatus;
import org.probity.ui.BackgroundTasks;

/** The library: protocols, their versions, a version's paragraphs with the editor, export and comparison. */
public final class ProtocolsViewModel {

    public static final String SECTION_ID = "protocols";

    // Properties
    private final ObservableList<Protocol> protocolList = FXCollections.observableArrayList();
    private final ObjectProperty<Protocol> selectedProtocol = new SimpleObjectProperty<>();
    private final ObservableList<ProtocolVersion> versionList = FXCollections.observableArrayList();
    private final ObjectProperty<ProtocolVersion> selectedVersion = new SimpleObjectProperty<>();
    private final ObservableList<Paragraph> paragraphs = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper versionSummary = new ReadOnlyStringWrapper("");
    private final ObjectProperty<ProtocolVersion> compareFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<ProtocolVersion> compareTo = new SimpleObjectProperty<>();
    private final ObservableList<ParagraphChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private final ProtocolService protocols;
    private final ReviewService reviews;
    private final BackgroundTasks tasks;
    private final ImportPreviewModel importPreview;
    private final ReviewViewModel review;
    private Long pendingVersionId;

    public ProtocolsViewModel(ProtocolService protocols, ReviewService reviews, BackgroundTasks tasks) {
        this.protocols = protocols;
        this.reviews = reviews;
        this.tasks = tasks;
        this.importPreview = new ImportPreviewModel(protocols, tasks);
        this.review = new ReviewViewModel(reviews, protocols, tasks, this::reloadVersions);
        selectedProtocol.addListener((o, a, p) -> loadVersions(p));
        selectedVersion.addListener((o, a, v) -> loadParagraphs(v));
    }

    public ImportPreviewModel importPreview() {
        return importPreview;
    }

    public ReviewViewModel review() {
        return review;
    }

    public ObservableList<Protocol> protocols() {
        return protocolList;
    }

    public ObjectProperty<Protocol> selectedProtocolProperty() {
        return selectedProtocol;
    }

    public ObservableList<ProtocolVersion> versions() {
        return versionList;
    }

    public ObjectProperty<ProtocolVersion> selectedVersionProperty() {
        return selectedVersion;
    }

    public ObservableList<Paragraph> paragraphs() {
        return paragraphs;
    }

    /** Only a draft's paragraphs are edited: an adopted version is the record of what was in force. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionSummaryProperty() {
        return versionSummary.getReadOnlyProperty();
    }

    public ObjectProperty<ProtocolVersion> compareFromProperty() {
        return compareFrom;
    }

    public ObjectProperty<ProtocolVersion> compareToProperty() {
        return compareTo;
    }

    public ObservableList<ParagraphChange> changes() {
        return changes;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Version 2 · Adopted 5 Dec 2023 by Council · next review 5 Dec 2025". */
    public static String describe(ProtocolVersion v) {
        StringBuilder s = new StringBuilder(v.label()).append(" · ").append(v.status().label());
        if (v.adoptedOn() != null) {
            s.append(' ').append(UkDates.display(v.adoptedOn()));
        }
        if (v.adoptedBy() != null) {
            s.append(" by ").append(v.adoptedBy());
        }
        if (v.status() == VersionStatus.ADOPTED && v.nextReviewOn() != null) {
            s.append(" · next review ").append(UkDates.display(v.nextReviewOn()));
        }
        return s.toString();
    }

    // Commands

    public void load() {
        Long keep = selectedProtocol.get() == null ? null : selectedProtocol.get().id();
        tasks.run("Loading protocols", protocols::protocols, list -> {
            protocolList.setAll(list);
            Protocol again = list.stream().filter(p -> p.id().equals(keep)).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (again != null && again.equals(selectedProtocol.get())) {
                loadVersions(again);
            } else {
                selectedProtocol.set(again);
            }
        }, this::fail);
    }

    /** Shows a protocol (and optionally one of its versions) by id, as the dashboard and search ask. */
    public void reveal(long protocolId, Long versionId) {
        pendingVersionId = versionId;
        protocolList.stream().filter(p -> p.id() == protocolId).findFirst().ifPresentOrElse(p -> {
            if (p.equals(selectedProtocol.get())) {
                loadVersions(p);
            } else {
                selectedProtocol.set(p);
            }
        }, this::load);
    }

    /** Shows the protocol a review belongs to; its review is shown with it. */
    public void revealReview(long reviewId) {
        tasks.run("Finding the review", () -> reviews.review(reviewId).map(r -> r.protocolId()).orElse(-1L),
                protocolId -> {
                    if (protocolId >= 0) {
                        reveal(protocolId, null);
                    }
                }, this::fail);
    }

    /** Reloads the versions, showing {@code versionId} when given (a new draft or a newly adopted version). */
    private void reloadVersions(Long versionId) {
        if (versionId != null) {
            pendingVersionId = versionId;
        }
        loadVersions(selectedProtocol.get());
    }

    private void loadVersions(Protocol p) {
        if (p == null) {
            versionList.clear();
            selectedVersion.set(null);
            review.show(null);
            return;
        }
        Long keep = pendingVersionId != null ? pendingVersionId
                : selectedVersion.get() == null ? null : selectedVersion.get().id();
        pendingVersionId = null;
        tasks.run("Loading versions", () -> protocols.versions(p.id()), list -> {
            versionList.setAll(list);
            ProtocolVersion again = list.stream().filter(v -> v.id().equals(keep)).findFirst()
                    .orElseGet(() -> list.stream().filter(v -> v.status() == VersionStatus.ADOPTED)
                            .reduce((x, y) -> y).orElse(list.isEmpty() ? null : list.get(list.size() - 1)));
            selectedVersion.set(null);
            selectedVersion.set(again);
            if (list.size() >= 2) {
                compareFrom.set(list.get(list.size() - 2));
                compareTo.set(list.get(list.size() - 1));
            }
            review.show(p);
        }, this::fail);
    }

    private void loadParagraphs(ProtocolVersion v) {
        if (v == null) {
            paragraphs.clear();
            editable.set(false);
            versionSummary.set("");
            return;
        }
        editable.set(v.status() == VersionStatus.DRAFT);
        versionSummary.set(describe(v) + (v.status() == VersionStatus.DRAFT
                ? " · the draft a review is amending; its paragraphs can be edited" : ""));
        tasks.run("Loading paragraphs", () -> protocols.paragraphs(v.id()), paragraphs::setAll, this::fail);
    }

    /** Saves an edited paragraph of the draft in view. */
    public void saveParagraph(int index, String number, boolean heading, String text) {
        ProtocolVersion v = selectedVersion.get();
        if (v == null || index < 0 || index >= paragraphs.size()) {
            return;
        }
        List<Paragraph> changed = new ArrayList<>(paragraphs);
        Paragraph p = changed.get(index);
        changed.set(index, new Paragraph(number, p.depth(), heading, text));
        problem.set("");
        tasks.run("Saving the paragraph", () -> {
            protocols.saveParagraphs(v.id(), changed);
            return protocols.paragraphs(v.id());
        }, list -> {
            paragraphs.setAll(list);
            status.set("Paragraph " + (number.isBlank() ? index + 1 : number) + " saved.");
        }, this::fail);
    }

    public void compare() {
        ProtocolVersion a = compareFrom.get();
        ProtocolVersion b = compareTo.get();
        if (a == null || b == null) {
            problem.set("Choose the two versions to compare.");
            return;
        }
        problem.set("");
        tasks.run("Comparing versions", () -> protocols.compare(a.id(), b.id()), changes::setAll, this::fail);
    }

    public void exportMarkdown(Path file) {
        ProtocolVersion v = selectedVersion.get();
        if (v != null) {
            tasks.run("Exporting", () -> protocols.writeMarkdown(v.id(), file),
                    f -> status.set("Saved " + f.getFileName() + "."), this::fail);
        }
    }

    public void exportDocx(Path file) {
        ProtocolVersion v = selectedVersion.get();
        if (v != null) {
            tasks.run("Exporting", () -> protocols.writeDocx(v.id(), file),
                    f -> status.set("Saved " + f.getFileName() + "."), this::fail);
        }
    }

    /** A file name for the version in view, e.g. "Member-Officer Relations Protocol v2". */
    public String exportName() {
        ProtocolVersion v = selectedVersion.get();
        Protocol p = selectedProtocol.get();
        if (v == null || p == null) {
            return "protocol";
        }
        return p.title().replaceAll("[\\\\/:*?\"<>|]", "-") + " v" + v.number();
    }

    /** After an import is saved: show the protocol and the new version. */
    void imported(ProtocolVersion v) {
        status.set("Imported " + v.label() + ".");
        pendingVersionId = v.id();
        tasks.run("Loading protocols", protocols::protocols, list -> {
            protocolList.setAll(list);
            list.stream().filter(p -> p.id() == v.protocolId()).findFirst().ifPresent(p -> {
                if (p.equals(selectedProtocol.get())) {
                    loadVersions(p);
                } else {
                    selectedProtocol.set(p);
                }
            });
        }, this::fail);
    }

    public void saveImport() {
        importPreview.save(this::imported);
    }

    private void fail(Throwable e) {
        problem.set(ImportPreviewModel.message(e));
    }
}
