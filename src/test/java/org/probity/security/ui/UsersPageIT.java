package org.probity.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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
class UsersPageIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String PASSWORD = "long enough password";

    private AppContext app;
    private FxBackgroundTasks tasks;

    @Start
    void start(Stage stage) {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "os-user");
        tasks = new FxBackgroundTasks();
        UsersPage page = new UsersPage(new UsersViewModel(app.users(),
                new GrantableRecords(app.relationships(), app.complaints()), tasks));
        stage.setScene(new Scene(new ScrollPane(page.view()), 800, 900));
        stage.show();
        page.activated();
    }

    @AfterEach
    void close() {
        tasks.close();
        app.close();
    }

    @Test
    void theMonitoringOfficerTypesTheFirstAccountAndItIsListed(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#usersTable").queryTableView();
        robot.clickOn("#newLoginName").write("mo");
        robot.clickOn("#newFullName").write("Grace Ellis");
        robot.clickOn("#newPassword").write(PASSWORD);
        robot.clickOn("#newPasswordAgain").write(PASSWORD);
        robot.clickOn("#addAccount");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Grace Ellis").tryQuery()).isPresent();
        assertThat(robot.lookup("#usersStatus").queryLabeled().getText())
                .startsWith("Added mo (Grace Ellis, Monitoring Officer).");
        assertThat(robot.lookup("#usersReadOnly").query().isVisible()).isFalse();
    }
}
