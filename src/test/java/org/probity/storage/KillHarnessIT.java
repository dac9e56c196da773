package org.probity.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KillHarnessIT {

    @TempDir
    Path dataDir;

    @Test
    void everySaveReportedBeforeASigkillIsThereAfterwardsAndTheFileAlwaysOpens() throws Exception {
        KillHarness.Result result = new KillHarness(dataDir, 20261123L, 1500).run(20);

        System.out.println("Kill harness: " + result);
        assertThat(result.reportedSaves()).as("the writer got far enough to save records").isGreaterThan(100);
        assertThat(result.failedOpens()).as("openings that failed").isZero();
        assertThat(result.missing()).as("saves reported but lost").isZero();
    }
}
