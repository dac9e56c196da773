package org.probity.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.people.Member;
import org.probity.people.PoliticalGroup;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MembersSectionIT {

    private PeopleFixture fixture;
    private MembersSection section;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new PeopleFixture();
        section = new MembersSection(fixture.people, new ImmediateBackgroundTasks());
        scene = new Scene((javafx.scene.Parent) section.view(), 1220, 820);
        stage.setScene(scene);
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<MembersViewModel.MemberRow> table(FxRobot robot) {
        return robot.lookup("#membersTable").queryAs(TableView.class);
    }

    private java.util.List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(MembersViewModel.MemberRow::name).toList();
    }

    @Test
    void createsAMemberWithAGroupAndARole(FxRobot robot) {
        robot.interact(section::newRecord);
        robot.clickOn("#memberForenames").write("Priya");
        robot.clickOn("#memberSurname").write("Shah");
        robot.clickOn("#memberAddGroup");
        @SuppressWarnings("unchecked")
        ComboBox<PoliticalGroup> group = robot.lookup("#memberGroupLine0Group").queryAs(ComboBox.class);
        robot.interact(() -> group.getSelectionModel().select(fixture.greens));
        robot.clickOn("#memberAddRole");
        robot.clickOn("#memberRoleLine0Role").write("Chair of Planning Committee");
        ScreenSnapshots.save(scene, "members-new");

        robot.interact(section::save);

        Member saved = fixture.people.members().stream().filter(m -> m.surname().equals("Shah")).findFirst()
                .orElseThrow();
        assertThat(saved.groups()).extracting(g -> g.groupId()).containsExactly(fixture.greens.id());
        assertThat(saved.responsibilities()).extracting(r -> r.role()).containsExactly("Chair of Planning Committee");
        assertThat(names(robot)).contains("Shah, Priya (Cllr)");
        assertThat(table(robot).getSelectionModel().getSelectedItem().group()).isEqualTo("Green Group");
        assertThat(robot.lookup("#memberStatus").queryAs(Label.class).getText()).isEqualTo("Saved Cllr Priya Shah.");
    }

    @Test
    void anEmptySurnameIsExplainedBesideTheFieldAndNothingIsSaved(FxRobot robot) {
        robot.interact(section::newRecord);
        robot.clickOn("#memberForenames").write("Nobody");

        robot.interact(section::save);

        Label error = robot.lookup("#memberSurnameError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Surname is required.");
        assertThat(robot.lookup("#memberForenamesError").queryAs(Label.class).isVisible()).isFalse();
        assertThat(fixture.people.members()).hasSize(3);
        ScreenSnapshots.save(scene, "members-refused");
    }

    @Test
    void aMemberWhoHasLeftIsHiddenUntilAskedFor(FxRobot robot) {
        assertThat(names(robot)).containsExactly("Jones, Rhys (Cllr)", "Smith, Jane (Cllr)");

        robot.clickOn("#showLeftMembers");

        assertThat(names(robot)).contains("Hand, Old (Cllr)");
    }

    @Test
    void typingInTheFilterNarrowsTheList(FxRobot robot) {
        robot.interact(section::find);
        robot.write("jon");
        assertThat(names(robot)).containsExactly("Jones, Rhys (Cllr)");
    }

    @Test
    void choosingAMemberShowsTheirDetailsAndHistory(FxRobot robot) {
        robot.clickOn("Smith, Jane (Cllr)");
        assertThat(robot.lookup("#memberSurname").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Smith");
        assertThat(robot.lookup("#memberTermEnd").queryAs(org.probity.ui.DateField.class).getEditor().getText())
                .isEqualTo("6 May 2027");
        ScreenSnapshots.save(scene, "members-detail");
        robot.clickOn("History");
        ScreenSnapshots.save(scene, "members-history");
        assertThat(robot.lookup("#historyTable").queryAs(TableView.class).getItems()).isNotEmpty();
    }
}
