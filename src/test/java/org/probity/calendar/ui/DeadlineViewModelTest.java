package org.probity.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class DeadlineViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-22T10:00:00Z"), ZoneId.of("Europe/London"));

    private final AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "clerk");
    private final DeadlineViewModel model = new DeadlineViewModel(app.calendar(), new ImmediateBackgroundTasks());

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void startsFromTodayInTheAuthoritysNationAndShowsThatYearsDaysOff() {
        app.people().saveProfile(AuthorityProfile.withDefaults("Belfast City Council",
                BankHolidayRegion.NORTHERN_IRELAND));

        model.load();

        assertThat(model.receivedTextProperty().get()).isEqualTo("22 Dec 2026");
        assertThat(model.regionProperty().get()).isEqualTo(BankHolidayRegion.NORTHERN_IRELAND);
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(model.yearDays()).contains("Monday 13 July 2026 – Battle of the Boyne (Orangemen's Day) "
                + "(substitute day)");
    }

    @Test
    void showsTheDueDateInWordsAndEachSkippedDay() {
        model.receivedTextProperty().set("22/12/2026");
        model.workingDaysTextProperty().set("5");
        model.regionProperty().set(BankHolidayRegion.ENGLAND_AND_WALES);

        model.calculate();

        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.dueTextProperty().get()).isEqualTo("Thursday 31 December 2026");
        assertThat(model.skippedDays()).containsExactly(
                "Friday 25 December 2026 – Christmas Day",
                "Saturday 26 December 2026 – Saturday (Boxing Day)",
                "Sunday 27 December 2026 – Sunday",
                "Monday 28 December 2026 – Boxing Day (substitute day)");
    }

    @Test
    void badInputGetsAMessageSayingWhatToTypeAndClearsTheOldResult() {
        model.receivedTextProperty().set("22/12/2026");
        model.calculate();
        assertThat(model.dueTextProperty().get()).isNotEmpty();

        model.receivedTextProperty().set("31/2/2026");
        model.calculate();
        assertThat(model.errorTextProperty().get()).isEqualTo(
                "Enter the date received as 23/11/2026, 23 Nov 2026 or 2026-11-23.");
        assertThat(model.dueTextProperty().get()).isEmpty();

        model.receivedTextProperty().set("22/12/2026");
        model.workingDaysTextProperty().set("-4");
        model.calculate();
        assertThat(model.errorTextProperty().get()).contains("cannot be negative");

        model.workingDaysTextProperty().set("five");
        model.calculate();
        assertThat(model.errorTextProperty().get()).contains("whole number");
    }
}
