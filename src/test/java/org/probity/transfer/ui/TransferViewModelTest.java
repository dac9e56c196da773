package org.probity.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.storage.TestDatabases;
import org.probity.transfer.PersonKind;
import org.probity.ui.ImmediateBackgroundTasks;

class TransferViewModelTest {

    @TempDir
    Path dir;

    private AppContext app;
    private TransferViewModel model;

    @BeforeEach
    void open() {
        app = new AppContext(TestDatabases.h2(), Optional.empty(),
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London")), "clerk");
        model = new TransferViewModel(app.transfer(), new ImmediateBackgroundTasks());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path officers(String rows) throws Exception {
        Path file = dir.resolve("officers.csv");
        Files.writeString(file, "Staff number,Forenames,Surname,Post,Tier,Directorate\n" + rows);
        return file;
    }

    @Test
    void importIsOnlyOfferedAfterACleanCheckOfTheChosenFile() throws Exception {
        model.kindProperty().set(PersonKind.OFFICERS);
        assertThat(model.canCheckProperty().get()).isFalse();
        model.fileProperty().set(officers("E1,Alex,Smith,Chief Executive,1,Resources\n"));
        assertThat(model.canCheckProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).isFalse();

        model.check();

        assertThat(model.statusProperty().get())
                .isEqualTo("1 officer ready to import (new directorate: Resources).");
        assertThat(model.canImportProperty().get()).isTrue();
        assertThat(app.people().countOfficers()).isZero();

        model.importFile();

        assertThat(model.statusProperty().get()).isEqualTo("Imported 1 officer (1 new directorate).");
        assertThat(app.people().countOfficers()).isEqualTo(1);
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void problemsAreListedByRowAndColumnAndImportStaysUnavailable() throws Exception {
        model.kindProperty().set(PersonKind.OFFICERS);
        model.fileProperty().set(officers("E1,Alex,,Chief Executive,1,\nE2,Sam,Lee,Director,two,\n"));

        model.check();

        assertThat(model.problems()).containsExactly(
                new TransferViewModel.ProblemLine("2", "Surname", "Surname is required."),
                new TransferViewModel.ProblemLine("3", "Tier",
                        "'two' is not a tier; use a number from 1 (Chief Executive) to 9."));
        assertThat(model.statusProperty().get())
                .isEqualTo("2 problems found; nothing can be imported until they are put right.");
        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.canImportProperty().get()).isFalse();
    }

    @Test
    void choosingAnotherListAfterACheckAsksForANewCheck() throws Exception {
        model.kindProperty().set(PersonKind.OFFICERS);
        model.fileProperty().set(officers("E1,Alex,Smith,Chief Executive,1,\n"));
        model.check();
        assertThat(model.canImportProperty().get()).isTrue();

        model.kindProperty().set(PersonKind.MEMBERS);

        assertThat(model.canImportProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).isEqualTo("Check officers.csv before importing it.");
    }

    @Test
    void exportSaysWhereTheListWent() throws Exception {
        model.kindProperty().set(PersonKind.OFFICERS);
        model.fileProperty().set(officers("E1,Alex,Smith,Chief Executive,1,\n"));
        model.check();
        model.importFile();
        Path target = dir.resolve("out.xlsx");

        model.export(target);

        assertThat(target).exists();
        assertThat(model.statusProperty().get()).isEqualTo("Exported 1 officer to " + target + ".");
    }

    @Test
    void aFailedExportIsReportedInsteadOfLost() {
        Path target = dir.resolve("no-such-folder").resolve("members.csv");

        model.export(target);

        assertThat(model.failedProperty().get()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("The folder ").endsWith("choose another place to save"
                + " members.csv.");
        assertThat(model.busyProperty().get()).isFalse();
    }
}
