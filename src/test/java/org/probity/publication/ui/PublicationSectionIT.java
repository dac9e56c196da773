package org.probity.publication.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.publication.PublishedRegister;
import org.probity.reports.DemoReports;
import org.probity.publication.PdfText;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PublicationSectionIT {

    @TempDir
    static Path dir;

    private static AppContext app;
    private FxBackgroundTasks tasks;
    private PublicationSection section;

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
        section = new PublicationSection(app.publication(), tasks,
                (owner, name, extension, description) -> Optional.of(dir.resolve(name)));
        stage.setScene(new Scene((javafx.scene.Parent) section.view(), 1280, 860));
        stage.show();
        section.activated();
    }

    @AfterEach
    void stop() {
        tasks.close();
    }

    private void waitUntilIdle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !section.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> headers(TableView<List<String>> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    @Test
    void theClerkChoosesARegisterTicksANameAndSavesTheExtractAsCsvAndPdf(FxRobot robot) throws Exception {
        waitUntilIdle();
        ComboBox<PublishedRegister<?>> register = robot.lookup("#publicationRegister").query();
        robot.clickOn(register);
        robot.clickOn("Register of complaints between members and officers");
        waitUntilIdle();
        assertThat(register.getValue().kind()).isEqualTo("complaints");

        TableView<List<String>> preview = robot.lookup("#previewTable").query();
        TableView<List<String>> counts = robot.lookup("#countTable").query();
        assertThat(preview.getItems()).isNotEmpty();
        assertThat(headers(preview)).contains("Reference", "Category", "Complainant")
                .doesNotContain("Complainant (name)", "Summary");
        assertThat(counts.getItems().get(counts.getItems().size() - 1))
                .containsExactly("Total", Integer.toString(preview.getItems().size()));
        Label warning = robot.lookup("#personalWarning").query();
        assertThat(warning.isVisible()).isFalse();

        robot.clickOn("#column-complainant-name");
        waitUntilIdle();
        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).contains("Personal data is ticked: Complainant (name)");
        assertThat(headers(preview)).endsWith("Complainant (name)");

        robot.clickOn("#publicationSaveCsv");
        waitUntilIdle();
        Path csv = dir.resolve("complaints-2026-01-01-to-2026-12-31.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", headers(preview)));
        assertThat(lines).hasSize(preview.getItems().size() + 1);
        Label status = robot.lookup("#publicationStatus").query();
        assertThat(status.getText()).contains("Saved the extract to " + csv);

        robot.clickOn("#publicationSavePdf");
        waitUntilIdle();
        Path pdf = dir.resolve("complaints-2026-01-01-to-2026-12-31.pdf");
        String text = PdfText.of(pdf);
        String firstComplainant = preview.getItems().get(0).get(headers(preview).size() - 1);
        assertThat(text).contains("Register of complaints between members and officers", firstComplainant,
                "Includes Complainant (name)");
        Label problem = robot.lookup("#publicationProblem").query();
        assertThat(problem.getText()).isEmpty();
    }

    @Test
    void untickingEveryColumnExplainsWhatToDo(FxRobot robot) throws Exception {
        waitUntilIdle();
        for (ColumnChoice c : List.copyOf(section.model().columns())) {
            if (c.tickedProperty().get()) {
                robot.clickOn("#" + c.id());
            }
        }
        waitUntilIdle();
        Label problem = robot.lookup("#publicationProblem").query();
        assertThat(problem.getText()).contains("Tick at least one column");
        TableView<List<String>> preview = robot.lookup("#previewTable").query();
        assertThat(preview.getItems()).isEmpty();
    }
}
