package org.probity.groupmeetings.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.FieldError;
import org.probity.ui.SettingsPage;

/** The Settings page for the group meetings register's targets, in working days. */
public final class GroupMeetingTargetsPage implements SettingsPage {

    private final TargetsViewModel model;
    private VBox view;

    public GroupMeetingTargetsPage(GroupMeetingService register, BackgroundTasks tasks) {
        this.model = new TargetsViewModel(register, tasks);
    }

    @Override
    public String title() {
        return "Group meetings";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void activated() {
        model.load();
    }

    TargetsViewModel model() {
        return model;
    }

    private VBox build() {
        Label title = new Label("Group meeting targets");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("The alerts on Today count these working days, skipping weekends, bank holidays and "
                + "the authority's closure days.");
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPrefWidth(380);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        add(grid, 0, "The officer tells the Monitoring Officer, working days after the meeting",
                "moNotificationDays", model.moNotificationDaysProperty());
        add(grid, 1, "The Monitoring Officer tells the other groups, working days after being told",
                "groupNotificationDays", model.groupNotificationDaysProperty());
        add(grid, 2, "The same briefing is offered to the other groups, working days after the meeting",
                "parityOfferDays", model.parityOfferDaysProperty());
        add(grid, 3, "The Chief Executive's authorisation, working days before the meeting", "authorisationDays",
                model.authorisationDaysProperty());
        add(grid, 4, "A second officer is arranged, working days before the meeting", "companionDays",
                model.companionDaysProperty());
        Button save = new Button("Save targets");
        save.setId("groupMeetingTargetsSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("groupMeetingTargetsStatus");
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(model.statusProperty());
        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(problem.textProperty()));
        problem.managedProperty().bind(problem.visibleProperty());
        VBox box = new VBox(12, title, intro, problem, grid, save, status);
        box.setId("groupMeetingTargetsPage");
        box.setPadding(new Insets(16));
        return box;
    }

    private void add(GridPane grid, int row, String label, String field, StringProperty value) {
        Label name = new Label(label);
        name.setWrapText(true);
        TextField text = new TextField();
        text.setId(field);
        text.setPrefColumnCount(4);
        text.setMaxWidth(80);
        text.textProperty().bindBidirectional(value);
        name.setLabelFor(text);
        Label message = new Label();
        message.setId(field + "Error");
        FieldError.bind(text, message, model.errors().of(field));
        grid.add(name, 0, row);
        grid.add(new VBox(2, text, message), 1, row);
    }
}
