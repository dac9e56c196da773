package org.probity.attachments.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.audit.FieldChange;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class AttachmentsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path folder;

    private AppContext app;
    private final List<Path> opened = new ArrayList<>();
    private int changes;
    private AttachmentsViewModel model;

    @BeforeEach
    void start() throws IOException {
        app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "mo.test");
        model = new AttachmentsViewModel(app.attachments(), new ImmediateBackgroundTasks(), opened::add,
                new TemporaryCopies(Files.createDirectories(folder.resolve("temp"))));
        model.setOnChanged(() -> changes++);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Path file(String name, int size) throws IOException {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void aRecordNotYetSavedCannotTakeFiles() {
        model.show("Declaration", null);

        assertThat(model.readyProperty().get()).isFalse();
        assertThat(model.canAddBinding().get()).isFalse();
        assertThat(model.placeholderProperty().get()).isEqualTo("Save the record first, then attach files to it.");
    }

    @Test
    void addingAFileListsItWithItsSizeDateAndWhoAddedIt() throws IOException {
        model.show("Declaration", 7L);
        assertThat(model.placeholderProperty().get()).startsWith("No files are attached.")
                .contains("up to 50 MB");

        model.add(file("letter.pdf", 86_000), "Written notification");

        assertThat(model.rows()).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("letter.pdf");
            assertThat(row.size()).isEqualTo("84 KB");
            assertThat(row.added()).isEqualTo("23 Nov 2026");
            assertThat(row.addedBy()).isEqualTo("mo.test");
            assertThat(row.note()).isEqualTo("Written notification");
        });
        assertThat(model.selectedProperty().get().name()).isEqualTo("letter.pdf");
        assertThat(model.messageProperty().get()).isEqualTo("letter.pdf attached (84 KB).");
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void anEmptyFileIsRefusedWithItsName() throws IOException {
        model.show("Declaration", 7L);

        model.add(Files.createFile(folder.resolve("blank.docx")), null);

        assertThat(model.errorTextProperty().get()).contains("blank.docx").contains("empty");
        assertThat(model.rows()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(changes).isZero();
    }

    @Test
    void openingHandsTheDesktopACopyUnderItsOwnName() throws IOException {
        Path original = file("advice.docx", 3_000);
        model.show("Declaration", 7L);
        model.add(original, null);

        model.open();

        assertThat(opened).singleElement().satisfies(copy -> {
            assertThat(copy.getFileName().toString()).isEqualTo("advice.docx");
            assertThat(Files.mismatch(copy, original)).isEqualTo(-1L);
        });
        assertThat(model.messageProperty().get()).startsWith("advice.docx opened.");
    }

    @Test
    void whenNoProgramCanOpenItTheUserIsToldToSaveACopy() throws IOException {
        AttachmentsViewModel failing = new AttachmentsViewModel(app.attachments(), new ImmediateBackgroundTasks(),
                file -> {
                    throw new IOException("No application is associated with the file");
                }, new TemporaryCopies(folder));
        failing.show("Declaration", 7L);
        failing.add(file("minutes.odt", 500), null);

        failing.open();

        assertThat(failing.errorTextProperty().get()).contains("minutes.odt could not be opened")
                .contains("Save a copy");
    }

    @Test
    void savingACopyWritesTheFileWhereTheUserChose() throws IOException {
        Path original = file("letter.pdf", 2_000);
        model.show("Declaration", 7L);
        model.add(original, null);
        Path target = folder.resolve("letter copy.pdf");

        model.saveCopy(target);

        assertThat(Files.mismatch(original, target)).isEqualTo(-1L);
        assertThat(model.messageProperty().get()).isEqualTo("A copy of letter.pdf was saved as " + target + ".");
    }

    @Test
    void removingNeedsAReasonWhichGoesIntoTheRecordsHistory() throws IOException {
        model.show("Declaration", 7L);
        model.add(file("letter.pdf", 2_000), null);
        assertThat(model.removalQuestion()).startsWith("Remove letter.pdf (2 KB) from this record?");

        model.remove("  ");
        assertThat(model.errorTextProperty().get()).contains("Give a reason");
        assertThat(model.rows()).hasSize(1);

        model.remove("Attached to the wrong declaration");

        assertThat(model.rows()).isEmpty();
        assertThat(model.messageProperty().get()).startsWith("letter.pdf removed.");
        assertThat(changes).isEqualTo(2);
        assertThat(app.audit().history("Declaration", 7).get(0).changes())
                .contains(new FieldChange("Reason for removal", "", "Attached to the wrong declaration"));
    }

    @Test
    void showingAnotherRecordListsOnlyItsFiles() throws IOException {
        model.show("Declaration", 7L);
        model.add(file("one.pdf", 100), null);
        model.show("Declaration", 8L);
        model.add(file("two.pdf", 200), null);

        model.show("Declaration", 7L);

        assertThat(model.rows()).extracting(AttachmentsViewModel.Row::name).containsExactly("one.pdf");
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.messageProperty().get()).isEmpty();
    }
}
