package org.probity.relationships.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.common.UkDates;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.ui.Confirmation;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;
import org.probity.attachments.ui.AttachmentsPane;
import org.probity.ui.HistoryView;
import org.probity.ui.UkDateTableCell;

/**
 * The register of declared relationships: the filtered list on the left; on the right the
 * selected declaration in tabs (declaration, decision and actions, flags, attachments, history).
 */
public final class RelationshipsView {

    private static final PseudoClass SETTLED = PseudoClass.getPseudoClass("settled");

    private final RelationshipsViewModel model;
    private final DeclarationFormViewModel form;
    private final DecisionViewModel decision;
    private final SplitPane root = new SplitPane();
    private final TextField filter = new TextField();
    private final TableView<DeclarationRow> table = new TableView<>();
    private final TabPane tabs = new TabPane();
    private final Tab declarationTab = new Tab("Declaration");
    private final Tab decisionTab = new Tab("Decision");
    private final Tab flagsTab = new Tab("Flags");
    private final Tab attachmentsTab = new Tab("Attachments");
    private final Tab historyTab = new Tab("History");
    private final VBox declarationForm = new VBox(8);
    private final VBox decisionForm = new VBox(8);
    private final SearchableComboBox<PersonChoice> partyA = new SearchableComboBox<>();
    private boolean syncingSelection;

    public RelationshipsView(RelationshipsViewModel model) {
        this.model = model;
        this.form = model.form();
        this.decision = model.decision();
        root.setId("relationshipsView");
        root.getStyleClass().add("relationships-section");
        root.getStylesheets().add(RelationshipsView.class.getResource("relationships.css").toExternalForm());
        root.getItems().addAll(list(), details());
        root.setDividerPositions(0.52);
        model.setConfirmation(dialogOver(table));
    }

    public Node root() {
        return root;
    }

    // The list

    private Node list() {
        filter.setId("relationshipsFilter");
        filter.setPromptText("Filter by reference, name, kind or decision");
        filter.setAccessibleText("Filter declarations");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);

        ComboBox<DeclarationStatus> status = choices("relationshipStatusFilter", "All statuses",
                DeclarationStatus.values(), DeclarationStatus::label);
        status.valueProperty().bindBidirectional(model.statusFilterProperty());
        ComboBox<RelationshipKind> kind = choices("relationshipKindFilter", "All kinds", RelationshipKind.values(),
                RelationshipKind::label);
        kind.valueProperty().bindBidirectional(model.kindFilterProperty());

        SearchableComboBox<PersonChoice> person = new SearchableComboBox<>(model.peopleChoices());
        person.setId("relationshipPersonFilter");
        person.setPromptText("Anyone");
        person.setAccessibleText("Person");
        person.setPrefWidth(250);
        person.valueProperty().bindBidirectional(model.personFilterProperty());
        Button anyone = new Button(null, new FontIcon(Material2OutlinedAL.CLEAR));
        anyone.setId("relationshipPersonFilterClear");
        anyone.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        anyone.setAccessibleText("Anyone");
        anyone.disableProperty().bind(model.personFilterProperty().isNull());
        anyone.setOnAction(e -> model.personFilterProperty().set(null));

        CheckBox flagged = new CheckBox("Flagged only");
        flagged.setId("relationshipsFlaggedOnly");
        flagged.selectedProperty().bindBidirectional(model.flaggedOnlyProperty());
        DateField from = new DateField();
        from.setId("relationshipsDeclaredFrom");
        from.setPromptText("Declared from");
        from.setPrefWidth(135);
        from.valueProperty().bindBidirectional(model.declaredFromProperty());
        DateField to = new DateField();
        to.setId("relationshipsDeclaredTo");
        to.setPromptText("to");
        to.setPrefWidth(135);
        to.valueProperty().bindBidirectional(model.declaredToProperty());

