package org.probity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DateFieldIT {

    private DateField field;
    private FieldError withError;

    @Start
    void start(Stage stage) {
        field = new DateField();
        field.setId("date");
        withError = new FieldError(field, FieldError.forDate(field, new javafx.beans.property.SimpleStringProperty()));
        Button elsewhere = new Button("Elsewhere");
        elsewhere.setId("elsewhere");
        stage.setScene(new Scene(new VBox(10, withError, elsewhere), 400, 200));
        stage.show();
    }

    @Test
    void readsATypedUkDateAndShowsItTheUkWay(FxRobot robot) {
        robot.clickOn("#date").write("23/11/2026").type(KeyCode.ENTER);

        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(field.getEditor().getText()).isEqualTo("23 Nov 2026");
    }

    @Test
    void aDateTypedThenLeftIsStillRead(FxRobot robot) {
        robot.clickOn("#date").write("5 March 2027");
        robot.clickOn("#elsewhere");

        assertThat(field.getValue()).isEqualTo(LocalDate.of(2027, 3, 5));
    }

    @Test
    void anImpossibleDateIsExplainedBesideTheField(FxRobot robot) {
        robot.clickOn("#date").write("31/02/2026");
        robot.clickOn("#elsewhere");

        assertThat(field.getValue()).isNull();
        assertThat(withError.message().getText()).isEqualTo("\"31/02/2026\" is not a date Probity can read; type it as "
                + "23/11/2026, 23 Nov 2026 or 2026-11-23.");
        assertThat(withError.message().getId()).isEqualTo("dateError");
    }
}
