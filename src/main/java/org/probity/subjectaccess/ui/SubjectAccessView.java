package org.probity.subjectaccess.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.subjectaccess.Redaction;
import org.probity.subjectaccess.SubjectMatch;
import org.probity.ui.HistoryView;

/**
 * The Subject access screen: on the left the search for the person and the matches; on the
 * right what is held about the one chosen, the third parties' names with a "disclose" tick each,
 * the export button, the confirmation of what was written, and the exports made before.
 */
public final class SubjectAccessView {

    private final SubjectAccessViewModel model;
    private final ExportFiles files;
    private final SplitPane root = new SplitPane();
    private final VBox namesBox = new VBox(4);

    public SubjectAccessView(SubjectAccessViewModel model, ExportFiles files) {
        this.model = model;
        this.files = files;
        root.setId("subjectAccessView");
        root.getItems().addAll(chooser(), export());
        root.setDividerPositions(0.4);
    }

    public Node node() {
        return root;
    }

    private Node chooser() {
        Label title = new Label("Subject access");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("Find the person the request is about: a member, an officer, or someone named in a"
                + " record such as a resident in casework.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TextField query = new TextField();
        query.setId("subjectSearchField");
        query.setPromptText("Name or staff number");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.setOnAction(e -> model.search());
        HBox.setHgrow(query, Priority.ALWAYS);
        Button search = new Button("Search");
        search.setId("subjectSearchButton");
        search.setDefaultButton(false);
        search.setOnAction(e -> model.search());
        search.disableProperty().bind(model.busyProperty());

        ListView<SubjectMatch> matches = new ListView<>(model.matches());
        matches.setId("subjectMatches");
        matches.setCellFactory(list -> new MatchCell());
        matches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.chosenProperty()
                .set(now));
        VBox.setVgrow(matches, Priority.ALWAYS);
        VBox box = new VBox(10, title, intro, new HBox(8, query, search), matches);
        box.setPadding(new Insets(16));
        return box;
    }

    /** A match as two lines: the name, then who they are and where they appear. */
    private static final class MatchCell extends ListCell<SubjectMatch> {
        @Override
        protected void updateItem(SubjectMatch item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.displayName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label where = new Label(item.description() + " \u00b7 " + item.appearances());
            where.getStyleClass().add(Styles.TEXT_MUTED);
            setText(null);
            setGraphic(new VBox(2, name, where));
        }
    }

    private Node export() {
        Label summary = new Label();
        summary.setId("heldSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.textProperty().bind(Bindings.createStringBinding(() -> model.heldSummaryProperty().get().isEmpty()
                ? "Choose a person to see what Probity holds about them." : model.heldSummaryProperty().get(),
                model.heldSummaryProperty()));

        Label namesTitle = new Label("Third parties named in these records");
        namesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Label namesHelp = new Label("Every name is replaced by \u201c" + Redaction.MARK + "\u201d unless you tick"
                + " \u201cdisclose\u201d beside it.");
        namesHelp.setWrapText(true);
        namesHelp.getStyleClass().add(Styles.TEXT_MUTED);
        namesBox.setId("thirdPartyNames");
        model.names().addListener((ListChangeListener<ThirdPartyName>) c -> fillNames());
        ScrollPane namesScroll = new ScrollPane(namesBox);
        namesScroll.setFitToWidth(true);
        namesScroll.setPrefViewportHeight(180);

        Label attachmentsNote = new Label("Attached files go into the export exactly as they were attached: their"
                + " contents are not redacted. The summary lists them so you can read each before sending.");
        attachmentsNote.setWrapText(true);
        attachmentsNote.getStyleClass().add(Styles.WARNING);

        Button export = new Button("Export to a ZIP\u2026");
        export.setId("exportButton");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(model.heldProperty().isNull().or(model.busyProperty()));
        export.setOnAction(e -> files.saveAs(root.getScene() == null ? null : root.getScene().getWindow(),
                model.suggestedFileName()).ifPresent(model::export));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busyProperty());

        Label confirmation = new Label();
        confirmation.setId("exportConfirmation");
        confirmation.setWrapText(true);
        confirmation.getStyleClass().add(Styles.SUCCESS);
        confirmation.textProperty().bind(Bindings.createStringBinding(() -> model.lastExportProperty().get() == null
                ? "" : model.lastExportProperty().get().describe(), model.lastExportProperty()));
        ListView<String> entries = new ListView<>(model.exportEntries());
        entries.setId("exportEntries");
        entries.setPrefHeight(140);
        entries.visibleProperty().bind(model.lastExportProperty().isNotNull());
        entries.managedProperty().bind(entries.visibleProperty());

        Label pastTitle = new Label("History: exports made before");
        pastTitle.getStyleClass().add(Styles.TEXT_BOLD);
        HistoryView past = new HistoryView(model.history());
        past.setId("exportHistory");
        past.setPrefHeight(220);
        VBox.setVgrow(past, Priority.ALWAYS);

        VBox box = new VBox(10, summary, namesTitle, namesHelp, namesScroll, attachmentsNote,
                new HBox(10, export, progress), message("subjectAccessProblem", model.problemProperty(),
                Styles.DANGER), message("subjectAccessStatus", model.statusProperty(), Styles.TEXT_MUTED),
                confirmation, entries, pastTitle, past);
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    private void fillNames() {
        namesBox.getChildren().clear();
        if (model.names().isEmpty()) {
            Label none = new Label("Nobody else is named.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            namesBox.getChildren().add(none);
            return;
        }
        for (ThirdPartyName name : model.names()) {
            CheckBox disclose = new CheckBox("Disclose " + name.name());
            disclose.getStyleClass().add("disclose-box");
            disclose.setUserData(name.name());
            disclose.selectedProperty().bindBidirectional(name.discloseProperty());
            namesBox.getChildren().add(disclose);
        }
    }

    private static Label message(String id, ObservableValue<String> text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.getValue() != null
                && !text.getValue().isBlank(), text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }
}
