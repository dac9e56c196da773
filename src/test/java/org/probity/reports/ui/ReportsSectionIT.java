package org.probity.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.reports.DemoReports;
import org.probity.reports.PdfChecks;
import org.probity.reports.ReportKind;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ReportsSectionIT {

    @TempDir
    static Path dir;

    private static AppContext app;
    private FxBackgroundTasks tasks;
    private ReportsSection section;

    /** Loaded before the window opens: the demo authority takes longer than the toolkit waits for a window. */
    @BeforeAll
    static void load() {
        app = DemoReports.loaded();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        section = new ReportsSection(app.reports(), tasks,
                (owner, name, format) -> Optional.of(dir.resolve(name)));
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1280, 860));
        stage.show();
        section.activated();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !section.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClerkFillsTheCoverPreviewsTheAnnualReportAndSavesItAsAPdf(FxRobot robot) throws Exception {
        waitUntilIdle();
        ComboBox<ReportChoice> choice = robot.lookup("#reportChoice").query();
        assertThat(choice.getValue().isAnnual()).isTrue();
        assertThat(section.model().yearProperty().get()).isEqualTo(DemoReports.YEAR);
        assertThat(robot.lookup("#purposeArea").queryAs(TextArea.class).getText())
                .startsWith("To report to the committee on the operation of the Member/Officer Protocol in 2026");

        robot.clickOn("#authorNameField").write("Ruth Okafor");
        robot.clickOn("#authorContactField").write("ruth.okafor@example.gov.uk");
        robot.clickOn("#wardsField");
        robot.interact(() -> robot.lookup("#wardsField").queryAs(TextField.class).setText("None specific"));
        robot.interact(() -> section.model().meetingDateProperty().set(LocalDate.of(2027, 3, 9)));
        robot.clickOn("#saveDraftButton");
        waitUntilIdle();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Draft of the annual report for 2026 saved.");
        assertThat(app.reports().annualDraft(2026).cover().authorName()).isEqualTo("Ruth Okafor");
        assertThat(app.reports().annualDraft(2026).kind()).isEqualTo(ReportKind.ANNUAL);

        robot.clickOn("#previewButton");
        waitUntilIdle();
        VBox pages = robot.lookup("#previewPages").query();
        assertThat(pages.getChildren()).hasSizeGreaterThan(3)
                .allMatch(n -> n instanceof javafx.scene.image.ImageView);
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .matches("Preview of \\d+ pages\\.");

        robot.clickOn("#savePdfButton");
        waitUntilIdle();
        Path saved = dir.resolve("Annual report 2026 (open).pdf");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Saved Annual report 2026 (open).pdf (PDF document).");
        assertThat(Files.size(saved)).isGreaterThan(10_000);
        try (var pdf = Loader.loadPDF(saved.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages.getChildren().size());
        }
        assertThat(PdfChecks.text(Files.readAllBytes(saved)).replaceAll("\\s+", " "))
                .contains("9 Mar 2027", "Ruth Okafor", "ruth.okafor@example.gov.uk", "None specific");
    }

    @Test
    void theClerkChoosesAProtocolReviewAndSavesItsReport(FxRobot robot) throws Exception {
        waitUntilIdle();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> section.model().choices().stream()
                .anyMatch(ReportChoice::isReview));
        ComboBox<ReportChoice> choice = robot.lookup("#reportChoice").query();
        ReportChoice review = choice.getItems().stream().filter(ReportChoice::isReview).findFirst().orElseThrow();
        assertThat(review.label()).startsWith("Protocol review report: Member/Officer Relations Protocol, review of "
                + "version 2 opened");
        robot.interact(() -> choice.setValue(review));
        waitUntilIdle();
        TextArea recommendations = robot.lookup("#recommendationsArea").queryAs(TextArea.class);
        assertThat(robot.lookup("#purposeArea").queryAs(TextArea.class).getText())
                .as("the review's own narrative, not the annual report's").startsWith("To report the review of the");
        robot.interact(() -> recommendations.setText("That the committee approves the draft for consultation with "
                + "the recognised trade unions."));
        robot.clickOn("#saveDraftButton");
        waitUntilIdle();
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Draft of the protocol review report saved.");

        robot.clickOn("#savePdfButton");
        waitUntilIdle();
        Path saved = dir.resolve("Protocol review report (open).pdf");
        assertThat(robot.lookup("#statusLabel").queryAs(Label.class).getText())
                .isEqualTo("Saved Protocol review report (open).pdf (PDF document).");
        assertThat(PdfChecks.text(Files.readAllBytes(saved)).replaceAll("\\s+", " "))
                .contains("Review of the Member/Officer Relations Protocol", "Approval route so far",
                        "Draft Member/Officer Relations Protocol as amended",
                        "approves the draft for consultation with the recognised trade unions");
    }
}
