package org.probity.groupmeetings.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.probity.attachments.ui.AttachmentsPane;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerResponse;
import org.probity.groupmeetings.RequesterRole;
import org.probity.ui.Confirmation;
import org.probity.ui.DateField;
import org.probity.ui.FieldError;
import org.probity.ui.HistoryView;
import org.probity.ui.UkDateTableCell;

/**
 * The group meetings screen: the register (list and record side by side) and the parity of
 * groups. Built in code because the Officers, Notifications and Parity offers tabs have one
 * line per officer or group, which changes with the record shown.
 */
final class GroupMeetingsView {

    private final GroupMeetingsViewModel model;
    private final MeetingFormViewModel form;
    private final ParityView parity;
    private final TabPane root = new TabPane();
    private final TextField filter = new TextField();
    private final TableView<GroupMeetingsViewModel.MeetingRow> table = new TableView<>();
    private final TabPane recordTabs = new TabPane();
    private final VBox recordPane = new VBox(8);
    private final VBox officerRows = new VBox(10);
    private final GridPane toldGrid = new GridPane();
    private final GridPane offerGrid = new GridPane();

    GroupMeetingsView(GroupMeetingsViewModel model, ParityViewModel parityModel) {
        this.model = model;
        this.form = model.form();
        this.parity = new ParityView(parityModel);
        model.setConfirmation(dialogOver(root));
        root.setId("groupMeetingsView");
        root.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane register = new SplitPane(list(), record());
        register.setDividerPositions(0.52);
        Tab registerTab = new Tab("Register", register);
        registerTab.setId("registerTab");
        Tab parityTab = new Tab("Parity of groups", parity.root());
        parityTab.setId("parityTab");
        parityTab.selectedProperty().addListener((obs, was, now) -> {
            if (now && parityModel.matrixProperty().get() == null) {
                parityModel.load();
            }
        });
        root.getTabs().addAll(registerTab, parityTab);
    }

    Node root() {
        return root;
    }

    // The list

