package org.probity.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.relationships.ConflictFlag;
import org.probity.relationships.ConflictRule;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.DeclarationStatus;
import org.probity.storage.TestDatabases;

class DemoDeclarationsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static AppContext loaded(TestDatabases.Kind kind, long seed) {
        AppContext app = new AppContext(kind.open(), Optional.empty(), CLOCK, "demo.test");
        new DemoAuthority(app.people(), app.database().session(), CLOCK).load(seed, DemoScale.SMALL);
        new DemoDeclarations(app.relationships(), app.people(), app.database().session(), CLOCK)
                .load(seed, DemoScale.SMALL);
        return app;
    }

    /** The register as a user reads it: references, names, kinds, dates, decisions, actions, no ids. */
    private static List<String> lines(DeclarationService register) {
        return register.declarations().stream().map(d -> register.values(d).toString()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theSameSeedGivesTheSameRegister(TestDatabases.Kind kind) {
        try (AppContext first = loaded(kind, 5); AppContext second = loaded(kind, 5)) {
            assertThat(lines(second.relationships())).isEqualTo(lines(first.relationships()));
            assertThat(second.relationships().openFlags()).extracting(ConflictFlag::explanation)
                    .isEqualTo(first.relationships().openFlags().stream().map(ConflictFlag::explanation).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aSmallRegisterHasAboutFortyDeclarationsWithEveryConflictRuleStatusAndDecision(TestDatabases.Kind kind) {
        try (AppContext app = loaded(kind, 1)) {
            DeclarationService register = app.relationships();
            List<Declaration> all = register.declarations();

            assertThat(all).hasSizeBetween(35, 45);
            assertThat(register.openFlags()).extracting(ConflictFlag::rule).containsAll(Set.of(ConflictRule.values()));
            assertThat(all).allSatisfy(d -> {
                assertThat(d.declaredOn()).isBeforeOrEqualTo(TODAY);
                assertThat(d.reference().year()).isEqualTo(d.declaredOn().getYear());
            });
            assertThat(all.stream().map(Declaration::status).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder(DeclarationStatus.values());
            assertThat(all.stream().flatMap(d -> d.decisionIfAny().stream()).map(Decision::kind)
                    .collect(Collectors.toSet())).containsExactlyInAnyOrder(DecisionKind.values());
            assertThat(all).anySatisfy(d -> assertThat(d.actions()).anySatisfy(a -> assertThat(a.isOverdueOn(TODAY))
                    .isTrue()));
            // As in an office that keeps up: what is overdue fell due in the last few months.
            assertThat(all).allSatisfy(d -> assertThat(d.actions()).allSatisfy(a -> assertThat(
                    a.isOverdueOn(TODAY) ? a.dueDate() : TODAY).isAfter(TODAY.minusDays(91))));
            assertThat(all).filteredOn(d -> d.status() == DeclarationStatus.DECIDED && d.reviewDate() != null)
                    .allSatisfy(d -> assertThat(d.reviewDate()).isAfter(TODAY.minusDays(82)));
            assertThat(all).anySatisfy(d -> assertThat(d.actions()).isNotEmpty())
                    .anySatisfy(d -> assertThat(d.reconfirmations()).isNotEmpty());
            assertThat(register.history(all.get(0).id())).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void refusesARegisterThatAlreadyHasDeclarations(TestDatabases.Kind kind) {
        try (AppContext app = loaded(kind, 1)) {
            int before = app.relationships().count();
            assertThatThrownBy(() -> new DemoDeclarations(app.relationships(), app.people(),
                    app.database().session(), CLOCK).load(2, DemoScale.SMALL))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("already holds " + before);
            assertThat(app.relationships().count()).isEqualTo(before);
        }
    }
}
