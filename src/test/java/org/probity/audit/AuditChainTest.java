package org.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.audit.persistence.JooqAuditRepository;
import org.probity.storage.Database;
import org.probity.storage.TableScan;
import org.probity.storage.TestDatabases;

class AuditChainTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T08:30:00.123456789Z"),
            ZoneId.of("Europe/London"));

    private static IntegrityCheck check(Database database) {
        return new IntegrityCheck(new JooqAuditRepository(database.session()),
                new TableScan(database.dataSource())::problems, CLOCK);
    }

    private static void writeThree(Database database) {
        AuditTrail audit = new AuditTrail(new JooqAuditRepository(database.session()), CLOCK, () -> "clerk1");
        audit.created("Ward", 7, "Castle", Map.of("Name", "Castle"));
        audit.changed("Ward", 7, "Castle Hill", Map.of("Name", "Castle"), Map.of("Name", "Castle Hill"));
        audit.created("Ward", 8, "Abbey", Map.of("Name", "Abbey"));
    }

    private static long idOfEntry(Database database, int nth) {
        return database.dsl().fetch("SELECT id FROM audit_entry ORDER BY id").getValues(0, Long.class).get(nth - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anUntouchedTrailPasses(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            writeThree(database);

            IntegrityReport report = check(database).check();

            assertThat(report.passed()).isTrue();
            assertThat(report.findings()).containsExactly(
                    "The database was read in full and all 3 audit entries match their seals.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anEntryChangedBySqlIsNamed(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            writeThree(database);
            long second = idOfEntry(database, 2);
            database.dsl().execute("UPDATE audit_entry SET user_name = 'someone else' WHERE id = " + second);

            IntegrityReport report = check(database).check();

            assertThat(report.passed()).isFalse();
            assertThat(report.chainBreak()).get().extracting(ChainBreak::entryId).isEqualTo(second);
            assertThat(report.findings()).singleElement().asString()
                    .startsWith("Audit entry " + second + " (Ward 7, changed by someone else")
                    .endsWith("does not match its seal: it was changed outside Probity.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRemovedEntryIsFoundAtTheOneAfterIt(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            writeThree(database);
            long first = idOfEntry(database, 1);
            long second = idOfEntry(database, 2);
            database.dsl().execute("DELETE FROM audit_entry WHERE id = " + first);

            assertThat(check(database).check().chainBreak()).get().extracting(ChainBreak::entryId).isEqualTo(second);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void removingTheNewestEntryIsFoundToo(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            writeThree(database);
            database.dsl().execute("DELETE FROM audit_entry WHERE id = " + idOfEntry(database, 3));

            IntegrityReport report = check(database).check();

            assertThat(report.passed()).isFalse();
            assertThat(report.findings()).singleElement().asString().contains("newest audit entries have been removed");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void entriesWrittenBeforeTheTrailWasSealedJoinTheChain(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            database.dsl().execute("INSERT INTO audit_entry (recorded_at, user_name, record_type, record_id, "
                    + "record_label, change_kind) VALUES (TIMESTAMP '2025-01-02 10:00:00', 'mo', 'Ward', '1', 'Old', "
                    + "'CREATED')");
            writeThree(database);

            IntegrityReport report = check(database).check();

            assertThat(report.passed()).isTrue();
            assertThat(report.entriesChecked()).isEqualTo(4);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aWeeklyCheckRunsOnceAWeekAndItsFindingStaysUntilTheNextRun(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            writeThree(database);
            IntegrityCheck weekly = check(database);
            assertThat(weekly.checkIfDue()).isPresent();
            database.dsl().execute("UPDATE audit_entry SET record_label = 'x' WHERE id = " + idOfEntry(database, 1));

            assertThat(weekly.checkIfDue()).as("checked already this week").isEmpty();
            assertThat(weekly.lastProblem()).isEmpty();
            assertThat(new IntegrityDueItems(weekly).dueItems(java.time.LocalDate.of(2026, 7, 1),
                    java.time.LocalDate.of(2026, 7, 14))).isEmpty();

            weekly.check();
            assertThat(check(database).lastProblem()).get().asString().contains("does not match its seal");
            assertThat(new IntegrityDueItems(check(database)).dueItems(java.time.LocalDate.of(2026, 7, 1),
                    java.time.LocalDate.of(2026, 7, 14))).singleElement()
                    .satisfies(item -> assertThat(item.what()).startsWith("The weekly check of the database found"));
        }
    }

    @org.junit.jupiter.api.Test
    void theSealCoversEveryFieldAndTheOrder() {
        String a = AuditChain.seal("", List.of("x", "y"));
        assertThat(AuditChain.seal("", List.of("xy", ""))).isNotEqualTo(a);
        assertThat(AuditChain.seal("0", List.of("x", "y"))).isNotEqualTo(a);
        assertThat(a).hasSize(64);
    }
}
