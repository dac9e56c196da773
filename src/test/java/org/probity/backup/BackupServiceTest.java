package org.probity.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.cli.Launcher;
import org.probity.people.Ward;
import org.probity.storage.DamagedDatabaseException;
import org.probity.storage.Database;
import org.probity.storage.DatabaseInUseException;

class BackupServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dataDir;

    private void saveWards(String... names) {
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            for (String name : names) {
                context.people().saveWard(new Ward(null, name));
            }
        }
    }

    private List<String> wardNames() {
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            return context.people().wards().stream().map(Ward::name).sorted().toList();
        }
    }

    @Test
    void aBackupIsCheckedAndRestoringItKeepsTheCurrentDatabaseAside() throws IOException {
        saveWards("Castle", "Abbey");
        BackupFile backup;
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            backup = context.backups().orElseThrow().backUp();
            assertThat(backup.path()).hasParent(dataDir.resolve("backups")).isRegularFile();
            assertThat(BackupCheck.check(backup.path(), Optional.empty())).isEqualTo(2);
            assertThatThrownBy(() -> Restore.restore(dataDir, backup.path(), Optional.empty(),
                    Restore.Reason.BY_REQUEST, CLOCK))
                    .as("never swapped under an open Probity").isInstanceOf(DatabaseInUseException.class);
        }
        saveWards("Priory");
        String replaced = sha256(Database.file(dataDir));

        Restore.Result result = Restore.restore(dataDir, backup.path(), Optional.empty(), Restore.Reason.BY_REQUEST,
                CLOCK);

        assertThat(wardNames()).containsExactly("Abbey", "Castle");
        assertThat(result.keptAside()).get().satisfies(aside -> {
            assertThat(aside.getFileName().toString()).startsWith("probity-before-restore-");
            assertThat(sha256(aside)).isEqualTo(replaced);
        });
    }

    @Test
    void aDamagedBackupIsRefusedBeforeAnythingIsTouched() throws IOException {
        saveWards("Castle");
        Path fake = dataDir.resolve("not-a-backup.zip");
        byte[] noise = new byte[4096];
        new Random(5).nextBytes(noise);
        Files.write(fake, noise);
        String before = sha256(Database.file(dataDir));

        assertThatThrownBy(() -> Restore.restore(dataDir, fake, Optional.empty(), Restore.Reason.BY_REQUEST, CLOCK))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not a readable backup");

        assertThat(sha256(Database.file(dataDir))).isEqualTo(before);
        assertThat(wardNames()).containsExactly("Castle");
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheLatestGoodBackupAndKeptAside() throws IOException {
        saveWards("Castle");
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            context.backups().orElseThrow().backUpTo(dataDir.resolve("backups").resolve("probity-20261122-090000.zip"));
        }
        byte[] whole = Files.readAllBytes(Database.file(dataDir));
        Files.write(Database.file(dataDir), java.util.Arrays.copyOf(whole, 10_000));
        String damaged = sha256(Database.file(dataDir));
        assertThatThrownBy(() -> Database.openEmbedded(dataDir)).isInstanceOf(DamagedDatabaseException.class);

        BackupFile latest = BackupService.latestGood(new BackupSettings(dataDir).folder(), Optional.empty())
                .orElseThrow();
        Restore.Result result = Restore.restore(dataDir, latest.path(), Optional.empty(), Restore.Reason.DAMAGED,
                CLOCK);

        assertThat(wardNames()).containsExactly("Castle");
        assertThat(result.keptAside()).get().satisfies(aside -> {
            assertThat(aside.getFileName().toString()).startsWith("probity-damaged-");
            assertThat(sha256(aside)).as("the damaged file, byte for byte").isEqualTo(damaged);
        });
    }

    @Test
    void aRestoreChosenInTheWindowIsDoneAtTheNextStart() {
        saveWards("Castle");
        Path backup;
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            backup = context.backups().orElseThrow().backUp().path();
            context.people().saveWard(new Ward(null, "Abbey"));
            Restore.schedule(dataDir, backup);
        }
        assertThat(Restore.pending(dataDir)).contains(backup.toAbsolutePath());

        assertThat(Restore.applyPending(dataDir, Optional.empty(), CLOCK)).isPresent();

        assertThat(Restore.pending(dataDir)).isEmpty();
        assertThat(wardNames()).containsExactly("Castle");
    }

    @Test
    void theCommandLineBacksUpAndRestores() {
        saveWards("Castle");
        Path out = dataDir.resolveSibling(dataDir.getFileName() + "-copy.zip");
        StringWriter text = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.run(new String[] {"--data-dir", dataDir.toString(), "backup", "--out", out.toString()},
                new PrintWriter(text, true), new PrintWriter(err, true), d -> { });
        assertThat(code).as(err.toString()).isZero();
        assertThat(text.toString()).contains("Backup written and checked: " + out);
        saveWards("Abbey");

        code = Launcher.run(new String[] {"--data-dir", dataDir.toString(), "restore", out.toString()},
                new PrintWriter(text, true), new PrintWriter(err, true), d -> { });

        assertThat(code).as(err.toString()).isZero();
        assertThat(text.toString()).contains("Restored the database from " + out)
                .contains("The database it replaced is kept as");
        assertThat(wardNames()).containsExactly("Castle");
    }

    @Test
    void automaticBackupsAreThinnedToSevenDailyFiveWeeklyAndTwelveMonthly() {
        List<BackupFile> daily = new ArrayList<>();
        LocalDateTime newest = LocalDateTime.of(2026, 11, 23, 17, 0);
        for (int day = 0; day < 500; day++) {
            for (int hour : new int[] {9, 17}) {
                LocalDateTime at = newest.minusDays(day).withHour(hour);
                daily.add(new BackupFile(Path.of("probity-" + BackupService.STAMP.format(at) + ".zip"), at, 1, true));
            }
        }
        BackupFile byHand = new BackupFile(Path.of("before-training.zip"), newest.minusYears(3), 1, false);
        daily.add(byHand);

        Set<BackupFile> keep = Rotation.keep(daily);

        assertThat(keep).hasSizeBetween(12, 7 + 5 + 12).doesNotContain(byHand)
                .contains(daily.get(1))
                .noneMatch(b -> b.takenAt().getHour() == 9)
                .allMatch(b -> b.takenAt().isAfter(newest.minusMonths(12)));
        assertThat(keep.stream().filter(b -> b.takenAt().isAfter(newest.minusDays(7)))).hasSize(7);
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
