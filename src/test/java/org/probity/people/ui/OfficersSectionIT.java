package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.ui.HistoryViewModel;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OfficersSectionIT {

    private PeopleFixture fixture;
    private OfficersSection section;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new PeopleFixture();
        section = new OfficersSection(fixture.people, new ImmediateBackgroundTasks());
        scene = new Scene((javafx.scene.Parent) section.view(), 1220, 820);
        stage.setScene(scene);
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private java.util.List<String> names(FxRobot robot) {
        TableView<?> table = robot.lookup("#officersTable").queryAs(TableView.class);
        return table.getItems().stream().map(r -> ((OfficersViewModel.OfficerRow) r).name()).toList();
    }

    @Test
    void anEditAppearsInHistoryWithBeforeAndAfter(FxRobot robot) {
        robot.clickOn("Patel, Ravi");
        robot.doubleClickOn("#officerPost").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("Director of Housing");
        ScreenSnapshots.save(scene, "officers-detail");
        robot.clickOn("#officerSave");

        assertThat(fixture.people.officer(fixture.patel.id()).orElseThrow().post()).isEqualTo("Director of Housing");
        robot.clickOn("History");
        TableView<?> history = robot.lookup("#historyTable").queryAs(TableView.class);
        HistoryViewModel.Row change = (HistoryViewModel.Row) history.getItems().get(0);
        assertThat(change.what()).isEqualTo("Changed 1 field");
        assertThat(change.field()).isEqualTo("Post");
        assertThat(change.before()).isEqualTo("Head of Housing");
        assertThat(change.after()).isEqualTo("Director of Housing");
        assertThat(change.who()).isEqualTo("tester");
        ScreenSnapshots.save(scene, "officers-history");
    }

    @Test
    void anOfficerWhoHasLeftIsHiddenUntilAskedFor(FxRobot robot) {
        assertThat(names(robot)).containsExactly("Okafor, Ada", "Patel, Ravi");
        robot.clickOn("#showLeftOfficers");
        assertThat(names(robot)).containsExactly("Gone, Sam", "Okafor, Ada", "Patel, Ravi");
    }

    @Test
    void newAndSaveFromTheShortcutsCreateAnOfficer(FxRobot robot) {
        robot.interact(section::newRecord);
        robot.write("E777");
        robot.clickOn("#officerForenames").write("Lee");
        robot.clickOn("#officerSurname").write("Chan");
        robot.clickOn("#officerPost").write("Democratic Services Officer");
        robot.clickOn("#officerLeaveDate").write("31/12/2026");

        robot.interact(section::save);

        var saved = fixture.people.officerByStaffNumber("E777").orElseThrow();
        assertThat(saved.surname()).isEqualTo("Chan");
        assertThat(saved.leaveDate()).isEqualTo(java.time.LocalDate.of(2026, 12, 31));
        assertThat(saved.tier()).isEqualTo(4);
        assertThat(names(robot)).contains("Chan, Lee");
        assertThat(robot.lookup("#officerLeaveDate").queryAs(org.probity.ui.DateField.class).getEditor().getText())
                .isEqualTo("31 Dec 2026");
    }

    @Test
    void anUnreadableLeavingDateIsExplainedAndNotSavedAsBlank(FxRobot robot) {
        robot.clickOn("Patel, Ravi");
        robot.clickOn("#officerLeaveDate").write("31/02/2027");

        robot.interact(section::save);

        assertThat(robot.lookup("#officerLeaveDateError").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("\"31/02/2027\" is not a date Probity can read");
        assertThat(fixture.people.history(org.probity.people.PeopleService.OFFICER, fixture.patel.id())).hasSize(1);
    }

    @Test
    void escapeAbandonsTheEdit(FxRobot robot) {
        robot.clickOn("Okafor, Ada");
        robot.clickOn("#officerSurname").write("x");
        robot.interact(section::cancel);
        assertThat(robot.lookup("#officerSurname").queryAs(TextField.class).getText()).isEqualTo("Okafor");
    }
}
