package org.probity.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.storage.TestDatabases;
import org.probity.transfer.PersonKind;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TransferSectionIT {

    @TempDir
    static Path dir;

    private AppContext app;
    private FxBackgroundTasks tasks;
    private TransferSection section;

    @Start
    void start(Stage stage) {
        app = new AppContext(TestDatabases.h2(), Optional.empty(),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")), "clerk");
        tasks = new FxBackgroundTasks();
        section = new TransferSection(app.transfer(), tasks);
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 900, 640));
        stage.show();
    }

    @AfterEach
    void stop() {
        tasks.close();
        app.close();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !section.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aFileWithAProblemIsShownRowByRowAndACorrectedOneImports(FxRobot robot) throws Exception {
        Path file = dir.resolve("officers.csv");
        Files.writeString(file, "Staff number,Forenames,Surname,Post,Tier\n"
                + "E1,Alex,Smith,Chief Executive,1\nE2,Sam,,Director,2\n");
        robot.clickOn("#officersOption");
        robot.interact(() -> section.model().fileProperty().set(file));

        assertThat(robot.lookup("#fileField").queryAs(TextField.class).getText()).isEqualTo(file.toString());
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#checkButton");
        waitUntilIdle();

        TableView<TransferViewModel.ProblemLine> table = robot.lookup("#problemsTable").query();
        assertThat(table.getItems()).containsExactly(
                new TransferViewModel.ProblemLine("3", "Surname", "Surname is required."));
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("1 problem found; nothing can be imported until they are put right.");
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();

        Files.writeString(file, "Staff number,Forenames,Surname,Post,Tier\n"
                + "E1,Alex,Smith,Chief Executive,1\nE2,Sam,Lee,Director,2\n");
        robot.clickOn("#checkButton");
        waitUntilIdle();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("2 officers ready to import.");
        assertThat(table.getItems()).isEmpty();

        robot.clickOn("#importButton");
        waitUntilIdle();

        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText()).isEqualTo("Imported 2 officers.");
        assertThat(app.people().countOfficers()).isEqualTo(2);
        assertThat(robot.lookup("#importButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(section.model().kindProperty().get()).isEqualTo(PersonKind.OFFICERS);
    }
}
