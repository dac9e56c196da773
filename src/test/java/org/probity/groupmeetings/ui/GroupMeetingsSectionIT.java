package org.probity.groupmeetings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.groupmeetings.GroupMeetingDueItems;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.ParityMatrix;
import org.probity.ui.DateField;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class GroupMeetingsSectionIT {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private GroupMeetingsScreenFixture fixture;
    private GroupMeetingsSection section;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new GroupMeetingsScreenFixture();
        section = new GroupMeetingsSection(fixture.register, fixture.people, fixture.app.attachments(),
                new ImmediateBackgroundTasks());
        Scene scene = new Scene((javafx.scene.Parent) section.view(), 1400, 860);
        stage.setScene(scene);
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private GroupMeetingsViewModel.MeetingRow onlyRow(FxRobot robot) {
        TableView<?> table = robot.lookup("#groupMeetingsTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(1);
        return (GroupMeetingsViewModel.MeetingRow) table.getItems().get(0);
    }

    private int dueItems() {
        return new GroupMeetingDueItems(fixture.register).dueItems(GroupMeetingsScreenFixture.TODAY,
                GroupMeetingsScreenFixture.TODAY.plusDays(60)).size();
    }

    @SuppressWarnings("unchecked")
    private static <T> void choose(FxRobot robot, String id, java.util.function.Predicate<T> which) {
        ComboBox<T> box = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow()));
    }

    @Test
    void anAttendanceRaisesAlertsThatTheNoticesClear(FxRobot robot) {
        robot.clickOn("#recordAttendance");
        choose(robot, "#raGroup", (Choice c) -> c.id() == fixture.labour.id());
        choose(robot, "#raKind", (MeetingKind k) -> k == MeetingKind.GROUP_MEETING);
        DateField date = robot.lookup("#raMeetingDate").queryAs(DateField.class);
        robot.interact(() -> date.setValue(THURSDAY));
        robot.clickOn("#raPlace").write("Committee Room 2");
        robot.clickOn("#raSubject").write("Local plan consultation");
        choose(robot, "#raOfficer", (Choice c) -> c.id() == fixture.patel.id());
        choose(robot, "#raCompanion", (Choice c) -> c.id() == fixture.wong.id());
        robot.clickOn("#raMoToldToday");
        robot.clickOn("Record");
        WaitForAsyncUtils.waitForFxEvents();

        GroupMeetingsViewModel.MeetingRow row = onlyRow(robot);
        assertThat(row.subject()).isEqualTo("Local plan consultation");
        assertThat(row.alerts()).isEqualTo(3);
        assertThat(row.alertText()).contains("Monitoring Officer").contains("Other groups").contains("Same briefing");
        assertThat(robot.lookup(".table-row-cell .ikonli-font-icon").tryQuery()).isPresent();
        assertThat(dueItems()).isEqualTo(3);

        robot.clickOn("Notifications");
        robot.clickOn("#gmMoToldToday");
        robot.clickOn("#groupMeetingSave");
        assertThat(onlyRow(robot).alerts()).isEqualTo(2);
        assertThat(dueItems()).isEqualTo(2);

        robot.clickOn("#gmRecordAllTold");
        assertThat(onlyRow(robot).alerts()).isZero();
        assertThat(onlyRow(robot).status()).isEqualTo("Held; every group told");
        assertThat(dueItems()).isZero();

        robot.clickOn("Parity of groups");
        assertThat(robot.lookup("#parityView").tryQuery()).isPresent();
        TableView<?> totals = robot.lookup("#parityGroupTotals").queryAs(TableView.class);
        ParityMatrix.GroupTotals labour = totals.getItems().stream().map(t -> (ParityMatrix.GroupTotals) t)
                .filter(t -> t.groupId() == fixture.labour.id()).findFirst().orElseThrow();
        assertThat(labour.asked()).isEqualTo(1);
        assertThat(labour.given()).isEqualTo(1);
        TableView<?> matrix = robot.lookup("#parityMatrix").queryAs(TableView.class);
        assertThat(matrix.getItems()).hasSize(1);
        assertThat(robot.lookup("Asked · given").tryQuery()).isPresent();
    }

    @Test
    void declinedWithoutWrittenAdviceIsRefusedBesideTheField(FxRobot robot) {
        var m = fixture.save(fixture.labour, MeetingKind.GROUP_MEETING, THURSDAY, "Budget",
                org.probity.groupmeetings.OfficerAttendance.asked(fixture.patel.id()));
        robot.interact(() -> section.reveal(String.valueOf(m.id())));
        javafx.scene.control.TabPane tabs = robot.lookup("#groupMeetingTabs").queryAs(
                javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        choose(robot, "#gmOfficer0Response", (org.probity.groupmeetings.OfficerResponse r) ->
                r == org.probity.groupmeetings.OfficerResponse.DECLINED_WITH_ADVICE);
        robot.clickOn("#groupMeetingSave");
        javafx.scene.control.Label error = robot.lookup("#gmWrittenAdviceError").queryAs(
                javafx.scene.control.Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("The written advice is required");
        robot.clickOn("#gmOfficer0Advice").write("See the budget report.");
        robot.clickOn("#groupMeetingSave");
        assertThat(error.isVisible()).isFalse();
        assertThat(fixture.register.meeting(m.id()).orElseThrow().officers().get(0).writtenAdvice())
                .isEqualTo("See the budget report.");
    }
}