    private Node list() {
        filter.setId("groupMeetingsFilter");
        filter.setPromptText("Filter by reference, subject, group, place or person");
        filter.setAccessibleText("Filter group meetings");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        ComboBox<Choice> group = new ComboBox<>();
        group.setId("groupMeetingsGroupFilter");
        group.setPromptText("All groups");
        group.setAccessibleText("Group");
        group.setItems(model.groups());
        group.valueProperty().bindBidirectional(model.groupFilterProperty());
        group.setPrefWidth(170);
        SearchableComboBox<Choice> officer = new SearchableComboBox<>();
        officer.setId("groupMeetingsOfficerFilter");
        officer.setPromptText("All officers");
        officer.setAccessibleText("Officer");
        officer.setItems(model.officers());
        officer.valueProperty().bindBidirectional(model.officerFilterProperty());
        officer.setPrefWidth(200);
        HBox first = new HBox(8, filter, group, officer);
        first.setAlignment(Pos.CENTER_LEFT);

        DateField from = new DateField();
        from.setId("groupMeetingsFrom");
        from.setPrefWidth(140);
        from.setAccessibleText("From");
        from.valueProperty().bindBidirectional(model.fromFilterProperty());
        DateField to = new DateField();
        to.setId("groupMeetingsTo");
        to.setPrefWidth(140);
        to.setAccessibleText("To");
        to.valueProperty().bindBidirectional(model.toFilterProperty());
        CheckBox alerts = new CheckBox("Open _alerts only");
        alerts.setMnemonicParsing(true);
        alerts.setId("groupMeetingsAlertsOnly");
        alerts.selectedProperty().bindBidirectional(model.openAlertsOnlyProperty());
        Button clear = new Button("Clear filters");
        clear.setId("groupMeetingsClearFilters");
        clear.setOnAction(e -> model.clearFilters());
        Label fromLabel = new Label("From");
        fromLabel.setLabelFor(from);
        Label toLabel = new Label("to");
        toLabel.setLabelFor(to);
        HBox second = new HBox(8, fromLabel, from, toLabel, to, alerts, clear);
        second.setAlignment(Pos.CENTER_LEFT);
        // Labels and buttons keep their words; the date boxes give way first.
        for (javafx.scene.control.Control c : List.of(fromLabel, toLabel, alerts, clear)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        from.setMinWidth(110);
        to.setMinWidth(110);
        filter.setMinWidth(160);
        HBox.setMargin(alerts, new Insets(0, 0, 0, 8));

        table.setId("groupMeetingsTable");
        table.setAccessibleText("Group meetings");
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> reference = text("Reference", 105,
                GroupMeetingsViewModel.MeetingRow::reference);
        reference.setId("gmReferenceColumn");
        // A reference is how people find a record again: never cut it short.
        reference.setMinWidth(125);
        TableColumn<GroupMeetingsViewModel.MeetingRow, LocalDate> date = new TableColumn<>("Date");
        date.setId("gmDateColumn");
        date.setPrefWidth(105);
        date.setMinWidth(105);
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().date()));
        date.setCellFactory(c -> new UkDateTableCell<>());
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> kind = text("Kind", 130,
                GroupMeetingsViewModel.MeetingRow::kind);
        kind.setId("gmKindColumn");
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> groupColumn = text("Group", 140,
                GroupMeetingsViewModel.MeetingRow::group);
        groupColumn.setId("gmGroupColumn");
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> subject = text("Subject", 200,
                GroupMeetingsViewModel.MeetingRow::subject);
        subject.setId("gmSubjectColumn");
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> officers = text("Officers", 170,
                GroupMeetingsViewModel.MeetingRow::officers);
        officers.setId("gmOfficersColumn");
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> status = text("Status", 170,
                GroupMeetingsViewModel.MeetingRow::status);
        status.setId("gmStatusColumn");
        TableColumn<GroupMeetingsViewModel.MeetingRow, GroupMeetingsViewModel.MeetingRow> alertColumn =
                new TableColumn<>("Alerts");
        alertColumn.setId("gmAlertsColumn");
        alertColumn.setPrefWidth(70);
        alertColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        alertColumn.setComparator((a, b) -> Integer.compare(a.alerts(), b.alerts()));
        alertColumn.setCellFactory(c -> new AlertCell());
        table.getColumns().addAll(List.of(reference, date, kind, groupColumn, subject, officers, status,
                alertColumn));
        SortedList<GroupMeetingsViewModel.MeetingRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get()
                ? "Reading the register…" : model.loadProblemProperty().get() != null
                ? model.loadProblemProperty().get() : model.rows().isEmpty()
                ? "No requests yet. Use Record attendance… or New request to add one."
                : "No request matches the filters.", model.loadingProperty(), model.loadProblemProperty(),
                model.rows()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null && !model.select(now)) {
                table.getSelectionModel().select(was);
            }
        });
        model.selectedProperty().addListener((obs, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });

        Button record = new Button("_Record attendance…", new FontIcon(Material2OutlinedMZ.PLAYLIST_ADD));
        record.setMnemonicParsing(true);
        record.setId("recordAttendance");
        record.setTooltip(new Tooltip("Ctrl+Shift+N"));
        record.getStyleClass().add(Styles.ACCENT);
        record.setOnAction(e -> recordAttendance());
        Label summary = new Label();
        summary.setId("groupMeetingsSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, record, gap, summary);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(8, first, second, table, bottom);
        box.setPadding(new Insets(12, 8, 12, 12));
        return box;
    }

    private static TableColumn<GroupMeetingsViewModel.MeetingRow, String> text(
            String title, double width, Function<GroupMeetingsViewModel.MeetingRow, String> value) {
        TableColumn<GroupMeetingsViewModel.MeetingRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(60);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
    }

    /** The number of open alerts with a warning sign; the alerts themselves in the tooltip. */
    private static final class AlertCell extends TableCell<GroupMeetingsViewModel.MeetingRow,
            GroupMeetingsViewModel.MeetingRow> {
        @Override
        protected void updateItem(GroupMeetingsViewModel.MeetingRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null || row.alerts() == 0) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            FontIcon icon = new FontIcon(Material2OutlinedMZ.WARNING);
            icon.getStyleClass().add(Styles.WARNING);
            setGraphic(icon);
            setText(String.valueOf(row.alerts()));
            setTooltip(new Tooltip(row.alertText()));
            setAccessibleText(row.alerts() + " open alerts: " + row.alertText());
        }
    }

    // The record

    private Node record() {
        Label heading = new Label();
        heading.setId("groupMeetingHeading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(form.headingProperty());
        Label unsaved = new Label("Unsaved changes");
        unsaved.getStyleClass().add(Styles.TEXT_MUTED);
        unsaved.visibleProperty().bind(form.dirtyProperty());
        HBox top = new HBox(8, heading, unsaved);
        top.setAlignment(Pos.CENTER_LEFT);
        Label problem = message("groupMeetingProblem", form.problemProperty(), Styles.DANGER);
        Label status = message("groupMeetingStatus", form.statusProperty(), Styles.SUCCESS);

        recordTabs.setId("groupMeetingTabs");
        recordTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        recordTabs.getTabs().addAll(
                tab("Meeting", "meetingTab", scroll(meetingForm())),
                tab("Officers", "officersTab", scroll(officersForm())),
                tab("Notifications", "notificationsTab", scroll(notificationsForm())),
                tab("Parity offers", "offersTab", scroll(offersForm())),
                tab("Attachments", "attachmentsTab", new AttachmentsPane(form.attachments())),
                tab("History", "historyTab", new HistoryView(form.history())));
        VBox.setVgrow(recordTabs, Priority.ALWAYS);

        Button delete = new Button("_Delete…");
        delete.setMnemonicParsing(true);
        delete.setId("groupMeetingDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(e -> model.delete());
        Button cancel = new Button("Cancel");
        cancel.setId("groupMeetingCancel");
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(form.dirtyProperty().not());
        Button save = new Button("_Save");
        save.setMnemonicParsing(true);
        save.setId("groupMeetingSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        save.disableProperty().bind(form.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, delete, gap, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        recordPane.getChildren().addAll(top, problem, status, recordTabs, buttons);
        recordPane.setPadding(new Insets(12, 12, 12, 8));
        recordPane.disableProperty().bind(form.editingProperty().not());
        return recordPane;
    }

    private Node meetingForm() {
        GridPane grid = grid();
        int row = 0;
        ComboBox<Choice> group = combo("gmGroup", form.groups());
        group.valueProperty().bindBidirectional(form.groupProperty());
        addRow(grid, row++, "Group that asked", group, form.errors().of("group"));
        SearchableComboBox<Choice> askedBy = new SearchableComboBox<>(form.askers());
        askedBy.setId("gmRequestedBy");
        askedBy.setMaxWidth(Double.MAX_VALUE);
        askedBy.valueProperty().bindBidirectional(form.requestedByProperty());
        addRow(grid, row++, "Asked by", askedBy, form.errors().of("requestedBy"));
        ComboBox<RequesterRole> role = combo("gmRequesterRole",
                javafx.collections.FXCollections.observableArrayList(RequesterRole.values()));
        role.valueProperty().bindBidirectional(form.requesterRoleProperty());
        addRow(grid, row++, "Who asked is", role, form.errors().of("requesterRole"));
        row = addDate(grid, row, "Asked on", "gmRequestedOn", form.requestedOnProperty(),
                form.errors().of("requestedOn"));
        ComboBox<MeetingKind> kind = combo("gmKind",
                javafx.collections.FXCollections.observableArrayList(MeetingKind.values()));
        kind.valueProperty().bindBidirectional(form.kindProperty());
        addRow(grid, row++, "Kind", kind, form.errors().of("kind"));
        row = addDate(grid, row, "Meeting date", "gmMeetingDate", form.meetingDateProperty(),
                form.errors().of("meetingDate"));
        TextField time = new TextField();
        time.setId("gmStartTime");
        time.setPromptText("18:00");
        time.setMaxWidth(100);
        time.textProperty().bindBidirectional(form.startTimeProperty());
        addRow(grid, row++, "Starts at", time, form.errors().of("startTime"));
        TextField place = new TextField();
        place.setId("gmPlace");
        place.setPromptText("e.g. Committee Room 2");
        place.textProperty().bindBidirectional(form.placeProperty());
        CheckBox online = new CheckBox("Online");
        online.setId("gmOnline");
        online.selectedProperty().bindBidirectional(form.onlineProperty());
        HBox where = new HBox(12, place, online);
        where.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(place, Priority.ALWAYS);
        addRow(grid, row++, "Where", where, form.errors().of("place"));
        TextField subject = new TextField();
        subject.setId("gmSubject");
        subject.textProperty().bindBidirectional(form.subjectProperty());
        addRow(grid, row++, "Subject", subject, form.errors().of("subject"));
        CheckBox nonMembers = new CheckBox("People who are not members will be present");
        nonMembers.setId("gmNonMembersPresent");
        nonMembers.selectedProperty().bindBidirectional(form.nonMembersPresentProperty());
        addRow(grid, row++, "Present", nonMembers, form.errors().of("nonMembersPresent"));
        CheckBox crossParty = new CheckBox("The meeting is cross-party");
        crossParty.setId("gmCrossParty");
        crossParty.selectedProperty().bindBidirectional(form.crossPartyProperty());
        addRow(grid, row++, "Cross-party", crossParty, form.errors().of("crossParty"));
        row = addDate(grid, row, "Chief Executive's authorisation asked for", "gmAuthorisationRequestedOn",
                form.authorisationRequestedOnProperty(), form.errors().of("authorisationRequestedOn"));
        row = addDate(grid, row, "Authorisation given", "gmAuthorisationGivenOn",
                form.authorisationGivenOnProperty(), form.errors().of("authorisationGivenOn"));
        row = addDate(grid, row, "Cancelled on", "gmCancelledOn", form.cancelledOnProperty(),
                form.errors().of("cancelledOn"));
        TextArea notes = new TextArea();
        notes.setId("gmNotes");
        notes.setPrefRowCount(3);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        addRow(grid, row++, "Notes", notes, form.errors().of("notes"));

        Label warningsTitle = new Label("Points to watch");
        warningsTitle.getStyleClass().add(Styles.TITLE_4);
        ListView<String> warnings = new ListView<>(form.warnings());
        warnings.setId("groupMeetingWarnings");
        warnings.setPrefHeight(96);
        warnings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setGraphic(empty ? null : new FontIcon(Material2OutlinedMZ.WARNING));
                setPrefWidth(0);
            }
        });
        VBox warningBox = new VBox(4, warningsTitle, warnings);
        warningBox.visibleProperty().bind(Bindings.isNotEmpty(form.warnings()));
        warningBox.managedProperty().bind(warningBox.visibleProperty());
        return new VBox(12, warningBox, grid);
    }

    private Node officersForm() {
        Label error = new Label();
        FieldError.bind(officerRows, error, form.errors().of("officers"));
        error.setId("gmOfficersError");
        Label adviceError = new Label();
        FieldError.bind(officerRows, adviceError, form.errors().of("writtenAdvice"));
        adviceError.setId("gmWrittenAdviceError");
        form.officerLines().addListener((ListChangeListener<MeetingFormViewModel.OfficerLine>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuildOfficers();
                    return;
                }
            }
        });
        Button add = new Button("Add an officer");
        add.setId("gmAddOfficer");
        add.setOnAction(e -> form.addOfficer());
        Label hint = new Label("An officer may decline and give written advice instead. Officers should not "
                + "attend alone: tick \"Another officer goes with them\" if a colleague not named here attends too.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(10, hint, error, adviceError, officerRows, add);
        return box;
    }

    private void rebuildOfficers() {
        officerRows.getChildren().clear();
        int index = 0;
        for (MeetingFormViewModel.OfficerLine line : form.officerLines()) {
            String id = "gmOfficer" + index++;
            SearchableComboBox<Choice> officer = new SearchableComboBox<>(form.officers());
            officer.setId(id);
            officer.setPromptText("Choose an officer");
            officer.setMaxWidth(Double.MAX_VALUE);
            officer.valueProperty().bindBidirectional(line.officerProperty());
            Button remove = new Button("Remove");
            remove.setId(id + "Remove");
            remove.setOnAction(e -> form.removeOfficer(line));
            HBox first = new HBox(8, officer, remove);
            HBox.setHgrow(officer, Priority.ALWAYS);
            ComboBox<OfficerResponse> response = combo(id + "Response",
                    javafx.collections.FXCollections.observableArrayList(OfficerResponse.values()));
            response.valueProperty().bindBidirectional(line.responseProperty());
            DateField answered = new DateField();
            answered.setId(id + "RespondedOn");
            answered.setPrefWidth(140);
            answered.setAccessibleText("Answered on");
            answered.valueProperty().bindBidirectional(line.respondedOnProperty());
            CheckBox accompanied = new CheckBox("Another officer goes with them");
            accompanied.setId(id + "Accompanied");
            accompanied.selectedProperty().bindBidirectional(line.accompaniedProperty());
            HBox second = new HBox(8, response, new Label("on"), answered, accompanied);
            second.setAlignment(Pos.CENTER_LEFT);
            TextArea advice = new TextArea();
            advice.setId(id + "Advice");
            advice.setPromptText("The written advice given instead of attending");
            advice.setPrefRowCount(3);
            advice.setWrapText(true);
            advice.textProperty().bindBidirectional(line.writtenAdviceProperty());
            advice.visibleProperty().bind(line.responseProperty().isEqualTo(OfficerResponse.DECLINED_WITH_ADVICE));
            advice.managedProperty().bind(advice.visibleProperty());
            accompanied.visibleProperty().bind(line.responseProperty().isEqualTo(OfficerResponse.WILL_ATTEND));
            VBox card = new VBox(6, first, second, advice);
            card.getStyleClass().add("group-meeting-officer");
            card.setPadding(new Insets(8));
            card.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 4;");
            officerRows.getChildren().add(card);
        }
    }

    private Node notificationsForm() {
        GridPane mo = grid();
        DateField moToldOn = new DateField();
        moToldOn.setId("gmMoNotifiedOn");
        moToldOn.setPrefWidth(160);
        moToldOn.valueProperty().bindBidirectional(form.moNotifiedOnProperty());
        Button today = new Button("Today");
        today.setId("gmMoToldToday");
        today.setOnAction(e -> form.moToldToday());
        HBox moBox = new HBox(8, moToldOn, today);
        moBox.setAlignment(Pos.CENTER_LEFT);
        Label moError = new Label();
        FieldError.bind(moToldOn, moError, FieldError.forDate(moToldOn, form.errors().of("moNotifiedOn")));
        moError.setId("gmMoNotifiedOnError");
        Label moLabel = fieldLabel("Officer told the Monitoring Officer on");
        mo.add(moLabel, 0, 0);
        mo.add(new VBox(2, moBox, moError), 1, 0);

        Label groupsTitle = new Label("The Monitoring Officer told the other groups");
        groupsTitle.getStyleClass().add(Styles.TITLE_4);
        toldGrid.setHgap(12);
        toldGrid.setVgap(6);
        Label toldError = new Label();
        FieldError.bind(toldGrid, toldError, form.errors().of("notifications"));
        toldError.setId("gmNotificationsError");
        form.groupLines().addListener((ListChangeListener<MeetingFormViewModel.GroupLine>) c -> {
            while (c.next()) {
                if (c.wasAdded() || c.wasRemoved() || c.wasPermutated()) {
                    rebuildGroups();
                    return;
                }
            }
        });

        Button draft = new Button("Draft notice to other groups…", new FontIcon(
                org.kordamp.ikonli.material2.Material2OutlinedAL.EMAIL));
        draft.setId("gmDraftNotice");
        draft.setOnAction(e -> draftNotice());
        Button letters = new Button("Letters to group leaders (PDF)…", new FontIcon(
                org.kordamp.ikonli.material2.Material2OutlinedMZ.PRINT));
        letters.setId("gmNoticeLetters");
        letters.setOnAction(e -> writeLetters());
        letters.disableProperty().bind(form.busyProperty());
        letters.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<NotificationMethod> method = combo("gmNoticeMethod",
                javafx.collections.FXCollections.observableArrayList(NotificationMethod.values()));
        method.setMaxWidth(140);
        method.valueProperty().bindBidirectional(form.noticeMethodProperty());
        Button allTold = new Button("Record all told today");
        allTold.setId("gmRecordAllTold");
        allTold.setOnAction(e -> form.recordAllToldToday());
        allTold.disableProperty().bind(form.busyProperty());
        draft.disableProperty().bind(form.busyProperty());
        Label otherWay = new Label("Sent another way:");
        otherWay.setMinWidth(Region.USE_PREF_SIZE);
        method.setMinWidth(120);
        draft.setMinWidth(Region.USE_PREF_SIZE);
        allTold.setMinWidth(Region.USE_PREF_SIZE);
        HBox other = new HBox(8, otherWay, method, allTold);
        other.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(8, new HBox(8, draft, letters), other);
        Label hint = new Label("The draft opens in your mail program. Once it is sent, the groups not yet told are "
                + "recorded as told today and, for a briefing, offered the same briefing.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(12, mo, groupsTitle, toldError, toldGrid, actions, hint);
    }

    private Node offersForm() {
        offerGrid.setHgap(12);
        offerGrid.setVgap(6);
        Label error = new Label();
        FieldError.bind(offerGrid, error, form.errors().of("offers"));
        error.setId("gmOffersError");
        Label hint = new Label("A briefing given to one group is offered to the others (004 para 8.5.2).");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return new VBox(12, hint, error, offerGrid);
    }

    private void rebuildGroups() {
        toldGrid.getChildren().clear();
        offerGrid.getChildren().clear();
        toldGrid.addRow(0, header("Group"), header("Told on"), header("How"));
        offerGrid.addRow(0, header("Group"), header("Offered on"), header("Answer"), header("Briefing date"));
        int row = 1;
        for (MeetingFormViewModel.GroupLine line : form.groupLines()) {
            String id = "gmGroup" + line.groupId();
            DateField told = new DateField();
            told.setId(id + "ToldOn");
            told.setPrefWidth(150);
            told.setAccessibleText(line.name() + " told on");
            told.valueProperty().bindBidirectional(line.toldOnProperty());
            ComboBox<NotificationMethod> how = combo(id + "How",
                    javafx.collections.FXCollections.observableArrayList(NotificationMethod.values()));
            how.setAccessibleText("How the " + line.name() + " was told");
            how.valueProperty().bindBidirectional(line.howProperty());
            toldGrid.addRow(row, new Label(line.name()), told, how);

            DateField offered = new DateField();
            offered.setId(id + "OfferedOn");
            offered.setPrefWidth(150);
            offered.setAccessibleText(line.name() + " offered on");
            offered.valueProperty().bindBidirectional(line.offeredOnProperty());
            ComboBox<OfferAnswer> answer = combo(id + "Answer",
                    javafx.collections.FXCollections.observableArrayList(OfferAnswer.values()));
            answer.valueProperty().bindBidirectional(line.answerProperty());
            DateField briefed = new DateField();
            briefed.setId(id + "BriefingDate");
            briefed.setPrefWidth(150);
            briefed.setAccessibleText(line.name() + " briefing date");
            briefed.valueProperty().bindBidirectional(line.briefingDateProperty());
            offerGrid.addRow(row, new Label(line.name()), offered, answer, briefed);
            row++;
        }
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    // Pieces

    private static Tab tab(String title, String id, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private static ScrollPane scroll(Node content) {
        VBox padded = new VBox(content);
        padded.setPadding(new Insets(12, 12, 12, 4));
        ScrollPane scroll = new ScrollPane(padded);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        labels.setPrefWidth(170);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(180);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setPadding(new Insets(6, 0, 0, 0));
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        return label;
    }

    private static void addRow(GridPane grid, int row, String label, Node field, ObservableStringValue error) {
        Label name = fieldLabel(label);
        name.setLabelFor(field);
        grid.add(name, 0, row);
        Label message = new Label();
        if (field.getId() != null) {
            message.setId(field.getId() + "Error");
        }
        FieldError.bind(field, message, error);
        grid.add(new VBox(2, field, message), 1, row);
    }

    private static int addDate(GridPane grid, int row, String label, String id,
                               javafx.beans.property.ObjectProperty<LocalDate> value, ObservableStringValue error) {
        DateField date = new DateField();
        date.setId(id);
        date.setPrefWidth(160);
        date.valueProperty().bindBidirectional(value);
        addRow(grid, row, label, date, FieldError.forDate(date, error));
        return row + 1;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static Label message(String id, ObservableStringValue text, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(),
                text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Reads text typed into every date field of the record; false (and the field focused) if one cannot be read. */
    private boolean readTypedDates() {
        for (Node node : recordPane.lookupAll(".uk-date-field")) {
            if (node instanceof DateField date) {
                date.commitTypedText();
                if (date.getProblem() != null) {
                    date.requestFocus();
                    return false;
                }
            }
        }
        return true;
    }

    // Actions

    void save() {
        if (readTypedDates()) {
            model.save();
        }
    }

    void find() {
        root.getSelectionModel().selectFirst();
        filter.requestFocus();
        filter.selectAll();
    }

    void showParity() {
        root.getSelectionModel().select(1);
    }

    void recordAttendance() {
        model.recordAttendance().ifPresent(quick -> new RecordAttendanceDialog(quick, root).showAndSave(
                model::recorded));
    }

    private void draftNotice() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the notice to the other groups");
        chooser.setInitialFileName(form.suggestedDraftName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("E-mail draft (*.eml)", "*.eml"));
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            form.draftNotice(path.getFileName().toString().toLowerCase(java.util.Locale.UK).endsWith(".eml") ? path
                    : path.resolveSibling(path.getFileName() + ".eml"));
        }
    }

    private void writeLetters() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the letters to the other groups' leaders");
        chooser.setInitialFileName(form.suggestedLettersName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            form.writeLetters(path.getFileName().toString().toLowerCase(java.util.Locale.UK).endsWith(".pdf") ? path
                    : path.resolveSibling(path.getFileName() + ".pdf"));
        }
    }

    /** Asks a yes/no question over the window that holds {@code owner}. */
    static Confirmation dialogOver(Node owner) {
        return (title, question) -> {
            boolean sent = title.startsWith("Was it sent");
            ButtonType yes = new ButtonType(sent ? "Yes, record it" : title.startsWith("Delete") ? "Delete"
                    : "Discard changes", ButtonBar.ButtonData.OK_DONE);
            ButtonType no = new ButtonType(sent ? "Not yet" : title.startsWith("Delete") ? "Keep" : "Keep editing",
                    ButtonBar.ButtonData.CANCEL_CLOSE);
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
            alert.setTitle(title);
            alert.setHeaderText(title);
            if (owner.getScene() != null && owner.getScene().getWindow() != null) {
                alert.initOwner(owner.getScene().getWindow());
            }
            return alert.showAndWait().filter(yes::equals).isPresent();
        };
    }
}
