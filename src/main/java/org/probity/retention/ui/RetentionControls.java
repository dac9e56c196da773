package org.probity.retention.ui;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;

/** The heading, explanation, status line and text columns the retention screens share. */
final class RetentionControls {

    private RetentionControls() {
    }

    static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }

    static Label explanation(String text) {
        Label explain = new Label(text);
        explain.setWrapText(true);
        // Otherwise a crowded screen shrinks it to one truncated line.
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return explain;
    }

    /** A status line that turns red while it reports a problem. */
    static Label status(String id, ReadOnlyStringProperty text, ReadOnlyBooleanProperty failed) {
        Label status = new Label();
        status.setId(id);
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.textProperty().bind(text);
        failed.addListener((obs, was, now) -> {
            status.getStyleClass().remove(Styles.DANGER);
            if (now) {
                status.getStyleClass().add(Styles.DANGER);
            }
        });
        return status;
    }

    static <T> TableColumn<T, String> column(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
