package org.probity.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.app.AppContext;
import org.probity.storage.TestDatabases;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DeadlineSectionIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-22T10:00:00Z"), ZoneId.of("Europe/London"));

    private AppContext app;
    private FxBackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "clerk");
        tasks = new FxBackgroundTasks();
        DeadlineSection section = new DeadlineSection(app.calendar(), tasks);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(section.view()), 1100, 700));
        stage.show();
        section.activated();
    }

    @AfterEach
    void close() {
        tasks.close();
        app.close();
    }

    @Test
    void typingADateAndDaysShowsTheDueDateAndTheDaysItSkipped(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#receivedField").queryAs(TextField.class).getText().isEmpty());
        assertThat(robot.lookup("#receivedField").queryAs(TextField.class).getText()).isEqualTo("22 Dec 2026");

        robot.clickOn("#workingDaysField").eraseText(1).write("5");
        robot.clickOn("#calculateButton");

        Label due = robot.lookup("#dueLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !due.getText().isEmpty());
        assertThat(due.getText()).isEqualTo("Thursday 31 December 2026");
        ListView<?> skipped = robot.lookup("#skippedList").queryAs(ListView.class);
        assertThat(skipped.getItems()).hasSize(4).first().hasToString("Friday 25 December 2026 – Christmas Day");
        ListView<?> year = robot.lookup("#yearDaysList").queryAs(ListView.class);
        assertThat(year.getItems()).hasSize(8);
    }

    @Test
    void anImpossibleDateIsExplainedBesideTheForm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#receivedField").queryAs(TextField.class).getText().isEmpty());
        TextField received = robot.lookup("#receivedField").queryAs(TextField.class);
        robot.interact(received::clear);
        robot.clickOn(received).write("30/02/2026");
        robot.clickOn("#calculateButton");

        Label error = robot.lookup("#errorLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.getText()).startsWith("Enter the date received as");
        assertThat(error.isVisible()).isTrue();
    }
}
