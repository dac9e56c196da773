package org.probity.protocols.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.protocols.ApprovalDecision;
import org.probity.protocols.ApprovalStep;
import org.probity.protocols.Consultation;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.VersionStatus;
import org.probity.storage.TestDatabases;
import org.probity.ui.DateField;
import org.probity.ui.ImmediateBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ProtocolsSectionIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private AppContext app;
    private ProtocolsSection section;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester");
        section = new ProtocolsSection(app.protocols(), app.reviews(), new ImmediateBackgroundTasks());
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1400, 900));
        section.activated();
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextInputControl.class).setText(text));
    }

    private static void date(FxRobot robot, String id, LocalDate value) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(DateField.class).setValue(value));
    }

    private static void press(FxRobot robot, String id) {
        Button button = robot.lookup("#" + id).queryAs(Button.class);
        assertThat(button.isDisabled()).as(id + " is enabled").isFalse();
        robot.interact(button::fire);
    }

    private static void reviewTab(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#reviewTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ListView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TableView.class);
    }

    @Test
    void theMonitoringOfficerImportsReviewsAmendsAndAdoptsAProtocolThenComparesTheVersions(FxRobot robot)
            throws Exception {
        Path file = Files.writeString(dir.resolve("protocol.md"), """
                # Member/Officer Relations Protocol

                ## 1. Purpose

                1.1 This protocol guides how members and officers work together.

                1.2 It sits beside the two codes of conduct. It applies to co-opted members too.

                ## 2. Briefings

                2.1 Other groups may ask for a briefing from the director responsible.
                """);

        // Import with a preview, correcting the split before saving
        robot.interact(() -> section.showTab("importTab"));
        robot.clickOn("#importFile").write(file.toString());
        robot.clickOn("#readImport");
        ListView<Paragraph> preview = list(robot, "importPreview");
        assertThat(preview.getItems()).extracting(Paragraph::number)
                .containsExactly("", "1.", "1.1", "1.2", "2.", "2.1");
        // 1.2 holds two paragraphs: split it where the second starts and number the new one
        robot.interact(() -> preview.getSelectionModel().select(3));
        TextInputControl selected = robot.lookup("#importParagraphText").queryAs(TextInputControl.class);
        robot.interact(() -> selected.positionCaret(selected.getText().indexOf("It applies")));
        press(robot, "splitParagraph");
        robot.interact(() -> preview.getSelectionModel().select(4));
        type(robot, "importNumber", "1.3");
        press(robot, "setNumber");
        assertThat(preview.getItems()).extracting(Paragraph::number, Paragraph::text).containsSubsequence(
                org.assertj.core.groups.Tuple.tuple("1.2", "It sits beside the two codes of conduct."),
                org.assertj.core.groups.Tuple.tuple("1.3", "It applies to co-opted members too."));
        robot.interact(() -> preview.getSelectionModel().select(0));
        assertThat(robot.lookup("#importTitle").queryAs(TextInputControl.class).getText())
                .isEqualTo("Member/Officer Relations Protocol");
        date(robot, "importAdopted", LocalDate.of(2024, 3, 5));
        type(robot, "importAdoptedBy", "Council");
        press(robot, "saveImport");
        ListView<ProtocolVersion> versions = list(robot, "versionList");
        assertThat(versions.getItems()).singleElement().satisfies(v -> {
            assertThat(v.status()).isEqualTo(VersionStatus.ADOPTED);
            assertThat(v.nextReviewOn()).isEqualTo(LocalDate.of(2026, 3, 5));
        });

        // Open a review of the version in force
        robot.interact(() -> section.showTab("reviewTab"));
        press(robot, "openReview");
        assertThat(text(robot, "reviewHeading")).contains("review of version 1 opened 23 Nov 2026")
                .contains("Periodic review").contains("looking back on 5 Mar 2024 to 23 Nov 2026");
        assertThat(table(robot, "evidenceTable").getItems()).isNotEmpty();

        // Propose an amendment
        reviewTab(robot, "amendmentsTab");
        type(robot, "amendNumber", "1.1");
        type(robot, "amendText", "This protocol guides how members and officers work together day to day.");
        type(robot, "amendRationale", "Plainer");
        press(robot, "proposeAmendment");
        assertThat(list(robot, "amendmentList").getItems()).hasSize(1);

        // Record the consultation and the response
        reviewTab(robot, "consultationTab");
        type(robot, "consulteeName", "Priya Raman");
        type(robot, "consulteeTitle", "Head of Democratic Services");
        type(robot, "consulteeOrganisation", "Law and Governance");
        date(robot, "consultSent", TODAY);
        press(robot, "addConsultation");
        TableView<Consultation> consultation = table(robot, "consultationTable");
        assertThat(consultation.getItems()).singleElement()
                .satisfies(c -> assertThat(c.respondBy()).isEqualTo(TODAY.plusDays(14)));
        robot.interact(() -> consultation.getSelectionModel().select(0));
        date(robot, "responseOn", TODAY);
        type(robot, "responseSummary", "Content with the draft.");
        press(robot, "recordResponse");
        assertThat(consultation.getItems().get(0).respondedOn()).isEqualTo(TODAY);

        // Two approval steps, the second amending the draft; a step dated too early is refused
        reviewTab(robot, "approvalTab");
        type(robot, "stepBody", "Standards Committee");
        date(robot, "stepDate", TODAY.minusDays(3));
        robot.interact(() -> robot.lookup("#stepDecision").queryAs(ComboBox.class)
                .setValue(ApprovalDecision.APPROVED));
        press(robot, "addStep");
        assertThat(text(robot, "reviewProblem")).isEqualTo("Meeting date (20 Nov 2026) cannot be before the date the "
                + "review opened (23 Nov 2026).");
        date(robot, "stepDate", TODAY);
        press(robot, "addStep");
        type(robot, "stepBody", "Council");
        robot.interact(() -> robot.lookup("#stepDecision").queryAs(ComboBox.class)
                .setValue(ApprovalDecision.APPROVED_SUBJECT_TO_AMENDMENT));
        type(robot, "stepMinute", "C/26/88");
        press(robot, "addStep");
        TableView<ApprovalStep> steps = table(robot, "stepsTable");
        assertThat(steps.getItems()).extracting(ApprovalStep::body).containsExactly("Standards Committee", "Council");
        robot.interact(() -> steps.getSelectionModel().select(1));
        type(robot, "stepAmendNumber", "2.1");
        type(robot, "stepAmendText", "Other groups, or the members they nominate, may request a briefing from the "
                + "director responsible.");
        type(robot, "stepAmendRationale", "Shadow spokespeople");
        press(robot, "amendAtStep");
        reviewTab(robot, "amendmentsTab");
        assertThat(ProtocolsSectionIT.<ReviewViewModel.AmendmentRow>list(robot, "amendmentList").getItems())
                .extracting(ReviewViewModel.AmendmentRow::madeBy)
                .containsExactly("proposed by Monitoring Officer on 23 Nov 2026", "amended by Council on 23 Nov 2026");

        // Adopt, and see the new version in force
        reviewTab(robot, "approvalTab");
        press(robot, "adoptButton");
        assertThat(text(robot, "reviewStatus")).isEqualTo("Version 2 adopted on 23 Nov 2026 by Council; next review "
                + "23 Nov 2028.");
        assertThat(versions.getItems()).extracting(ProtocolVersion::status)
                .containsExactly(VersionStatus.SUPERSEDED, VersionStatus.ADOPTED);
        robot.interact(() -> section.showTab("textTab"));
        assertThat(ProtocolsSectionIT.<Paragraph>list(robot, "paragraphList").getItems()).extracting(Paragraph::text).contains(
                "This protocol guides how members and officers work together day to day.",
                "Other groups, or the members they nominate, may request a briefing from the director responsible.");

        // Compare the two versions: deleted words struck through, new words in bold
        robot.interact(() -> section.showTab("compareTab"));
        press(robot, "compareButton");
        List<Text> runs = robot.lookup("#comparison").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .flatMap(box -> ((javafx.scene.layout.VBox) box).getChildren().stream())
                .filter(n -> n instanceof TextFlow).flatMap(n -> ((TextFlow) n).getChildren().stream())
                .map(n -> (Text) n).toList();
        assertThat(runs).filteredOn(Text::isStrikethrough).extracting(Text::getText).containsExactly("ask for");
        assertThat(runs).filteredOn(t -> t.getFont().getStyle().toLowerCase().contains("bold"))
                .extracting(Text::getText).containsExactly("day to day", ", or the members they nominate,", "request");
    }
}
