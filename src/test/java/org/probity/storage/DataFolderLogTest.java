package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DataFolderLogTest {

    @TempDir
    Path dataDir;

    @Test
    void anUnexpectedErrorIsLoggedInTheDataFolderUnderItsReferenceWithoutWhatItsMessageQuoted() throws IOException {
        DataFolderLog.start(dataDir);
        RuntimeException error = new IllegalStateException("Complaint by Jane Smith about Cllr Brown",
                new IllegalArgumentException("Smith, Jane"));

        String reference = DataFolderLog.unexpected(LoggerFactory.getLogger("org.probity.test"), "the Today screen",
                error);

        assertThat(reference).matches("PRB-\\d{6}-\\d{4}-[0-9A-F]{4}");
        String log = Files.readString(DataFolderLog.file(dataDir), StandardCharsets.UTF_8);
        assertThat(log).contains("Unexpected error " + reference + " in the Today screen")
                .contains("java.lang.IllegalStateException")
                .contains("Caused by: java.lang.IllegalArgumentException")
                .contains("at org.probity.storage.DataFolderLogTest")
                .doesNotContain("Jane").doesNotContain("Smith").doesNotContain("Brown");
    }
}
