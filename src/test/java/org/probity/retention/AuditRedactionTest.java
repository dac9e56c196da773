package org.probity.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.audit.AuditTrail;
import org.probity.audit.IntegrityCheck;
import org.probity.audit.persistence.JooqAuditRepository;
import org.probity.storage.Database;
import org.probity.storage.StorageException;
import org.probity.storage.TableScan;
import org.probity.storage.TestDatabases;

/** Redacting a record's audit entries keeps the sealed chain verifiable, and still catches later changes. */
class AuditRedactionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T08:30:00Z"), ZoneId.of("Europe/London"));

    private static IntegrityCheck check(Database database) {
        return new IntegrityCheck(new JooqAuditRepository(database.session()),
                new TableScan(database.dataSource())::problems, CLOCK);
    }

    /** Two entries for complaint 7 between entries for other records. */
    private static AuditTrail trail(Database database) {
        AuditTrail audit = new AuditTrail(new JooqAuditRepository(database.session()), CLOCK, () -> "clerk1");
        audit.created("Ward", 1, "Castle", Map.of("Name", "Castle"));
        audit.created("Complaint", 7, "CMP-2026-0007", Map.of("Complainant", "Cllr Ann Green", "Summary", "Shouted"));
        audit.created("Ward", 2, "Abbey", Map.of("Name", "Abbey"));
        audit.changed("Complaint", 7, "CMP-2026-0007", Map.of("Summary", "Shouted"), Map.of("Summary", "Swore"));
        audit.created("Ward", 3, "Mill", Map.of("Name", "Mill"));
        return audit;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void redactedEntriesKeepTheirPlaceAndLaterEntriesStillFollow(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AuditTrail audit = trail(database);
            List<String> sealsBefore = database.dsl().fetch("SELECT entry_hash FROM audit_entry ORDER BY id")
                    .getValues(0, String.class);

            assertThat(audit.redact("Complaint", 7, 41)).isEqualTo(2);
            audit.created("Ward", 4, "Quay", Map.of("Name", "Quay"));

            assertThat(database.dsl().fetch("SELECT entry_hash FROM audit_entry ORDER BY id")
                    .getValues(0, String.class)).startsWith(sealsBefore.toArray(String[]::new));
            assertThat(audit.history("Complaint", 7)).allSatisfy(e -> {
                assertThat(e.recordLabel()).isEqualTo("CMP-2026-0007");
                assertThat(e.before().values()).allMatch("(removed at disposal)"::equals);
                assertThat(e.after().values()).allMatch("(removed at disposal)"::equals);
            });
            assertThat(audit.history("Ward", 2)).singleElement()
                    .satisfies(e -> assertThat(e.after()).containsEntry("Name", "Abbey"));
            assertThat(check(database).check().passed()).isTrue();
            assertThat(audit.redact("Complaint", 7, 42)).as("already redacted").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRedactedEntryChangedOrClaimedForAnotherDisposalIsFound(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            trail(database).redact("Complaint", 7, 41);

            database.dsl().execute("UPDATE audit_entry SET redacted_by = 40 WHERE redacted_by = 41");

            assertThat(check(database).check().findings()).singleElement().asString()
                    .contains("Complaint 7").contains("when a disposal removed its personal values");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anEntryAlreadyTamperedWithIsNeverResealedByARedaction(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AuditTrail audit = trail(database);
            database.dsl().execute("UPDATE audit_entry SET user_name = 'someone else' WHERE record_type = 'Complaint'");

            assertThatThrownBy(() -> audit.redact("Complaint", 7, 41)).isInstanceOf(StorageException.class)
                    .hasMessageContaining("does not match its seal").hasMessageContaining("Nothing was disposed of");
            assertThat(database.dsl().fetchCount(database.dsl().selectFrom("audit_entry")
                    .where("redacted_by IS NOT NULL"))).isZero();
        }
    }
}
