package org.probity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditKind;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.storage.TestDatabases;

class CalendarServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    private static AppContext context(TestDatabases.Kind kind) {
        return new AppContext(kind.open(), Optional.empty(), CLOCK, "mo.test");
    }

    /** A register as small as can be: deadlines kept in a list. */
    private static final class ListedDeadlines implements OpenDeadlines {
        final List<OpenDeadline> deadlines = new ArrayList<>();

        @Override
        public List<OpenDeadline> open() {
            return List.copyOf(deadlines);
        }

        @Override
        public void moved(OpenDeadline deadline, LocalDate newDue) {
            deadlines.replaceAll(d -> d.equals(deadline) ? new OpenDeadline(d.register(), d.recordId(), d.label(),
                    d.received(), d.workingDays(), newDue) : d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void announcingABankHolidayMovesTheOpenDeadlinesItFallsWithinAndListsThem(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            CalendarService calendar = app.calendar();
            ListedDeadlines enquiries = new ListedDeadlines();
            calendar.addOpenDeadlines(enquiries);
            OpenDeadline spanning = new OpenDeadline("Enquiry", "7", "Enquiry from Cllr Smith", LocalDate.of(2027, 6, 1),
                    5, calendar.due(LocalDate.of(2027, 6, 1), 5).due());
            OpenDeadline earlier = new OpenDeadline("Enquiry", "8", "Enquiry from Cllr Jones", LocalDate.of(2027, 5, 4),
                    5, calendar.due(LocalDate.of(2027, 5, 4), 5).due());
            enquiries.deadlines.addAll(List.of(spanning, earlier));
            assertThat(spanning.due()).isEqualTo(LocalDate.of(2027, 6, 8));

            List<MovedDeadline> moved = calendar.announceBankHoliday(LocalDate.of(2027, 6, 4),
                    BankHolidayRegion.ENGLAND_AND_WALES, "Royal wedding");

            assertThat(moved).extracting(m -> m.deadline().label(), MovedDeadline::oldDue, MovedDeadline::newDue)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Enquiry from Cllr Smith",
                            LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 9)));
            assertThat(enquiries.deadlines).extracting(OpenDeadline::due)
                    .containsExactly(LocalDate.of(2027, 6, 9), earlier.due());
            assertThat(calendar.due(LocalDate.of(2027, 6, 1), 5).explanation())
                    .contains("4 Jun Bank holiday announced: Royal wedding");
            assertThat(calendar.bankHolidayChanges()).extracting(BankHolidayChange::description)
                    .containsExactly("Royal wedding");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aHolidayAnnouncedForAnotherNationMovesNothingInThisAuthority(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            CalendarService calendar = app.calendar();
            ListedDeadlines register = new ListedDeadlines();
            calendar.addOpenDeadlines(register);
            register.deadlines.add(new OpenDeadline("Complaint", "1", "Complaint 1", LocalDate.of(2027, 6, 1), 5,
                    LocalDate.of(2027, 6, 8)));

            assertThat(calendar.announceBankHoliday(LocalDate.of(2027, 6, 4), BankHolidayRegion.SCOTLAND,
                    "Scottish celebration")).isEmpty();
            assertThat(calendar.calendar(BankHolidayRegion.SCOTLAND).isWorkingDay(LocalDate.of(2027, 6, 4))).isFalse();
            assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 6, 4))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theAuthoritysNationDecidesWhichHolidaysCount(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Highland Council", BankHolidayRegion.SCOTLAND));

            assertThat(app.calendar().calendar().region()).isEqualTo(BankHolidayRegion.SCOTLAND);
            assertThat(app.calendar().calendar().isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void closureDaysAreValidatedSavedAuditedAndCounted(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            CalendarService calendar = app.calendar();
            calendar.addClosureDay(LocalDate.of(2026, 12, 29), "Christmas closure");

            assertThat(calendar.closureDays()).containsExactly(
                    new ClosureDay(LocalDate.of(2026, 12, 29), "Christmas closure"));
            assertThat(calendar.calendar().reasonNotWorking(LocalDate.of(2026, 12, 29)))
                    .contains("Authority closure: Christmas closure");
            assertThat(app.audit().history(CalendarService.CLOSURE_DAY, LocalDate.of(2026, 12, 29)))
                    .extracting(AuditEntry::kind, AuditEntry::user)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditKind.CREATED, "mo.test"));

            assertThatThrownBy(() -> calendar.addClosureDay(LocalDate.of(2026, 12, 29), "Again"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("already a closure day");
            assertThatThrownBy(() -> calendar.addClosureDay(LocalDate.of(2026, 12, 26), "Saturday"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("is a Saturday");
            assertThatThrownBy(() -> calendar.addClosureDay(LocalDate.of(2026, 12, 30), " "))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("The description is required");

            calendar.removeClosureDay(LocalDate.of(2026, 12, 29));
            assertThat(calendar.closureDays()).isEmpty();
            assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void bankHolidayChangesAreRefusedWhenTheyMakeNoSense(TestDatabases.Kind kind) {
        try (AppContext app = context(kind)) {
            CalendarService calendar = app.calendar();
            assertThatThrownBy(() -> calendar.announceBankHoliday(LocalDate.of(2026, 12, 25),
                    BankHolidayRegion.ENGLAND_AND_WALES, "Christmas again"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("already a bank holiday");
            assertThatThrownBy(() -> calendar.cancelBankHoliday(LocalDate.of(2026, 12, 24),
                    BankHolidayRegion.ENGLAND_AND_WALES, "Not a holiday"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("nothing to cancel");

            calendar.cancelBankHoliday(LocalDate.of(2026, 8, 31), BankHolidayRegion.ENGLAND_AND_WALES, "Moved");
            assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 8, 31))).isTrue();
            assertThatThrownBy(() -> calendar.cancelBankHoliday(LocalDate.of(2026, 8, 31),
                    BankHolidayRegion.ENGLAND_AND_WALES, "Twice"))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("already recorded");

            long id = calendar.bankHolidayChanges().get(0).id();
            calendar.removeBankHolidayChange(id);
            assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2026, 8, 31))).isFalse();
            assertThat(app.audit().history(CalendarService.BANK_HOLIDAY_CHANGE, id)).extracting(AuditEntry::kind)
                    .containsExactly(AuditKind.DELETED, AuditKind.CREATED);
        }
    }
}
