package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DirectorySectionIT {

    private PeopleFixture fixture;
    private DirectorySection section;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new PeopleFixture();
        section = new DirectorySection(fixture.people, new ImmediateBackgroundTasks());
        scene = new Scene((javafx.scene.Parent) section.view(), 1220, 820);
        stage.setScene(scene);
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void addsAPoliticalGroup(FxRobot robot) {
        robot.interact(section::newRecord);
        robot.write("Conservative Group");
        robot.clickOn("#groupShortName").write("Con");
        ScreenSnapshots.save(scene, "directory-groups");
        robot.interact(section::save);

        assertThat(fixture.people.groups()).extracting(g -> g.shortName()).contains("Con");
        assertThat(robot.lookup("#groupStatus").queryAs(Label.class).getText()).isEqualTo("Saved Conservative Group.");
    }

    @Test
    void aGroupWithoutAShortNameIsRefusedBesideTheField(FxRobot robot) {
        robot.interact(section::newRecord);
        robot.write("Unnamed Group");
        robot.interact(section::save);

        Label error = robot.lookup("#groupShortNameError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The short name is required.");
        assertThat(fixture.people.groups()).hasSize(2);
    }

    @Test
    void aWardInUseCannotBeDeleted(FxRobot robot) {
        robot.clickOn("Wards");
        robot.clickOn("Castle");
        section.model().setConfirmation((title, question) -> true);
        robot.clickOn("#wardDelete");

        assertThat(robot.lookup("#wardProblem").queryAs(Label.class).getText()).startsWith("Castle cannot be deleted");
        assertThat(fixture.people.wards()).hasSize(2);
        ScreenSnapshots.save(scene, "directory-wards");
    }
}
