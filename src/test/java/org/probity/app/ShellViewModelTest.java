package org.probity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.storage.NewerDatabaseException;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.ThemeSetting;

class ShellViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private final TestSection members = new TestSection("members", "Jane Smith", "John Smithers");
    private final TestSection officers = new TestSection("officers", "Sam Smith", "Ada Jones");
    private final ShellViewModel model = new ShellViewModel(new ImmediateBackgroundTasks(), ThemeSetting.LIGHT);

    private AppContext configuredContext() {
        AppContext context = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "test");
        context.people().saveProfile(AuthorityProfile.withDefaults("Northshire County Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        return context;
    }

    @Test
    void saysTheRegistersAreOpeningUntilTheyAre() {
        assertThat(model.statusProperty().get()).isEqualTo("Opening the registers…");
        assertThat(model.readyProperty().get()).isFalse();

        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members, officers), null);

            assertThat(model.readyProperty().get()).isTrue();
            assertThat(model.statusProperty().get()).isEmpty();
            assertThat(model.authorityNameProperty().get()).isEqualTo("Northshire County Council");
            assertThat(model.sections()).containsExactly(members, officers);
            assertThat(model.selectedProperty().get()).isSameAs(members);
            assertThat(members.calls).containsExactly("activated");
        }
    }

    @Test
    void reopensTheSectionLastUsed() {
        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members, officers), "officers");

            assertThat(model.selectedProperty().get()).isSameAs(officers);
        }
    }

    @Test
    void anEmptyDatabaseAsksForTheFirstRunChoiceBeforeShowingSections() {
        try (AppContext context = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "test")) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members), null);

            assertThat(model.firstRunNeededProperty().get()).isTrue();
            assertThat(model.sections()).isEmpty();

            model.firstRunFinished(AuthorityProfile.withDefaults("Eastbury Borough Council",
                    BankHolidayRegion.SCOTLAND));

            assertThat(model.firstRunNeededProperty().get()).isFalse();
            assertThat(model.sections()).containsExactly(members);
            assertThat(model.authorityNameProperty().get()).isEqualTo("Eastbury Borough Council");
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedGivesTheUserTheStorageMessage() {
        model.openRegisters(() -> {
            throw new NewerDatabaseException("9", "1", "3.0", "0.1.0");
        }, (c, t, w) -> List.of(members), null);

        assertThat(model.openingFailureProperty().get()).contains("Install Probity 3.0 or later");
        assertThat(model.readyProperty().get()).isFalse();
    }

    @Test
    void standardShortcutsGoToTheSectionShowing() {
        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members, officers), null);
            model.selectNumber(2);
            model.newRecord();
            model.find();
            model.save();
            model.cancel();

            assertThat(officers.calls).containsExactly("activated", "new", "find", "save", "cancel");
            assertThat(members.calls).containsExactly("activated");
        }
    }

    @Test
    void globalSearchAsksEverySectionAndOpeningAHitRevealsTheRecord() {
        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members, officers), null);
            model.searchTextProperty().set("smith");
            model.search();

            assertThat(model.searchResults()).extracting(SearchHit::title)
                    .containsExactly("Jane Smith", "John Smithers", "Sam Smith");
            assertThat(model.searchShowingProperty().get()).isTrue();

            model.openHit(model.searchResults().get(2));

            assertThat(model.selectedProperty().get()).isSameAs(officers);
            assertThat(officers.calls).containsExactly("activated", "reveal id-Sam Smith");
            assertThat(model.searchShowingProperty().get()).isFalse();
        }
    }

    @Test
    void searchSaysWhenNothingMatchesAndEscClosesIt() {
        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members), null);
            model.searchTextProperty().set("zebra");
            model.search();

            assertThat(model.searchMessageProperty().get()).isEqualTo("Nothing matches “zebra”.");

            model.cancel();

            assertThat(model.searchShowingProperty().get()).isFalse();
            assertThat(members.calls).doesNotContain("cancel");
        }
    }

    @Test
    void openingARecordOfAScreenThatIsNotInThisBuildSaysSo() {
        try (AppContext context = configuredContext()) {
            model.openRegisters(() -> context, (c, t, w) -> List.of(members), null);
            model.open("complaints", "7");

            assertThat(model.selectedProperty().get()).isSameAs(members);
            assertThat(model.statusProperty().get()).contains("not part of this version");
        }
    }
}
