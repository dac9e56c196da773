package org.probity.retention.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.probity.app.AppContext;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.PersonRef;
import org.probity.retention.DisposalLogEntry;
import org.probity.retention.DueRecord;
import org.probity.storage.TestDatabases;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class DisposalReviewSectionIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2033, 6, 1).atTime(10, 0).atZone(UK).toInstant(), UK);

    private AppContext app;
    private FxBackgroundTasks tasks;

    /** Two complaints decided in spring 2026, so past their six years on 1 June 2033. */
    @Start
    void start(Stage stage) {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "mo");
        Member green = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED, null,
                null, null, List.of(), List.of(), List.of()));
        Member brown = app.people().saveMember(new Member(null, "Cllr", "Tom", "Brown", MemberKind.ELECTED, null,
                null, null, List.of(), List.of(), List.of()));
        for (LocalDate decided : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 1))) {
            Complaint c = app.complaints().log(Complaint.logged(decided.minusDays(20), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_MEMBER, PersonRef.member(green.id()),
                    PersonRef.member(brown.id()), ComplaintCategory.DISRESPECT, null, "Remarks in committee.", false,
                    ComplaintRoute.CODE_OF_CONDUCT, null), null);
            app.complaints().decide(c.id(), new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, decided, null, null,
                    false, null));
        }
        tasks = new FxBackgroundTasks();
        DisposalReviewSection section = new DisposalReviewSection(app.retention(), tasks);
        stage.setScene(new Scene(new StackPane(section.view()), 1200, 800));
        stage.show();
        section.activated();
    }

    @AfterEach
    void close() {
        tasks.close();
        app.close();
    }

    @Test
    void aPreviewedAndApprovedRecordLeavesTheListAndAppearsInTheLog(FxRobot robot) throws Exception {
        TableView<DueRecord> due = dueTable(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> due.getItems().size() == 2);
        assertThat(robot.lookup("#dueGroups").queryAs(Label.class).getText()).isEqualTo("Complaints 2");
        robot.interact(() -> due.getSelectionModel().select(0));

        robot.clickOn("#previewDisposal");
        ListView<?> preview = robot.lookup("#previewList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> preview.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getItems().get(0).toString()).startsWith("CMP-2026-0001 (Complaints, due 2 Mar 2032):"
                + " anonymise: people and free text removed").contains("0 attachments deleted").contains("history entries redacted");
        assertThat(robot.lookup("#previewSummary").queryAs(Label.class).getText())
                .startsWith("1 record will be disposed of");

        robot.clickOn("#approveDisposal");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Dispose").tryQuery().isPresent());
        robot.clickOn("Dispose");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> due.getItems().size() == 1);
        assertThat(due.getItems().get(0).reference()).isEqualTo("CMP-2026-0002");
        assertThat(robot.lookup("#disposalStatus").queryAs(Label.class).getText())
                .startsWith("1 record was disposed of and logged.");
        robot.interact(() -> robot.lookup("#disposalTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        TableView<DisposalLogEntry> log = robot.lookup("#logTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> log.getItems().size() == 1);
        assertThat(log.getItems().get(0).reference()).isEqualTo("CMP-2026-0001");
        assertThat(log.getItems().get(0).approvedBy()).isEqualTo("mo");
    }

    @Test
    void aRecordPlacedOnHoldIsRefusedWhenApproved(FxRobot robot) throws Exception {
        TableView<DueRecord> due = dueTable(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> due.getItems().size() == 2);
        robot.interact(() -> due.getSelectionModel().select(1));
        robot.clickOn("#placeHold");
        assertThat(robot.lookup("#disposalStatus").queryAs(Label.class).getText())
                .contains("reason for the hold");

        robot.clickOn("#holdReason").write("Judicial review pending");
        robot.clickOn("#placeHold");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> due.getItems().stream().anyMatch(DueRecord::isOnHold));
        assertThat(due.getItems().get(1).hold()).hasValueSatisfying(h -> assertThat(h.reason())
                .isEqualTo("Judicial review pending"));
        assertThat(robot.lookup("#holdsTable").queryTableView().getItems()).hasSize(1);

        robot.clickOn("#selectAll");
        robot.clickOn("#approveDisposal");
        Label status = robot.lookup("#disposalStatus").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().contains("On legal hold"));
        assertThat(status.getText()).contains("CMP-2026-0002 (Judicial review pending)")
                .contains("Nothing was disposed of");
        assertThat(robot.lookup("Dispose").tryQuery()).isEmpty();
        assertThat(due.getItems()).hasSize(2);
        assertThat(app.retention().disposalLog()).isEmpty();
    }

    private static TableView<DueRecord> dueTable(FxRobot robot) {
        return robot.lookup("#dueTable").queryTableView();
    }
}