        Button newDeclaration = new Button("New declaration", new FontIcon(Material2OutlinedAL.ADD));
        newDeclaration.setId("relationshipNew");
        newDeclaration.setOnAction(e -> newDeclaration());
        Button reconfirm = new Button("Re-confirmation…", new FontIcon(Material2OutlinedAL.EVENT_AVAILABLE));
        reconfirm.setId("relationshipsReconfirm");
        reconfirm.setOnAction(e -> new ReconfirmationDialog(model.reconfirmation(), root).showAndWait());
        Button clear = new Button("Clear filters");
        clear.setId("relationshipsClearFilters");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());

        HBox.setHgrow(person, Priority.ALWAYS);
        person.setMaxWidth(Double.MAX_VALUE);
        HBox second = new HBox(8, status, kind, person, anyone);
        second.setAlignment(Pos.CENTER_LEFT);
        HBox third = new HBox(8, from, new Label("–"), to, flagged, clear);
        third.setAlignment(Pos.CENTER_LEFT);
        HBox.setMargin(flagged, new Insets(0, 0, 0, 8));
        for (Region r : List.of(flagged, clear, reconfirm, newDeclaration, status, kind, from, to)) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }

        buildTable();
        Label summary = new Label();
        summary.setId("relationshipsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, summary, gap, reconfirm);
        bottom.setAlignment(Pos.CENTER_LEFT);

        HBox first = new HBox(8, filter, newDeclaration);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, first, second, third, table, bottom);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(12, 8, 12, 12));
        return box;
    }

    private void buildTable() {
        table.setId("relationshipsTable");
        table.setAccessibleText("Declared relationships");
        table.getColumns().add(column("relationshipReferenceColumn", "Reference", 128, DeclarationRow::reference));
        TableColumn<DeclarationRow, Integer> flags = column("relationshipFlagsColumn", "Flags", 62,
                DeclarationRow::openFlags);
        flags.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Integer count, boolean empty) {
                super.updateItem(count, empty);
                getStyleClass().remove("flag-count");
                if (empty || count == null || count == 0) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                } else {
                    setText(String.valueOf(count));
                    setGraphic(new FontIcon(Material2OutlinedAL.FLAG));
                    getStyleClass().add("flag-count");
                    setAccessibleText(count == 1 ? "1 open flag" : count + " open flags");
                }
            }
        });
        table.getColumns().add(flags);

        table.getColumns().add(column("relationshipFirstColumn", "First person", 150, DeclarationRow::firstPerson));
        table.getColumns().add(column("relationshipSecondColumn", "Second person", 150,
                DeclarationRow::secondPerson));
        table.getColumns().add(column("relationshipKindColumn", "Kind", 135, DeclarationRow::kind));
        TableColumn<DeclarationRow, LocalDate> declared = column("relationshipDeclaredColumn", "Declared", 108,
                DeclarationRow::declaredOn);
        declared.setCellFactory(c -> new UkDateTableCell<>());
        table.getColumns().add(declared);
        table.getColumns().add(column("relationshipStatusColumn", "Status", 120, DeclarationRow::status));
        table.getColumns().add(column("relationshipDecisionColumn", "Decision", 150, DeclarationRow::decision));
        TableColumn<DeclarationRow, LocalDate> review = column("relationshipReviewColumn", "Review", 108,
                DeclarationRow::reviewDate);
        review.setCellFactory(c -> new UkDateTableCell<>());
        table.getColumns().add(review);
        SortedList<DeclarationRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DeclarationRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(SETTLED, !empty && row != null && !row.status().isActive());
            }
        });
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                        ? "Reading the register…"
                        : model.loadProblemProperty().get() != null ? model.loadProblemProperty().get()
                        : model.rows().isEmpty() ? "No declarations yet. Press Ctrl+N to record one."
                        : "No declarations match the filters.",
                model.loadingProperty(), model.loadProblemProperty(), model.shown()));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (syncingSelection || now == null) {
                return;
            }
            if (!model.select(now)) {
                Platform.runLater(this::showSelected);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> showSelected());
    }

    private void showSelected() {
        syncingSelection = true;
        try {
            DeclarationRow row = model.selectedProperty().get();
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            syncingSelection = false;
        }
    }

    // The details

    private Node details() {
        Label heading = new Label();
        heading.setId("relationshipHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.textProperty().bind(form.headingProperty());
        Label unsaved = new Label("Unsaved changes");
        unsaved.getStyleClass().add(Styles.WARNING);
        unsaved.visibleProperty().bind(form.dirtyProperty().or(decision.dirtyProperty()));
        unsaved.managedProperty().bind(unsaved.visibleProperty());
        heading.setMinHeight(Region.USE_PREF_SIZE);

        declarationTab.setId("relationshipDeclarationTab");
        declarationTab.setContent(declarationTabContent());
        decisionTab.setId("relationshipDecisionTab");
        decisionTab.setContent(decisionTabContent());
        decisionTab.disableProperty().bind(form.existingProperty().not());
        flagsTab.setId("relationshipFlagsTab");
        flagsTab.setContent(flagsTabContent());
        flagsTab.disableProperty().bind(form.existingProperty().not());
        flagsTab.textProperty().bind(Bindings.createStringBinding(() -> {
            long open = model.flags().stream().filter(ConflictFlag::isOpen).count();
            return open == 0 ? "Flags" : "Flags (" + open + ")";
        }, model.flags()));
        attachmentsTab.setId("relationshipAttachmentsTab");
        attachmentsTab.setContent(new AttachmentsPane(model.attachments()));
        attachmentsTab.disableProperty().bind(form.existingProperty().not());
        historyTab.setId("relationshipHistoryTab");
        historyTab.setContent(new HistoryView(form.history()));
        historyTab.disableProperty().bind(form.existingProperty().not());
        tabs.setId("relationshipTabs");
        tabs.getTabs().addAll(declarationTab, decisionTab, flagsTab, attachmentsTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.disableProperty().bind(form.editingProperty().not());

        VBox top = new VBox(2, heading, unsaved);
        VBox box = new VBox(8, top, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        box.setPadding(new Insets(12, 12, 12, 8));
        return box;
    }

    private Node declarationTabContent() {
        partyA.setId("relationshipPartyA");
        partyA.setItems(form.people());
        partyA.valueProperty().bindBidirectional(form.partyAProperty());
        SearchableComboBox<PersonChoice> partyB = new SearchableComboBox<>(form.people());
        partyB.setId("relationshipPartyB");
        partyB.valueProperty().bindBidirectional(form.partyBProperty());
        ComboBox<RelationshipKind> kind = choices("relationshipKind", "", RelationshipKind.values(),
                RelationshipKind::label);
        kind.getItems().remove(null);
        kind.valueProperty().bindBidirectional(form.kindProperty());
        TextField kindOther = new TextField();
        kindOther.setId("relationshipKindOther");
        kindOther.setPromptText("What kind of relationship");
        kindOther.textProperty().bindBidirectional(form.kindOtherProperty());
        kindOther.disableProperty().bind(form.kindProperty().isNotEqualTo(RelationshipKind.OTHER));
        DateField since = date("relationshipSince", form.sinceProperty());
        SearchableComboBox<PersonChoice> declaredBy = new SearchableComboBox<>(form.people());
        declaredBy.setId("relationshipDeclaredBy");
        declaredBy.valueProperty().bindBidirectional(form.declaredByProperty());
        DateField declaredOn = date("relationshipDeclaredOn", form.declaredOnProperty());
        ComboBox<NotificationMethod> how = choices("relationshipHow", "", NotificationMethod.values(),
                NotificationMethod::label);
        how.getItems().remove(null);
        how.valueProperty().bindBidirectional(form.howProperty());
        ComboBox<NotifiedTo> declaredTo = choices("relationshipDeclaredTo", "", NotifiedTo.values(),
                NotifiedTo::label);
        declaredTo.getItems().remove(null);
        declaredTo.valueProperty().bindBidirectional(form.declaredToProperty());
        TextArea description = new TextArea();
        description.setId("relationshipDescription");
        description.setWrapText(true);
        description.setPrefRowCount(4);
        description.textProperty().bindBidirectional(form.descriptionProperty());
        Label confidential = new Label("Confidential: left out of exports and open reports unless asked for.");
        confidential.getStyleClass().addAll("confidential", Styles.TEXT_SMALL);
        confidential.setWrapText(true);

        GridPane grid = grid();
        int row = 0;
        add(grid, row++, "First person", partyA, form.errors().of("partyA"));
        add(grid, row++, "Second person", partyB, form.errors().of("partyB"));
        add(grid, row++, "Kind", kind, form.errors().of("kind"));
        add(grid, row++, "Other kind", kindOther, form.errors().of("kindOther"));
        add(grid, row++, "Since", since, FieldError.forDate(since, form.errors().of("since")));
        add(grid, row++, "Declared by", declaredBy, form.errors().of("declaredBy"));
        add(grid, row++, "Declared on", declaredOn, FieldError.forDate(declaredOn, form.errors().of("declaredOn")));
        add(grid, row++, "How", how, form.errors().of("how"));
        add(grid, row++, "Declared to", declaredTo, form.errors().of("declaredTo"));
        VBox descriptionBox = new VBox(4, confidential, description);
        add(grid, row, "Description", descriptionBox, form.errors().of("description"));

        Button cancel = new Button("Cancel");
        cancel.setId("relationshipCancel");
        cancel.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        cancel.setOnAction(e -> form.cancel());
        Button save = new Button("Save");
        save.setId("relationshipSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(form.editingProperty().not().or(form.busyProperty()));
        save.setOnAction(e -> saveDeclaration());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        declarationForm.getChildren().setAll(message("relationshipProblem", form.problemProperty(), Styles.DANGER),
                message("relationshipStatus", form.statusProperty(), Styles.SUCCESS), grid, buttons);
        declarationForm.setPadding(new Insets(12));
        return scroll(declarationForm);
    }

    private Node decisionTabContent() {
        Label standing = new Label();
        standing.setId("decisionStanding");
        standing.getStyleClass().add(Styles.TEXT_BOLD);
        standing.setWrapText(true);
        standing.textProperty().bind(decision.standingProperty());

        ComboBox<DecisionKind> kind = choices("decisionKind", "", DecisionKind.values(), DecisionKind::label);
        kind.getItems().remove(null);
        kind.setPromptText("Choose the decision");
        kind.valueProperty().bindBidirectional(decision.kindProperty());
        TextField other = new TextField();
        other.setId("decisionOther");
        other.textProperty().bindBidirectional(decision.otherTextProperty());
        other.disableProperty().bind(decision.kindProperty().isNotEqualTo(DecisionKind.OTHER));
        TextArea reasons = new TextArea();
        reasons.setId("decisionReasons");
        reasons.setWrapText(true);
        reasons.setPrefRowCount(3);
        reasons.textProperty().bindBidirectional(decision.reasonsProperty());
        DateField decidedOn = date("decisionDecidedOn", decision.decidedOnProperty());
        TextField decidedBy = new TextField();
        decidedBy.setId("decisionDecidedBy");
        decidedBy.textProperty().bindBidirectional(decision.decidedByProperty());
        DateField reviewDate = date("decisionReviewDate", decision.reviewDateProperty());

        GridPane grid = grid();
        int row = 0;
        add(grid, row++, "Decision", kind, decision.errors().of("decision"));
        add(grid, row++, "Other decision", other, decision.errors().of("decisionOther"));
        add(grid, row++, "Reasons", reasons, decision.errors().of("reasons"));
        add(grid, row++, "Decided on", decidedOn, FieldError.forDate(decidedOn,
                decision.errors().of("decidedOn")));
        add(grid, row++, "Decided by", decidedBy, decision.errors().of("decidedBy"));
        add(grid, row, "Review date", reviewDate, FieldError.forDate(reviewDate,
                decision.errors().of("reviewDate")));

        TableView<ActionLine> actions = actionsTable();
        Button addAction = new Button("Add action", new FontIcon(Material2OutlinedAL.ADD));
        addAction.setId("decisionAddAction");
        addAction.setOnAction(e -> {
            decision.addAction();
            actions.getSelectionModel().selectLast();
            actions.edit(decision.actions().size() - 1, actions.getColumns().get(0));
        });
        Button removeAction = new Button("Remove action");
        removeAction.setId("decisionRemoveAction");
        removeAction.disableProperty().bind(actions.getSelectionModel().selectedItemProperty().isNull());
        removeAction.setOnAction(e -> decision.removeAction(actions.getSelectionModel().getSelectedItem()));
        Label actionsError = new Label();
        actionsError.setId("decisionActionsError");
        FieldError.bind(actions, actionsError, decision.errors().of("actions"));
        Label actionsHeading = new Label("Actions");
        actionsHeading.getStyleClass().add(Styles.TITLE_4);
        HBox actionButtons = new HBox(8, addAction, removeAction);

        Button startReview = new Button("Start review");
        startReview.setId("decisionStartReview");
        startReview.disableProperty().bind(decision.reviewableProperty().not().or(decision.busyProperty()));
        startReview.setOnAction(e -> decision.startReview());
        Button end = new Button("End…");
        end.setId("decisionEnd");
        end.disableProperty().bind(decision.activeProperty().not().or(decision.busyProperty()));
        end.setOnAction(e -> close(true));
        Button withdraw = new Button("Withdraw…");
        withdraw.setId("decisionWithdraw");
        withdraw.disableProperty().bind(decision.activeProperty().not().or(decision.busyProperty()));
        withdraw.setOnAction(e -> close(false));
        Button cancel = new Button("Cancel");
        cancel.setId("decisionCancel");
        cancel.disableProperty().bind(decision.dirtyProperty().not().or(decision.busyProperty()));
        cancel.setOnAction(e -> decision.cancel());
        Button save = new Button("Record decision");
        save.setId("decisionSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(decision.activeProperty().not().or(decision.busyProperty()));
        save.setOnAction(e -> saveDecision());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label statusHeading = new Label("Status");
        statusHeading.getStyleClass().add(Styles.TITLE_4);
        HBox statusButtons = new HBox(8, startReview, end, withdraw);
        for (Button b : List.of(startReview, end, withdraw, cancel, save, addAction, removeAction)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }

        decisionForm.getChildren().setAll(standing,
                message("decisionProblem", decision.problemProperty(), Styles.DANGER),
                message("decisionStatus", decision.statusProperty(), Styles.SUCCESS), grid, actionsHeading, actions,
                actionsError, actionButtons, buttons, new javafx.scene.control.Separator(), statusHeading,
                statusButtons);
        decisionForm.setPadding(new Insets(12));
        return scroll(decisionForm);
    }

    private TableView<ActionLine> actionsTable() {
        TableView<ActionLine> actions = new TableView<>(decision.actions());
        actions.setId("decisionActionsTable");
        actions.setEditable(true);
        actions.setPrefHeight(150);
        actions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label("No actions. Add one for each thing to be done, with its owner and due date.");
        none.setWrapText(true);
        none.setPadding(new Insets(8));
        actions.setPlaceholder(none);
        TableColumn<ActionLine, String> description = new TableColumn<>("Action");
        description.setPrefWidth(220);
        description.setCellValueFactory(c -> c.getValue().descriptionProperty());
        description.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<ActionLine, String> owner = new TableColumn<>("Owner");
        owner.setPrefWidth(120);
        owner.setCellValueFactory(c -> c.getValue().ownerProperty());
        owner.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumn<ActionLine, LocalDate> due = new TableColumn<>("Due");
        due.setPrefWidth(110);
        due.setCellValueFactory(c -> c.getValue().dueProperty());
        due.setCellFactory(TextFieldTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return UkDates.display(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : UkDates.parse(text).orElse(null);
            }
        }));
        TableColumn<ActionLine, Boolean> done = new TableColumn<>("Done");
        done.setPrefWidth(60);
        done.setCellValueFactory(c -> c.getValue().doneProperty());
        done.setCellFactory(CheckBoxTableCell.forTableColumn(done));
        actions.getColumns().addAll(List.of(description, owner, due, done));
        return actions;
    }

    private Node flagsTabContent() {
        VBox cards = new VBox(12);
        cards.setId("relationshipFlags");
        cards.setAccessibleText("Conflict flags");
        Runnable show = () -> {
            cards.getChildren().clear();
            if (model.flags().isEmpty()) {
                Label none = new Label("No conflict has been flagged on this declaration.");
                none.getStyleClass().add(Styles.TEXT_MUTED);
                cards.getChildren().add(none);
            }
            for (ConflictFlag flag : model.flags()) {
                Label heading = new Label((flag.isOpen() ? "Open" : "Cleared " + UkDates.display(flag.clearedOn()))
                        + " · " + flag.rule().label() + " · raised " + UkDates.display(flag.raisedOn()));
                heading.getStyleClass().add(Styles.TEXT_BOLD);
                if (flag.isOpen()) {
                    heading.setGraphic(new FontIcon(Material2OutlinedAL.FLAG));
                    heading.getStyleClass().add(Styles.DANGER);
                }
                Label explanation = new Label(flag.explanation());
                explanation.getStyleClass().add("flag-explanation");
                for (Label l : List.of(heading, explanation)) {
                    l.setWrapText(true);
                    l.setMinHeight(Region.USE_PREF_SIZE);
                }
                cards.getChildren().add(new VBox(4, heading, explanation));
            }
        };
        model.flags().addListener((javafx.collections.ListChangeListener<ConflictFlag>) c -> show.run());
        show.run();
        Label intro = new Label("Flags are worked out from the people directory: a change of post, manager or "
                + "special responsibility raises or clears them the same day.");
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, intro, new javafx.scene.control.Separator(), cards);
        box.setPadding(new Insets(12));
        return scroll(box);
    }

    // Building blocks

    private static <S, T> TableColumn<S, T> column(String id, String title, double width, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        if (id != null) {
            column.setId(id);
        }
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 60));
        column.setCellValueFactory(cell -> (ObservableValue<T>) new ReadOnlyObjectWrapper<>(value.apply(
                cell.getValue())).getReadOnlyProperty());
        return column;
    }

    /** A combo box of {@code values} that starts with "no choice" (null) shown as {@code none}. */
    private static <T> ComboBox<T> choices(String id, String none, T[] values, Function<T, String> text) {
        ObservableList<T> items = FXCollections.observableArrayList();
        items.add(null);
        items.addAll(values);
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        javafx.util.Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? none : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        return box;
    }

    private static DateField date(String id, javafx.beans.property.ObjectProperty<LocalDate> value) {
        DateField field = new DateField();
        field.setId(id);
        field.valueProperty().bindBidirectional(value);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static void add(GridPane grid, int row, String label, Node field, ObservableValue<String> error) {
        Label name = new Label(label);
        name.getStyleClass().add("form-label");
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
            name.setLabelFor(control);
            if (control.getAccessibleText() == null) {
                control.setAccessibleText(label);
            }
        }
        Label message = new Label();
        Node target = field instanceof VBox box ? box.getChildren().get(box.getChildren().size() - 1) : field;
        if (target.getId() != null) {
            message.setId(target.getId() + "Error");
        }
        FieldError.bind(target, message, error);
        VBox cell = new VBox(2, field, message);
        GridPane.setValignment(name, javafx.geometry.VPos.TOP);
        grid.add(name, 0, row);
        grid.add(cell, 1, row);
    }

    private static Label message(String id, ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.setFitToWidth(true);
        pane.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return pane;
    }

    /**
     * Reads dates typed but not yet confirmed with Enter, so saving sees what is on screen; false,
     * with the cursor on the first date that cannot be read, rather than saving an old date.
     */
    static boolean readTypedDates(Node form) {
        DateField unreadable = null;
        for (Node node : form.lookupAll(".uk-date-field")) {
            DateField field = (DateField) node;
            field.commitTypedText();
            if (unreadable == null && field.getProblem() != null) {
                unreadable = field;
            }
        }
        if (unreadable != null) {
            unreadable.requestFocus();
            return false;
        }
        return true;
    }

    static Confirmation dialogOver(Node owner) {
        return (title, question) -> {
            ButtonType yes = new ButtonType("Discard changes", ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                alert.initOwner(owner.getScene().getWindow());
            }
            return alert.showAndWait().filter(yes::equals).isPresent();
        };
    }

    /** Asks for the date and a note, then ends ({@code ending}) or withdraws the declaration. */
    private void close(boolean ending) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ending ? "End declaration" : "Withdraw declaration");
        dialog.setHeaderText(ending ? "The relationship, or the conflict, ended on:"
                : "The declaration was withdrawn on:");
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        DateField on = new DateField();
        on.setId("closeDate");
        on.setValue(decision.today());
        TextArea note = new TextArea();
        note.setId("closeNote");
        note.setPromptText("Note (optional)");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label problem = new Label();
        FieldError.bind(on, problem, on.problemProperty());
        dialog.getDialogPane().setContent(new VBox(8, on, problem, note));
        ButtonType confirm = new ButtonType(ending ? "End" : "Withdraw", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(confirm).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            on.commitTypedText();
            if (on.getProblem() != null) {
                e.consume();
            }
        });
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.filter(confirm::equals).isPresent()) {
            if (ending) {
                decision.end(on.getValue(), note.getText());
            } else {
                decision.withdraw(on.getValue(), note.getText());
            }
        }
    }

    // Actions forwarded from the shell's shortcuts

    void newDeclaration() {
        if (model.newDeclaration()) {
            tabs.getSelectionModel().select(declarationTab);
            partyA.requestFocus();
        }
    }

    void save() {
        if (tabs.getSelectionModel().getSelectedItem() == decisionTab) {
            saveDecision();
        } else {
            saveDeclaration();
        }
    }

    private void saveDeclaration() {
        if (readTypedDates(declarationForm)) {
            form.save();
        }
    }

    private void saveDecision() {
        if (readTypedDates(decisionForm)) {
            decision.save();
        }
    }

    void find() {
        filter.requestFocus();
        filter.selectAll();
    }
}
