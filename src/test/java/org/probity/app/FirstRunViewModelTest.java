package org.probity.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class FirstRunViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private final AppContext context = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "test");
    private final List<AuthorityProfile> done = new ArrayList<>();
    private final FirstRunViewModel model = new FirstRunViewModel(context, new ImmediateBackgroundTasks(), done::add);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void createsAnEmptyRegisterForTheAuthority() {
        model.authorityNameProperty().set("  Northshire County Council ");
        model.regionProperty().set(BankHolidayRegion.NORTHERN_IRELAND);
        model.start();

        assertThat(context.people().isConfigured()).isTrue();
        assertThat(context.people().profile().name()).isEqualTo("Northshire County Council");
        assertThat(context.people().profile().region()).isEqualTo(BankHolidayRegion.NORTHERN_IRELAND);
        assertThat(context.people().profile().membersEnquiryDays()).isEqualTo(5);
        assertThat(done).hasSize(1);
    }

    @Test
    void asksForTheNameBeforeCreatingAnything() {
        model.start();

        assertThat(model.nameProblemProperty().get()).startsWith("Enter the name of your authority");
        assertThat(context.people().isConfigured()).isFalse();
        assertThat(done).isEmpty();
    }

    @Test
    void loadsTheFictionalAuthorityWhenDemoDataIsChosen() {
        model.demoProperty().set(true);
        model.start();

        assertThat(done).singleElement().satisfies(profile -> {
            assertThat(profile.name()).isEqualTo(context.people().profile().name()).isNotBlank();
            assertThat(profile.region()).isEqualTo(BankHolidayRegion.ENGLAND_AND_WALES);
        });
        assertThat(context.people().countMembers()).isBetween(50, 80);
        assertThat(context.people().countOfficers()).isBetween(700, 1000);
        assertThat(model.busyProperty().get()).isFalse();
    }
}
