package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.people.Ward;

/**
 * A disk that fills up during a save: the database writes through {@link FullDiskFilePath}, whose
 * writes fail with the operating system's "No space left on device" once the disk is made full.
 */
class FullDiskTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void emptyTheDisk() {
        FullDiskFilePath.full = false;
    }

    @Test
    void aSaveOnAFullDiskIsRefusedWithAClearMessageAndNothingStoredIsLost() {
        FullDiskFilePath.register();
        String url = "jdbc:h2:fulldisk:" + dataDir.resolve("probity").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
        Database database = Database.open(url, "probity", "");
        AppContext app = new AppContext(database, Optional.empty(), Clock.systemDefaultZone(), "mo");
        app.people().saveWard(new Ward(null, "Castle"));

        FullDiskFilePath.full = true;
        assertThatThrownBy(() -> {
            for (int i = 0; i < 50; i++) {
                // Small saves may fit in space the file already has; keep saving until one must grow it.
                app.people().saveWard(new Ward(null, "Abbey " + i + " " + "x".repeat(150)));
            }
        }).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("The disk is full, so the change could not be saved. Nothing was changed.")
                .hasMessageContaining("Free some space, then close and reopen Probity.");
        FullDiskFilePath.full = false;
        try {
            database.close();
        } catch (RuntimeException ignored) {
            // the database may already have closed itself after the failed write
        }

        try (Database reopened = Database.openEmbedded(dataDir)) {
            assertThat(reopened.dsl().fetch("SELECT name FROM ward").getValues(0, String.class)).contains("Castle");
        }
    }
}
