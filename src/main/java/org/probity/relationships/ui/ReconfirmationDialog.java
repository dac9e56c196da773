package org.probity.relationships.ui;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.probity.ui.DateField;
import org.probity.ui.UkDateTableCell;

/** The annual re-confirmation: who is due, ticked as they reply, then marked re-confirmed together. */
final class ReconfirmationDialog extends Dialog<Void> {

    ReconfirmationDialog(ReconfirmationViewModel model, Node owner) {
        setTitle("Annual re-confirmation");
        setHeaderText("Active declarations not made or re-confirmed in the twelve months before:");
        if (owner.getScene() != null) {
            initOwner(owner.getScene().getWindow());
        }
        setResizable(true);
        DateField asOf = new DateField();
        asOf.setId("reconfirmAsOf");
        asOf.valueProperty().bindBidirectional(model.asOfProperty());
        Button find = new Button("Find");
        find.setId("reconfirmFind");
        find.setOnAction(e -> {
            asOf.commitTypedText();
            model.load();
        });
        asOf.valueProperty().addListener((obs, was, now) -> model.load());

        TableView<ReconfirmationViewModel.Line> table = new TableView<>(model.lines());
        table.setId("reconfirmTable");
        table.setEditable(true);
        table.setPrefSize(760, 380);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.when(model.loadingProperty())
                .then("Finding the declarations due…")
                .otherwise("Every active declaration has been made or re-confirmed in those twelve months."));
        table.setPlaceholder(placeholder);
        TableColumn<ReconfirmationViewModel.Line, Boolean> chosen = new TableColumn<>("Replied");
        chosen.setPrefWidth(75);
        chosen.setMinWidth(75);
        chosen.setEditable(true);
        chosen.setCellValueFactory(c -> c.getValue().chosenProperty());
        chosen.setCellFactory(CheckBoxTableCell.forTableColumn(chosen));
        TableColumn<ReconfirmationViewModel.Line, String> reference = text("Reference", 125,
                ReconfirmationViewModel.Line::reference);
        TableColumn<ReconfirmationViewModel.Line, LocalDate> last = new TableColumn<>("Last confirmed");
        last.setPrefWidth(115);
        last.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().lastConfirmed()));
        last.setCellFactory(c -> new UkDateTableCell<>());
        TableColumn<ReconfirmationViewModel.Line, String> kind = text("Kind", 120,
                ReconfirmationViewModel.Line::kind);
        TableColumn<ReconfirmationViewModel.Line, String> people = text("People", 300,
                ReconfirmationViewModel.Line::people);
        table.getColumns().addAll(List.of(chosen, reference, last, kind, people));

        Button all = new Button("Tick all");
        all.setId("reconfirmAll");
        all.setOnAction(e -> model.chooseAll(true));
        Button none = new Button("Untick all");
        none.setOnAction(e -> model.chooseAll(false));
        Button mark = new Button("Mark re-confirmed");
        mark.setId("reconfirmMark");
        mark.getStyleClass().add(Styles.ACCENT);
        mark.setOnAction(e -> model.markReconfirmed());
        Label summary = new Label();
        summary.setId("reconfirmSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(8, asOf, find);
        top.setAlignment(Pos.CENTER_LEFT);
        for (Button b : List.of(all, none, mark, find)) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox bottom = new HBox(8, all, none, gap, mark);
        bottom.setAlignment(Pos.CENTER_LEFT);
        VBox content = new VBox(8, top, message("reconfirmProblem", model.problemProperty(), Styles.DANGER),
                message("reconfirmStatus", model.statusProperty(), Styles.SUCCESS), table, summary, bottom);
        VBox.setVgrow(table, Priority.ALWAYS);
        getDialogPane().setContent(content);
        content.setPrefWidth(840);
        content.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        model.open();
    }

    private static <T> TableColumn<ReconfirmationViewModel.Line, T> text(String title, double width,
            java.util.function.Function<ReconfirmationViewModel.Line, T> value) {
        TableColumn<ReconfirmationViewModel.Line, T> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return column;
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
}
