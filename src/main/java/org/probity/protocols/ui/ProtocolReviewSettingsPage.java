package org.probity.protocols.ui;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.probity.protocols.ProtocolService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SettingsPage;

/** The Settings page "Protocol reviews": how long after adoption a protocol is next due for review. */
public final class ProtocolReviewSettingsPage implements SettingsPage {

    private final ProtocolService protocols;
    private final BackgroundTasks tasks;
    private final StringProperty months = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private VBox view;

    public ProtocolReviewSettingsPage(ProtocolService protocols, BackgroundTasks tasks) {
        this.protocols = protocols;
        this.tasks = tasks;
    }

    @Override
    public String title() {
        return "Protocol reviews";
    }

    @Override
    public Node view() {
        if (view == null) {
            Label title = new Label("Protocol reviews");
            title.getStyleClass().add(Styles.TITLE_3);
            Label intro = new Label("When a new version of a protocol is adopted, its next review falls due this "
                    + "many months later. Today shows it from three months before. Versions already adopted keep "
                    + "their date.");
            intro.setWrapText(true);
            intro.getStyleClass().add(Styles.TEXT_MUTED);
            TextField field = new TextField();
            field.setId("reviewIntervalMonths");
            field.setPrefColumnCount(4);
            field.textProperty().bindBidirectional(months);
            Button save = new Button("Save");
            save.setId("reviewIntervalSave");
            save.getStyleClass().add(Styles.ACCENT);
            save.setOnAction(e -> save());
            Label result = new Label();
            result.setId("reviewIntervalMessage");
            result.textProperty().bind(message);
            HBox row = new HBox(8, new Label("Review interval, in months"), field, save);
            row.setAlignment(Pos.CENTER_LEFT);
            view = new VBox(10, title, intro, row, result);
            view.setPadding(new Insets(16));
        }
        return view;
    }

    @Override
    public void activated() {
        tasks.run("Loading the review interval", protocols::reviewIntervalMonths,
                m -> months.set(String.valueOf(m)), e -> message.set(ImportPreviewModel.message(e)));
    }

    private void save() {
        int value;
        try {
            value = Integer.parseInt(months.get().strip());
        } catch (NumberFormatException e) {
            message.set("Review interval must be a whole number of months, e.g. 24 for two years.");
            return;
        }
        tasks.run("Saving the review interval", () -> {
            protocols.saveReviewIntervalMonths(value);
            return value;
        }, m -> message.set("Saved: new versions are next reviewed " + m + " months after adoption."),
                e -> message.set(ImportPreviewModel.message(e)));
    }
}
