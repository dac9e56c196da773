package org.probity.enquiries.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.enquiries.EnquiryStatus;
import org.probity.ui.DateField;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EnquiriesSectionIT {

    private EnquiryFixture fixture;
    private EnquiriesSection section;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        fixture = new EnquiryFixture();
        section = new EnquiriesSection(fixture.enquiries, fixture.people, fixture.app.attachments(),
                new ImmediateBackgroundTasks());
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1400, 860));
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<EnquiryRow> table(FxRobot robot) {
        return robot.lookup("#enquiriesTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private PerformanceViewModel.Line overall(FxRobot robot) {
        TableView<PerformanceViewModel.Line> figures = robot.lookup("#performanceTable").queryAs(TableView.class);
        return figures.getItems().get(0);
    }

    @Test
    void aClerkLogsAnEnquiryWithTheKeyboardThenRecordsTheHoldingReplyAndTheAnswer(FxRobot robot) {
        robot.interact(section::newRecord);
        // Member, received (today), how, kind (ward casework), consent basis, subject, officer: Enter saves.
        robot.write("smi");
        robot.type(KeyCode.TAB, 4);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.TAB);
        robot.write("Overgrown hedge on Abbey Road");
        robot.type(KeyCode.TAB);
        robot.write("wong");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#quickSaved").queryAs(Label.class).getText())
                .isEqualTo("ENQ-2026-00001 due Mon 30 Nov 2026");
        assertThat(robot.lookup("#quickMember").queryAs(javafx.scene.control.TextField.class).isFocused())
                .as("ready for the next enquiry").isTrue();
        assertThat(table(robot).getItems()).singleElement().satisfies(row -> {
            assertThat(row.subject()).isEqualTo("Overgrown hedge on Abbey Road");
            assertThat(row.serviceArea()).isEqualTo("Housing");
            assertThat(row.dueText()).isEqualTo("due in 5 working days");
            assertThat(row.enquiry().consentBasis()).isNotNull();
        });

        robot.clickOn("#enquiriesPerformanceTab");
        assertThat(overall(robot).count()).isEqualTo(1);
        assertThat(overall(robot).replied()).isZero();
        robot.clickOn("#enquiriesRegisterTab");

        robot.clickOn("Overgrown hedge on Abbey Road");
        robot.clickOn("#enquiryTimelineTab");
        robot.clickOn("#holdingReplyButton");
        robot.clickOn("#dialogExpected").write("4/12/2026");
        robot.clickOn("#dialogOk");

        EnquiryRow held = table(robot).getItems().get(0);
        assertThat(held.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(held.enquiry().targetDue()).isEqualTo(LocalDate.of(2026, 11, 30));

        robot.clickOn("#answerButton");
        assertThat(robot.lookup("#dialogDate").queryAs(DateField.class).getValue())
                .isEqualTo(LocalDate.of(2026, 11, 23));
        robot.clickOn("#dialogOk");

        assertThat(table(robot).getItems().get(0).status()).isEqualTo(EnquiryStatus.ANSWERED);
        assertThat(robot.lookup("#enquiryHeading").queryAs(Label.class).getText())
                .isEqualTo("ENQ-2026-00001 · Answered");

        robot.clickOn("#enquiriesPerformanceTab");
        PerformanceViewModel.Line line = overall(robot);
        assertThat(line.replied()).isEqualTo(1);
        assertThat(line.withinTarget()).isEqualTo("100.0%");
        assertThat(line.holdingReplies()).isEqualTo(1);
        assertThat(line.median()).isEqualTo("0 working days");
    }

    @Test
    void typingInTheFilterNarrowsTheListAndOverdueComeFirst(FxRobot robot) {
        fixture.receive(fixture.smith, LocalDate.of(2026, 11, 20), "Council tax refund", fixture.revenues,
                fixture.reid);
        fixture.receive(fixture.jones, LocalDate.of(2026, 11, 2), "Housing repairs", fixture.housing, fixture.wong);
        robot.interact(section::activated);

        assertThat(table(robot).getItems()).extracting(EnquiryRow::subject)
                .containsExactly("Housing repairs", "Council tax refund");
        assertThat(table(robot).getItems().get(0).statusText()).isEqualTo("Overdue");

        robot.interact(section::find);
        robot.write("tax");

        assertThat(table(robot).getItems()).extracting(EnquiryRow::subject).containsExactly("Council tax refund");
        assertThat(robot.lookup("#enquiriesSummary").queryAs(Label.class).getText()).isEqualTo("1 of 2 enquiries");
    }
}
