package org.probity.app;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.probity.calendar.BankHolidayRegion;

/** The window shown when the data folder holds no register yet. */
final class FirstRunDialog {

    private final Stage stage = new Stage();

    FirstRunDialog(Window owner, FirstRunViewModel model, Runnable quit) {
        Label title = new Label("Welcome to Probity");
        title.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label("Probity keeps the Monitoring Officer's registers in this folder. How would you "
                + "like to begin?");
        intro.setWrapText(true);

        ToggleGroup choice = new ToggleGroup();
        RadioButton empty = new RadioButton("Create an empty register for my authority");
        empty.setId("emptyChoice");
        empty.setToggleGroup(choice);
        RadioButton demo = new RadioButton("Load demo data (a fictional authority)");
        demo.setId("demoChoice");
        demo.setToggleGroup(choice);
        choice.selectToggle(model.demoProperty().get() ? demo : empty);
        model.demoProperty().bind(demo.selectedProperty());

        TextField name = new TextField();
        name.setId("firstRunName");
        name.setPromptText("e.g. Northshire County Council");
        name.textProperty().bindBidirectional(model.authorityNameProperty());
        Label nameLabel = new Label("Authority name");
        nameLabel.setLabelFor(name);
        nameLabel.setMnemonicParsing(true);
        Label nameProblem = new Label();
        nameProblem.setId("firstRunNameProblem");
        nameProblem.getStyleClass().add(Styles.DANGER);
        nameProblem.setWrapText(true);
        nameProblem.textProperty().bind(model.nameProblemProperty());
        nameProblem.managedProperty().bind(nameProblem.textProperty().isNotEmpty());
        nameProblem.visibleProperty().bind(nameProblem.managedProperty());

        ComboBox<BankHolidayRegion> region = new ComboBox<>();
        region.setId("firstRunRegion");
        region.getItems().setAll(BankHolidayRegion.values());
        region.valueProperty().bindBidirectional(model.regionProperty());
        region.setMaxWidth(Double.MAX_VALUE);
        Label regionLabel = new Label("Bank holidays");
        regionLabel.setLabelFor(region);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(8);
        form.setPadding(new Insets(0, 0, 0, 28));
        form.addRow(0, nameLabel, name);
        form.add(nameProblem, 1, 1);
        form.addRow(2, regionLabel, region);
        GridPane.setHgrow(name, Priority.ALWAYS);
        form.disableProperty().bind(demo.selectedProperty());

        Label message = new Label();
        message.setId("firstRunMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(model.busyProperty());

        Button start = new Button("Start");
        start.setId("firstRunStart");
        start.setDefaultButton(true);
        start.getStyleClass().add(Styles.ACCENT);
        start.disableProperty().bind(model.busyProperty());
        start.setOnAction(e -> model.start());
        Button quitButton = new Button("Quit");
        quitButton.setId("firstRunQuit");
        quitButton.setCancelButton(true);
        quitButton.setOnAction(e -> {
            stage.close();
            quit.run();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, progress, message, spacer, quitButton, start);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.SOMETIMES);

        VBox root = new VBox(12, title, intro, empty, form, demo, buttons);
        root.setId("firstRunDialog");
        root.setPadding(new Insets(24));
        root.setPrefWidth(560);
        stage.setScene(new Scene(root));
        stage.setTitle("Welcome to Probity");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setOnCloseRequest(e -> quit.run());
        stage.setOnShown(e -> name.requestFocus());
    }

    void show() {
        stage.show();
    }

    void close() {
        stage.close();
    }
}
