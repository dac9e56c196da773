package org.probity.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.backup.Restore;
import org.probity.people.Ward;
import org.probity.ui.ImmediateBackgroundTasks;

class BackupsViewModelTest {

    @TempDir
    Path dataDir;

    @Test
    void aBackupTakenNowIsListedAndAChosenOneIsRestoredAtTheNextStart() {
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            context.people().saveWard(new Ward(null, "Castle"));
            BackupsViewModel model = new BackupsViewModel(context.backups().orElseThrow(), dataDir,
                    new ImmediateBackgroundTasks());
            model.refresh();
            assertThat(model.backups()).isEmpty();
            assertThat(model.folderProperty().get()).isEqualTo(dataDir.resolve("backups").toString());

            model.backUpNow();

            assertThat(model.backups()).hasSize(1);
            assertThat(model.statusProperty().get()).startsWith("Backup taken and checked: probity-");

            model.restoreAtNextStart(model.backups().get(0));

            assertThat(model.statusProperty().get()).contains("will be restored when Probity next starts");
            assertThat(model.pendingProperty().get()).endsWith("will be restored when Probity next starts.");
            assertThat(Restore.pending(dataDir)).contains(model.backups().get(0).path());

            model.cancelRestore();

            assertThat(model.pendingProperty().get()).isEmpty();
            assertThat(Restore.pending(dataDir)).isEmpty();
        }
    }
}
