package org.probity.backup.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.probity.backup.BackupFile;
import org.probity.backup.BackupService;
import org.probity.backup.Restore;
import org.probity.common.UkDates;
import org.probity.ui.BackgroundTasks;

/** The state of Settings › Backups. Every file operation runs in the background. */
public final class BackupsViewModel {

    private final BackupService backups;
    private final Path dataDir;
    private final BackgroundTasks tasks;
    private final ObservableList<BackupFile> list = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public BackupsViewModel(BackupService backups, Path dataDir, BackgroundTasks tasks) {
        this.backups = backups;
        this.dataDir = dataDir;
        this.tasks = tasks;
    }

    public ObservableList<BackupFile> backups() {
        return list;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What will be restored at the next start, if anything. */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record Loaded(String folder, List<BackupFile> backups, Optional<Path> pending) {
    }

    public void refresh() {
        tasks.run("Reading the backups", () -> new Loaded(backups.folder().toString(), backups.backups(),
                Restore.pending(dataDir)), loaded -> {
                    folder.set(loaded.folder());
                    list.setAll(loaded.backups());
                    pending.set(loaded.pending().map(p -> p.getFileName() + " will be restored when Probity next"
                            + " starts.").orElse(""));
                }, failure -> status.set(failure.getMessage()));
    }

    public void backUpNow() {
        busy.set(true);
        status.set("Taking a backup…");
        tasks.run("Taking a backup", backups::backUp, taken -> {
            busy.set(false);
            status.set("Backup taken and checked: " + taken.name() + ".");
            refresh();
        }, failure -> {
            busy.set(false);
            status.set(failure.getMessage());
        });
    }

    /** Restoring replaces the open database, which cannot happen under it: it is done at the next start. */
    public void restoreAtNextStart(BackupFile backup) {
        if (backup == null) {
            status.set("Choose the backup to restore.");
            return;
        }
        tasks.run("Arranging the restore", () -> {
            Restore.schedule(dataDir, backup.path());
            return backup;
        }, chosen -> {
            status.set("The backup of " + describe(chosen) + " will be restored when Probity next starts: close"
                    + " Probity and open it again. The database as it is now will be kept beside it.");
            refresh();
        }, failure -> status.set(failure.getMessage()));
    }

    public void cancelRestore() {
        tasks.run("Cancelling the restore", () -> {
            Restore.cancelPending(dataDir);
            return true;
        }, done -> {
            status.set("The restore has been cancelled.");
            refresh();
        }, failure -> status.set(failure.getMessage()));
    }

    public static String describe(BackupFile backup) {
        return UkDates.display(backup.takenAt().toLocalDate()) + " " + backup.takenAt().toLocalTime().withNano(0)
                .withSecond(0);
    }
}
