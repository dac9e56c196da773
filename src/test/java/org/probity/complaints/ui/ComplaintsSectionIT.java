package org.probity.complaints.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.complaints.CaseLogRow;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintCouncil;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.people.Officer;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ComplaintsSectionIT {

    private ComplaintCouncil council;
    private ComplaintsSection section;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        council = new ComplaintCouncil(new TestDatabases.Kind("H2", TestDatabases::h2), LocalDate.of(2026, 11, 23));
        section = new ComplaintsSection(council.complaints, council.people, council.app.attachments(),
                new ImmediateBackgroundTasks());
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1500, 950));
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        council.close();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private <T> void choose(FxRobot robot, String id, T value) {
        robot.interact(() -> combo(robot, id).setValue(value));
    }

    private void chooseOfficer(FxRobot robot, String id, Officer officer) {
        ComboBox<PersonOption> box = combo(robot, id);
        PersonOption option = box.getItems().stream().filter(p -> p.ref().id() == officer.id()).findFirst()
                .orElseThrow();
        robot.interact(() -> box.setValue(option));
    }

    @Test
    void aClerkLogsAComplaintSeesItsRouteAndWhyAndTakesItThroughItsStagesToAnOutcome(FxRobot robot) {
        robot.interact(section::newRecord);
        choose(robot, "#logDirection", ComplaintDirection.MEMBER_ABOUT_OFFICER);
        ComboBox<PersonOption> complainants = combo(robot, "#logComplainant");
        robot.interact(() -> complainants.setValue(complainants.getItems().stream()
                .filter(p -> p.name().equals("Cllr Jane Smith")).findFirst().orElseThrow()));
        chooseOfficer(robot, "#logSubject", council.housingOfficer);
        choose(robot, "#logCategory", ComplaintCategory.DISRESPECT);

        assertThat(text(robot, "#logProposedRoute")).isEqualTo("The officer's Director · Ruth Okafor");
        assertThat(text(robot, "#logRouteRule")).isEqualTo("A member's complaint about an officer goes to the "
                + "officer's Director (Ruth Okafor).");
        assertThat(combo(robot, "#logRoute").getValue()).isEqualTo(ComplaintRoute.DIRECTOR);

        // A different route is refused until a reason is given
        choose(robot, "#logRoute", ComplaintRoute.MONITORING_OFFICER);
        robot.clickOn("#logSave");
        assertThat(text(robot, "#logRouteReasonError")).startsWith("Give the reason for sending this complaint to "
                + "The Monitoring Officer");
        choose(robot, "#logRoute", ComplaintRoute.DIRECTOR);
        robot.clickOn("#logSave");

        assertThat(text(robot, "#complaintHeading")).isEqualTo("CMP-2026-0001 · Open");
        assertThat(text(robot, "#complaintRule")).contains("officer's Director (Ruth Okafor)");
        assertThat(table(robot).getItems()).singleElement().satisfies(row -> {
            assertThat(row.stage()).isEqualTo("Informal resolution");
            assertThat(row.parties()).isEqualTo("Cllr Jane Smith about Lee Wong");
        });

        // Informal resolution did not settle it: stage 1, then the acknowledgement
        chooseOfficer(robot, "#nextHandler", council.directorOfPlace);
        robot.clickOn("#advanceButton");
        assertThat(text(robot, "#currentStage")).isEqualTo("Stage 1 · acknowledge within 5, respond within 10 "
                + "working days");
        assertThat(timeline(robot).getItems()).extracting(StageLine::stage)
                .containsExactly("Informal resolution", "Stage 1");
        assertThat(timeline(robot).getItems().get(1).acknowledge()).startsWith("Due 30 Nov 2026");
        assertThat(timeline(robot).getItems().get(1).respond()).startsWith("Due 7 Dec 2026");
        robot.clickOn("#acknowledgeButton");
        assertThat(timeline(robot).getItems().get(1).acknowledge()).startsWith("Done 23 Nov 2026");

        // Stage 2 needs someone who has not handled it so far
        chooseOfficer(robot, "#nextHandler", council.directorOfPlace);
        robot.clickOn("#advanceButton");
        assertThat(text(robot, "#detailProblem")).isEqualTo("Stage 2 must be handled by someone who did not handle "
                + "Informal resolution: Ruth Okafor handled Informal resolution. Stage 2 must be handled by someone "
                + "who did not handle Stage 1: Ruth Okafor handled Stage 1.");
        chooseOfficer(robot, "#nextHandler", council.chiefExecutive);
        robot.clickOn("#advanceButton");
        assertThat(timeline(robot).getItems()).extracting(StageLine::handler)
                .containsExactly("Ruth Okafor", "Ruth Okafor", "Helen Barker");

        choose(robot, "#outcomeChoice", ComplaintOutcome.NOT_UPHELD);
        robot.clickOn("#decideButton");
        assertThat(text(robot, "#complaintHeading")).isEqualTo("CMP-2026-0001 · Closed");
        assertThat(text(robot, "#complaintOutcome")).startsWith("Not upheld on 23 Nov 2026");
        assertThat(table(robot).getItems().get(0).status()).isEqualTo("Not upheld");

        robot.clickOn("#complaintsCaseLogTab");
        @SuppressWarnings("unchecked")
        TableView<CaseLogRow> caseLog = robot.lookup("#caseLogTable").queryAs(TableView.class);
        assertThat(caseLog.getItems()).singleElement().satisfies(row -> {
            assertThat(row.reference().toString()).isEqualTo("CMP-2026-0001");
            assertThat(row.stage()).isEqualTo("Stage 2");
            assertThat(row.outcome()).isEqualTo("Not upheld");
            assertThat(row.nextStep()).isEqualTo("None: closed");
        });

        robot.clickOn("#complaintsStatisticsTab");
        assertThat(text(robot, "#statisticsHeadline")).startsWith("1 received from 1 Jan 2026 to 31 Dec 2026: "
                + "1 closed, 0 still open; 1 within target, 0 late");
        @SuppressWarnings("unchecked")
        TableView<ComplaintStatisticsViewModel.Line> lines = robot.lookup("#statisticsTable").queryAs(TableView.class);
        assertThat(lines.getItems()).contains(new ComplaintStatisticsViewModel.Line("Outcome", "Not upheld", 1),
                new ComplaintStatisticsViewModel.Line("Route", "The officer's Director", 1),
                new ComplaintStatisticsViewModel.Line("Direction", "Member about an officer", 1));
    }

    @Test
    void aParagraphOfTheVersionInForceIsChosenWhenLoggingAndTheDetailsAreCorrectedLater(FxRobot robot) {
        council.app.protocols().importVersion("Member/Officer Relations Protocol", java.util.List.of(
                org.probity.protocols.Paragraph.heading("8.", 1, "Briefings"),
                org.probity.protocols.Paragraph.body("8.2", 2, "Officers should not be asked to attend party "
                        + "political meetings.")), LocalDate.of(2024, 3, 5), "Council", "Part 5", "v1.md");
        robot.interact(section::newRecord);
        robot.interact(() -> section.model().logForm().receivedOnProperty().set(LocalDate.of(2026, 11, 20)));
        assertThat(text(robot, "#logParagraphsVersion")).startsWith("Paragraphs of Version 1 of the "
                + "Member/Officer Relations Protocol (adopted 5 Mar 2024)");
        ComboBox<org.probity.complaints.ParagraphVersion.ParagraphChoice> picker = combo(robot,
                "#logParagraphsPicker");
        assertThat(picker.getItems()).extracting(Object::toString)
                .containsExactly("8. Briefings", "8.2 Officers should not be asked to attend party…");
        robot.interact(() -> picker.setValue(picker.getItems().get(1)));
        assertThat(robot.lookup("#logParagraphs").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("8.2");
        assertThat(text(robot, "#logParagraphsChosen"))
                .isEqualTo("8.2 Officers should not be asked to attend party…");

        choose(robot, "#logDirection", ComplaintDirection.MEMBER_ABOUT_OFFICER);
        ComboBox<PersonOption> complainants = combo(robot, "#logComplainant");
        robot.interact(() -> complainants.setValue(complainants.getItems().get(0)));
        chooseOfficer(robot, "#logSubject", council.housingOfficer);
        choose(robot, "#logCategory", ComplaintCategory.DISRESPECT);
        robot.clickOn("#logSave");
        assertThat(text(robot, "#complaintDetails")).contains("Protocol paragraphs: 8.2 Officers should not be "
                + "asked");

        // Corrected afterwards: a number not in the version in force is refused, naming it
        robot.clickOn("#complaintDetailsTab");
        robot.interact(() -> section.model().detail().editParagraphsProperty().set("8.2, 9.9"));
        choose(robot, "#editCategory", ComplaintCategory.LOBBYING);
        robot.clickOn("#saveDetailsButton");
        assertThat(text(robot, "#detailsProblem")).startsWith("Paragraph 9.9 is not in Version 1");
        robot.interact(() -> section.model().detail().editParagraphsProperty().set("8.2"));
        robot.clickOn("#saveDetailsButton");
        assertThat(text(robot, "#complaintDetails")).contains("Lobbying");
        long id = section.model().detail().complaintProperty().get().id();
        assertThat(council.complaints.history(id)).hasSize(2);
        assertThat(council.complaints.history(id).get(0).changes().toString()
                + council.complaints.history(id).get(1).changes()).contains("Lobbying");
    }

    @Test
    void aStagesTargetIsChangedOnTheSettingsPage(FxRobot robot) {
        ComplaintProceduresPage page = new ComplaintProceduresPage(council.complaints, new ImmediateBackgroundTasks());
        Stage window = openWindow(robot, page);
        try {
            changeTheInvestigationTarget(robot);
        } finally {
            robot.interact(window::close);
        }
    }

    private static Stage openWindow(FxRobot robot, ComplaintProceduresPage page) {
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            shown[0] = new Stage();
            shown[0].setScene(new Scene((javafx.scene.Parent) page.view(), 1000, 700));
            page.activated();
            shown[0].show();
        });
        return shown[0];
    }

    private void changeTheInvestigationTarget(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ComplaintProceduresViewModel.StageRow> stages = robot.lookup("#procedureStages")
                .queryAs(TableView.class);
        assertThat(stages.getItems()).hasSize(9);
        robot.interact(() -> stages.getSelectionModel().select(stages.getItems().stream()
                .filter(r -> r.stage().name().equals("Investigation")).findFirst().orElseThrow()));
        javafx.scene.control.TextField respond = robot.lookup("#stageRespondDays")
                .queryAs(javafx.scene.control.TextField.class);
        assertThat(respond.getText()).isEqualTo("60");
        robot.interact(() -> respond.setText("45"));
        robot.clickOn("#stageTargetsSave");
        assertThat(text(robot, "#stageTargetsMessage")).startsWith("Saved: Code-of-conduct complaint, Investigation "
                + "now respond within 45 working days.");
        assertThat(council.complaints.procedure("CODE_OF_CONDUCT").stage(3).orElseThrow().respondDays())
                .isEqualTo(45);
        assertThat(respond.getText()).as("the stage stays chosen after saving").isEqualTo("45");
    }

    @Test
    void theListIsFilteredByDirectionAndOverdue(FxRobot robot) {
        council.aboutMember(LocalDate.of(2026, 11, 2));
        council.aboutOfficer(LocalDate.of(2026, 11, 20), council.housingOfficer);
        robot.interact(section::activated);

        assertThat(table(robot).getItems()).extracting(ComplaintRow::reference)
                .containsExactly("CMP-2026-0001", "CMP-2026-0002");
        assertThat(table(robot).getItems().get(0).status()).isEqualTo("Overdue");

        choose(robot, "#complaintDirectionFilter", ComplaintDirection.MEMBER_ABOUT_OFFICER);
        assertThat(table(robot).getItems()).extracting(ComplaintRow::reference).containsExactly("CMP-2026-0002");
        choose(robot, "#complaintDirectionFilter", null);
        robot.interact(() -> section.model().list().overdueOnlyProperty().set(true));
        assertThat(table(robot).getItems()).extracting(ComplaintRow::reference).containsExactly("CMP-2026-0001");
        assertThat(text(robot, "#complaintsSummary")).isEqualTo("1 of 2 complaints");
    }

    @SuppressWarnings("unchecked")
    private TableView<ComplaintRow> table(FxRobot robot) {
        return robot.lookup("#complaintsTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private ListView<StageLine> timeline(FxRobot robot) {
        return robot.lookup("#complaintTimeline").queryAs(ListView.class);
    }
}
