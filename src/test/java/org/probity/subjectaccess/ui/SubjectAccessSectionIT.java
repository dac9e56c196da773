package org.probity.subjectaccess.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.people.Member;
import org.probity.relationships.Declaration;
import org.probity.reports.DemoReports;
import org.probity.subjectaccess.SubjectMatch;
import org.probity.ui.FxBackgroundTasks;
import org.probity.ui.HistoryViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SubjectAccessSectionIT {

    @TempDir
    static Path dir;

    private static AppContext app;
    private static Member member;
    private FxBackgroundTasks tasks;
    private SubjectAccessSection section;

    /** Loaded before the window opens: the demo authority takes longer than the toolkit waits for a window. */
    @BeforeAll
    static void load() {
        app = DemoReports.loaded();
        Declaration first = app.relationships().declarations().stream().filter(d -> d.partyA().isMember())
                .findFirst().orElseThrow();
        member = app.people().member(first.partyA().id()).orElseThrow();
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        section = new SubjectAccessSection(app.subjectAccess(), tasks,
                (owner, name) -> Optional.of(dir.resolve(name)));
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
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !section.model().busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOfficerPicksAMemberChoosesANameToDiscloseAndExportsTheZip(FxRobot robot) throws Exception {
        String name = member.forenames() + " " + member.surname();
        robot.clickOn("#subjectSearchField").write(name);
        robot.clickOn("#subjectSearchButton");
        waitUntilIdle();

        ListView<SubjectMatch> matches = robot.lookup("#subjectMatches").query();
        SubjectMatch match = matches.getItems().stream().filter(m -> m.subject().kind().name().equals("MEMBER")
                && m.subject().id() == member.id()).findFirst().orElseThrow();
        assertThat(match.appearances()).contains("declaration");
        robot.interact(() -> matches.getSelectionModel().select(match));
        waitUntilIdle();

        Label held = robot.lookup("#heldSummary").query();
        assertThat(held.getText()).startsWith(member.displayName() + ": ").contains("records");
        List<CheckBox> boxes = new ArrayList<>(robot.lookup(".disclose-box").queryAllAs(CheckBox.class));
        assertThat(boxes).isNotEmpty().allSatisfy(b -> assertThat(b.isSelected()).isFalse());
        CheckBox changedMind = boxes.get(0);
        robot.clickOn(changedMind);
        assertThat(changedMind.isSelected()).isTrue();
        robot.clickOn(changedMind);
        assertThat(changedMind.isSelected()).isFalse();
        CheckBox disclosed = boxes.get(Math.min(1, boxes.size() - 1));
        robot.clickOn(disclosed);
        String disclosedName = (String) disclosed.getUserData();

        robot.clickOn("#exportButton");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> section.model().lastExportProperty().get() != null);
        waitUntilIdle();

        Label confirmation = robot.lookup("#exportConfirmation").query();
        assertThat(confirmation.getText()).startsWith("Wrote ").contains("about " + member.displayName())
                .contains("disclosed: " + disclosedName);
        ListView<String> entries = robot.lookup("#exportEntries").query();
        assertThat(entries.getItems()).contains("README.txt", "summary.pdf", "records/declarations.csv",
                "records/records.json");
        Path zip = section.model().lastExportProperty().get().file();
        assertThat(zip.getParent()).isEqualTo(dir.toAbsolutePath().normalize());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(java.util.zip.ZipEntry::getName).toList())
                    .containsExactlyElementsOf(entries.getItems());
            String json = new String(file.getInputStream(file.getEntry("records/records.json")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertThat(json).contains(disclosedName);
            if (!changedMind.getUserData().equals(disclosedName)) {
                assertThat(json).doesNotContain((String) changedMind.getUserData());
            }
        }
        TableView<HistoryViewModel.Row> history = robot.lookup("#exportHistory #historyTable").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !history.getItems().isEmpty());
        assertThat(history.getItems().get(0).what()).isEqualTo("Created Subject access export for "
                + member.displayName());
        assertThat(history.getItems()).anySatisfy(row -> assertThat(row.field()).isEqualTo("Names disclosed"))
                .anySatisfy(row -> assertThat(row.after()).isEqualTo(disclosedName));
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
    }

    @Test
    void tooShortASearchSaysWhatToType(FxRobot robot) throws Exception {
        robot.clickOn("#subjectSearchField").write("a");
        robot.clickOn("#subjectSearchButton");
        waitUntilIdle();
        Label problem = robot.lookup("#subjectAccessProblem").query();
        assertThat(problem.getText()).contains("at least two letters");
        assertThat(robot.lookup("#exportButton").queryButton().isDisabled()).isTrue();
        TextField field = robot.lookup("#subjectSearchField").query();
        assertThat(field.getText()).isEqualTo("a");
    }
}
