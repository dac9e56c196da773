package org.probity.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayChangeKind;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.ClosureDay;
import org.probity.calendar.OpenDeadline;
import org.probity.calendar.OpenDeadlines;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class CalendarSettingsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private final AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "mo");
    private final CalendarSettingsViewModel model = new CalendarSettingsViewModel(app.calendar(),
            new ImmediateBackgroundTasks());
    private final List<OpenDeadline> open = new ArrayList<>();

    @AfterEach
    void close() {
        app.close();
    }

    private void registerWithOneOpenEnquiry() {
        open.add(new OpenDeadline("Enquiry", "12", "Enquiry 12 (Cllr Patel)", LocalDate.of(2026, 12, 1), 5,
                LocalDate.of(2026, 12, 8)));
        app.calendar().addOpenDeadlines(new OpenDeadlines() {
            @Override
            public List<OpenDeadline> open() {
                return List.copyOf(open);
            }

            @Override
            public void moved(OpenDeadline deadline, LocalDate newDue) {
                open.set(open.indexOf(deadline), new OpenDeadline(deadline.register(), deadline.recordId(),
                        deadline.label(), deadline.received(), deadline.workingDays(), newDue));
            }
        });
    }

    @Test
    void announcingABankHolidayListsTheDeadlinesItMoved() {
        registerWithOneOpenEnquiry();
        model.load();
        model.holidayDateTextProperty().set("4/12/2026");
        model.holidayKindProperty().set(BankHolidayChangeKind.ADDED);
        model.holidayNameProperty().set("Royal jubilee");

        model.addBankHolidayChange();

        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo(
                "Bank holiday on 4 Dec 2026 in England and Wales recorded. 1 open deadline moved:");
        assertThat(model.movedDeadlines()).containsExactly("Enquiry 12 (Cllr Patel): was 8 Dec 2026, now 9 Dec 2026");
        assertThat(model.changes()).hasSize(1);
        assertThat(model.holidayNameProperty().get()).isEmpty();
        assertThat(open.get(0).due()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void closureDaysAreAddedAndRemovedAndRefusalsExplained() {
        model.load();
        model.closureDateTextProperty().set("29/12/2026");
        model.closureDescriptionProperty().set("Christmas closure");
        model.addClosureDay();
        assertThat(model.closureDays()).containsExactly(new ClosureDay(LocalDate.of(2026, 12, 29),
                "Christmas closure"));
        assertThat(model.messageProperty().get()).startsWith("Closure day 29 Dec 2026 added. No open deadline moved.");

        model.closureDateTextProperty().set("26/12/2026");
        model.closureDescriptionProperty().set("Saturday");
        model.addClosureDay();
        assertThat(model.errorTextProperty().get()).contains("is a Saturday");
        assertThat(model.closureDays()).hasSize(1);

        model.closureDateTextProperty().set("next Tuesday");
        model.addClosureDay();
        assertThat(model.errorTextProperty().get()).startsWith("Enter the date of the closure day as");

        model.removeClosureDay(model.closureDays().get(0));
        assertThat(model.closureDays()).isEmpty();
    }

    @Test
    void theNationDefaultsToTheAuthoritys() {
        app.people().saveProfile(org.probity.people.AuthorityProfile.withDefaults("Aberdeen",
                BankHolidayRegion.SCOTLAND));
        model.load();
        assertThat(model.holidayRegionProperty().get()).isEqualTo(BankHolidayRegion.SCOTLAND);
    }
}
