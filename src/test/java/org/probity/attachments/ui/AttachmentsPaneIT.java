package org.probity.attachments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.storage.TestDatabases;
import org.probity.ui.FxBackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AttachmentsPaneIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path folder;

    private AppContext app;
    private FxBackgroundTasks tasks;
    private AttachmentsViewModel model;
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private Path letter;
    private Path savedCopy;

    /** Answers the pane's questions as a user would: this file, this folder, this reason. */
    private final class ScriptedDialogs implements AttachmentDialogs {
        @Override
        public Optional<FileToAttach> chooseFileToAttach(Window owner, String limitText) {
            return Optional.of(new FileToAttach(letter, "Written notification"));
        }

        @Override
        public Optional<Path> chooseWhereToSave(Window owner, String suggestedName) {
            return Optional.of(savedCopy.resolveSibling(suggestedName));
        }

        @Override
        public Optional<String> askRemovalReason(Window owner, String question) {
            return Optional.of("Attached to the wrong declaration");
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        byte[] bytes = new byte[86_000];
        new Random(1).nextBytes(bytes);
        letter = Files.write(folder.resolve("letter.pdf"), bytes);
        savedCopy = Files.createDirectories(folder.resolve("saved")).resolve("letter.pdf");
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "clerk");
        tasks = new FxBackgroundTasks();
        model = new AttachmentsViewModel(app.attachments(), tasks, opened::add,
                new TemporaryCopies(Files.createDirectories(folder.resolve("temp"))));
        stage.setScene(new Scene(new AttachmentsPane(model, new ScriptedDialogs()), 800, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
        app.close();
    }

    @Test
    void aFileIsAttachedOpenedSavedAndRemovedFromThePane(FxRobot robot) throws Exception {
        Button add = robot.lookup("#addAttachment").queryButton();
        assertThat(add.isDisabled()).as("no record shown yet").isTrue();

        robot.interact(() -> model.show("Declaration", 7L));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !add.isDisabled());
        robot.clickOn(add);

        TableView<?> table = robot.lookup("#attachmentsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("letter.pdf").tryQuery()).isPresent();
        assertThat(robot.lookup("84 KB").tryQuery()).isPresent();
        assertThat(robot.lookup("23 Nov 2026").tryQuery()).isPresent();
        assertThat(robot.lookup("#attachmentsMessage").queryLabeled().getText())
                .isEqualTo("letter.pdf attached (84 KB).");

        robot.clickOn("#openAttachment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertThat(Files.mismatch(opened.get(0), letter)).isEqualTo(-1L);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#saveAttachment").queryButton().isDisabled());
        robot.clickOn("#saveAttachment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(savedCopy));
        assertThat(Files.mismatch(savedCopy, letter)).isEqualTo(-1L);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#removeAttachment").queryButton().isDisabled());
        robot.clickOn("#removeAttachment");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#attachmentsMessage").queryLabeled().getText()).startsWith("letter.pdf removed.");
        assertThat(robot.lookup("#removeAttachment").queryButton().isDisabled()).isTrue();
    }
}
