package org.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.audit.persistence.JooqAuditRepository;
import org.probity.storage.Database;
import org.probity.storage.TestDatabases;

class AuditTrailTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-07-01T08:30:00Z"), ZoneId.of("Europe/London"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void keepsWhoWhenAndTheValuesBeforeAndAfterNewestFirst(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AuditTrail audit = new AuditTrail(new JooqAuditRepository(database.session()), CLOCK, () -> "clerk1");
            audit.created("Ward", 7, "Castle", Map.of("Name", "Castle"));
            audit.changed("Ward", 7, "Castle Hill", Map.of("Name", "Castle"), Map.of("Name", "Castle Hill"));
            audit.deleted("Ward", 7, "Castle Hill", Map.of("Name", "Castle Hill"));

            assertThat(audit.history("Ward", 7)).satisfiesExactly(
                    deleted -> {
                        assertThat(deleted.kind()).isEqualTo(AuditKind.DELETED);
                        assertThat(deleted.changes()).containsExactly(new FieldChange("Name", "Castle Hill", ""));
                    },
                    changed -> {
                        assertThat(changed.kind()).isEqualTo(AuditKind.CHANGED);
                        assertThat(changed.user()).isEqualTo("clerk1");
                        assertThat(changed.recordedAt()).isEqualTo(LocalDateTime.of(2026, 7, 1, 9, 30));
                        assertThat(changed.changes()).containsExactly(new FieldChange("Name", "Castle", "Castle Hill"));
                    },
                    created -> assertThat(created.kind()).isEqualTo(AuditKind.CREATED));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aSaveThatChangesNothingWritesNoEntry(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AuditTrail audit = new AuditTrail(new JooqAuditRepository(database.session()), CLOCK, () -> "clerk1");
            audit.changed("Ward", 3, "Abbey", Map.of("Name", "Abbey"), Map.of("Name", "Abbey"));
            assertThat(audit.history("Ward", 3)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aChangeThatFailsLeavesNeitherTheChangeNorItsEntry(TestDatabases.Kind kind) {
        try (Database database = kind.open()) {
            AuditTrail audit = new AuditTrail(new JooqAuditRepository(database.session()), CLOCK, () -> "clerk1");
            assertThatThrownBy(() -> database.session().inTransaction(() -> {
                database.dsl().execute("INSERT INTO ward (name) VALUES ('Marsh')");
                audit.created("Ward", 1, "Marsh", Map.of("Name", "Marsh"));
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");

            assertThat(database.dsl().fetchCount(database.dsl().selectFrom("ward"))).isZero();
            assertThat(audit.recent(10)).isEmpty();
        }
    }
}
