package org.probity.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probity.calendar.BankHolidayRegion.ENGLAND_AND_WALES;
import static org.probity.calendar.BankHolidayRegion.NORTHERN_IRELAND;
import static org.probity.calendar.BankHolidayRegion.SCOTLAND;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.common.ValidationException;

class WorkingDayCalendarTest {

    private static final HolidaySource HOLIDAYS = new JollydayHolidays();

    private static WorkingDayCalendar calendar(BankHolidayRegion region) {
        return new WorkingDayCalendar(region, HOLIDAYS, List.of(), List.of());
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** The bank holidays gov.uk publishes for each nation. */
    static Stream<Arguments> govUkBankHolidays() {
        return Stream.of(
                Arguments.of(ENGLAND_AND_WALES, 2024, List.of(d(2024, 1, 1), d(2024, 3, 29), d(2024, 4, 1),
                        d(2024, 5, 6), d(2024, 5, 27), d(2024, 8, 26), d(2024, 12, 25), d(2024, 12, 26))),
                Arguments.of(ENGLAND_AND_WALES, 2025, List.of(d(2025, 1, 1), d(2025, 4, 18), d(2025, 4, 21),
                        d(2025, 5, 5), d(2025, 5, 26), d(2025, 8, 25), d(2025, 12, 25), d(2025, 12, 26))),
                Arguments.of(ENGLAND_AND_WALES, 2026, List.of(d(2026, 1, 1), d(2026, 4, 3), d(2026, 4, 6),
                        d(2026, 5, 4), d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28))),
                Arguments.of(ENGLAND_AND_WALES, 2027, List.of(d(2027, 1, 1), d(2027, 3, 26), d(2027, 3, 29),
                        d(2027, 5, 3), d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28))),
                Arguments.of(SCOTLAND, 2024, List.of(d(2024, 1, 1), d(2024, 1, 2), d(2024, 3, 29), d(2024, 5, 6),
                        d(2024, 5, 27), d(2024, 8, 5), d(2024, 12, 2), d(2024, 12, 25), d(2024, 12, 26))),
                Arguments.of(SCOTLAND, 2025, List.of(d(2025, 1, 1), d(2025, 1, 2), d(2025, 4, 18), d(2025, 5, 5),
                        d(2025, 5, 26), d(2025, 8, 4), d(2025, 12, 1), d(2025, 12, 25), d(2025, 12, 26))),
                // 15 June 2026: proclaimed by the King in February 2026 for Scotland's World Cup return.
                Arguments.of(SCOTLAND, 2026, List.of(d(2026, 1, 1), d(2026, 1, 2), d(2026, 4, 3), d(2026, 5, 4),
                        d(2026, 5, 25), d(2026, 6, 15), d(2026, 8, 3), d(2026, 11, 30), d(2026, 12, 25),
                        d(2026, 12, 28))),
                Arguments.of(SCOTLAND, 2027, List.of(d(2027, 1, 1), d(2027, 1, 4), d(2027, 3, 26), d(2027, 5, 3),
                        d(2027, 5, 31), d(2027, 8, 2), d(2027, 11, 30), d(2027, 12, 27), d(2027, 12, 28))),
                Arguments.of(NORTHERN_IRELAND, 2024, List.of(d(2024, 1, 1), d(2024, 3, 18), d(2024, 3, 29),
                        d(2024, 4, 1), d(2024, 5, 6), d(2024, 5, 27), d(2024, 7, 12), d(2024, 8, 26),
                        d(2024, 12, 25), d(2024, 12, 26))),
                Arguments.of(NORTHERN_IRELAND, 2025, List.of(d(2025, 1, 1), d(2025, 3, 17), d(2025, 4, 18),
                        d(2025, 4, 21), d(2025, 5, 5), d(2025, 5, 26), d(2025, 7, 14), d(2025, 8, 25),
                        d(2025, 12, 25), d(2025, 12, 26))),
                Arguments.of(NORTHERN_IRELAND, 2026, List.of(d(2026, 1, 1), d(2026, 3, 17), d(2026, 4, 3),
                        d(2026, 4, 6), d(2026, 5, 4), d(2026, 5, 25), d(2026, 7, 13), d(2026, 8, 31),
                        d(2026, 12, 25), d(2026, 12, 28))),
                Arguments.of(NORTHERN_IRELAND, 2027, List.of(d(2027, 1, 1), d(2027, 3, 17), d(2027, 3, 26),
                        d(2027, 3, 29), d(2027, 5, 3), d(2027, 5, 31), d(2027, 7, 12), d(2027, 8, 30),
                        d(2027, 12, 27), d(2027, 12, 28))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("govUkBankHolidays")
    void theYearsDaysOffAreExactlyGovUksBankHolidays(BankHolidayRegion region, int year, List<LocalDate> expected) {
        WorkingDayCalendar calendar = calendar(region);

        assertThat(calendar.nonWorkingDays(year)).extracting(SkippedDay::date).containsExactlyElementsOf(expected);
        expected.forEach(day -> assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse());
    }

    @Test
    void holidaysAreNamedAsGovUkNamesThemWithSubstituteDaysMarked() {
        assertThat(calendar(ENGLAND_AND_WALES).nonWorkingDays(2026)).extracting(SkippedDay::reason).containsExactly(
                "New Year's Day", "Good Friday", "Easter Monday", "Early May bank holiday", "Spring bank holiday",
                "Summer bank holiday", "Christmas Day", "Boxing Day (substitute day)");
        assertThat(calendar(SCOTLAND).reasonNotWorking(d(2027, 1, 4))).contains("2 January (substitute day)");
        assertThat(calendar(SCOTLAND).reasonNotWorking(d(2026, 11, 30))).contains("St Andrew's Day");
        assertThat(calendar(NORTHERN_IRELAND).reasonNotWorking(d(2026, 3, 17))).contains("St Patrick's Day");
        assertThat(calendar(NORTHERN_IRELAND).reasonNotWorking(d(2026, 7, 13)))
                .contains("Battle of the Boyne (Orangemen's Day) (substitute day)");
    }

    @Test
    void easterMondayIsAHolidayInEnglandAndNorthernIrelandButNotScotland() {
        LocalDate easterMonday = d(2026, 4, 6);
        assertThat(calendar(ENGLAND_AND_WALES).isWorkingDay(easterMonday)).isFalse();
        assertThat(calendar(NORTHERN_IRELAND).isWorkingDay(easterMonday)).isFalse();
        assertThat(calendar(SCOTLAND).isWorkingDay(easterMonday)).isTrue();
    }

    @Test
    void fiveWorkingDaysFromTwentySecondDecember2026InEnglandSkipChristmasAndTheWeekendAndExplainWhy() {
        Deadline deadline = calendar(ENGLAND_AND_WALES).due(d(2026, 12, 22), 5);

        assertThat(deadline.due()).isEqualTo(d(2026, 12, 31));
        assertThat(deadline.explanation()).isEqualTo("Skipped 25 Dec Christmas Day, 26 Dec Saturday (Boxing Day), "
                + "27 Dec Sunday, 28 Dec Boxing Day (substitute day).");
    }

    @Test
    void acrossNewYearScotlandAlsoLosesSecondJanuary() {
        // Received Wed 30 Dec 2026: 31 Dec is day 1; 1 and 2 Jan are holidays, 2 and 3 Jan a weekend.
        assertThat(calendar(ENGLAND_AND_WALES).due(d(2026, 12, 30), 3).due()).isEqualTo(d(2027, 1, 5));
        assertThat(calendar(SCOTLAND).due(d(2026, 12, 30), 3).due()).isEqualTo(d(2027, 1, 6));
        assertThat(calendar(SCOTLAND).due(d(2026, 12, 30), 3).skipped()).extracting(SkippedDay::reason)
                .containsExactly("New Year's Day", "Saturday (2 January)", "Sunday", "2 January (substitute day)");
    }

    @Test
    void easterCountsDifferInEachNation() {
        // Received Thu 2 Apr 2026; Good Friday 3 Apr everywhere, Easter Monday 6 Apr not in Scotland.
        assertThat(calendar(ENGLAND_AND_WALES).due(d(2026, 4, 2), 2).due()).isEqualTo(d(2026, 4, 8));
        assertThat(calendar(NORTHERN_IRELAND).due(d(2026, 4, 2), 2).due()).isEqualTo(d(2026, 4, 8));
        assertThat(calendar(SCOTLAND).due(d(2026, 4, 2), 2).due()).isEqualTo(d(2026, 4, 7));
    }

    @Test
    void theTwelfthOfJulyCountsOnlyInNorthernIreland() {
        // Fri 10 Jul 2026 + 1: Monday 13 Jul is the Boyne substitute day in Northern Ireland.
        assertThat(calendar(NORTHERN_IRELAND).due(d(2026, 7, 10), 1).due()).isEqualTo(d(2026, 7, 14));
        assertThat(calendar(ENGLAND_AND_WALES).due(d(2026, 7, 10), 1).due()).isEqualTo(d(2026, 7, 13));
    }

    @Test
    void aReceiptOnADayOffMakesTheNextWorkingDayDayOne() {
        WorkingDayCalendar calendar = calendar(ENGLAND_AND_WALES);
        // Saturday 21 Nov 2026 and Friday 20 Nov 2026 both give Monday 23 Nov as day 1.
        assertThat(calendar.due(d(2026, 11, 21), 1).due()).isEqualTo(d(2026, 11, 23));
        assertThat(calendar.due(d(2026, 11, 20), 1).due()).isEqualTo(d(2026, 11, 23));
        assertThat(calendar.due(d(2026, 12, 25), 1).due()).isEqualTo(d(2026, 12, 29));
    }

    @Test
    void closureDaysAndAnnouncedHolidaysAreSkippedAndCancelledOnesCounted() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(ENGLAND_AND_WALES, HOLIDAYS,
                List.of(new ClosureDay(d(2026, 12, 29), "Office closed between Christmas and New Year")),
                List.of(new BankHolidayChange(1L, d(2026, 12, 30), ENGLAND_AND_WALES, BankHolidayChangeKind.ADDED,
                                "Royal celebration"),
                        new BankHolidayChange(2L, d(2026, 12, 25), SCOTLAND, BankHolidayChangeKind.ADDED,
                                "Only for Scotland"),
                        new BankHolidayChange(3L, d(2026, 8, 31), ENGLAND_AND_WALES, BankHolidayChangeKind.CANCELLED,
                                "Moved")));

        Deadline deadline = calendar.due(d(2026, 12, 24), 1);
        assertThat(deadline.due()).isEqualTo(d(2026, 12, 31));
        assertThat(deadline.skipped()).extracting(SkippedDay::reason).contains(
                "Authority closure: Office closed between Christmas and New Year",
                "Bank holiday announced: Royal celebration");
        assertThat(calendar.isWorkingDay(d(2026, 8, 31))).isTrue();
    }

    @Test
    void zeroWorkingDaysIsTheDayReceivedAndNegativeDaysAreRefusedWithAClearMessage() {
        WorkingDayCalendar calendar = calendar(ENGLAND_AND_WALES);
        assertThat(calendar.due(d(2026, 11, 23), 0).due()).isEqualTo(d(2026, 11, 23));
        assertThatThrownBy(() -> calendar.due(d(2026, 11, 23), -2))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("cannot be negative (it was -2)");
    }

    @Test
    void dueDatesAreDescribedInWorkingDays() {
        WorkingDayCalendar calendar = calendar(ENGLAND_AND_WALES);
        LocalDate today = d(2026, 12, 23);
        assertThat(calendar.describeDue(today, today)).isEqualTo("due today");
        assertThat(calendar.describeDue(d(2026, 12, 24), today)).isEqualTo("due in 1 working day");
        assertThat(calendar.describeDue(d(2026, 12, 30), today)).isEqualTo("due in 3 working days");
        assertThat(calendar.describeDue(d(2026, 12, 21), today)).isEqualTo("overdue by 2 working days");
        assertThat(calendar.workingDaysBetween(d(2026, 12, 22), d(2026, 12, 31))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d(2026, 12, 31), d(2026, 12, 22))).isEqualTo(-5);
    }

    @Test
    void theQuickDueDateIsTheDeadlinesDueDayThroughBankHolidaysAndClosures() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(ENGLAND_AND_WALES, HOLIDAYS,
                List.of(new ClosureDay(d(2026, 12, 29), "Offices closed")), List.of());
        for (LocalDate received = d(2026, 11, 20); received.isBefore(d(2027, 5, 1)); received = received.plusDays(1)) {
            for (int days = 0; days <= 20; days++) {
                assertThat(calendar.dueDate(received, days)).as("%s + %d working days", received, days)
                        .isEqualTo(calendar.due(received, days).due());
            }
        }
        assertThatThrownBy(() -> calendar.dueDate(d(2026, 1, 1), -1)).isInstanceOf(ValidationException.class);
    }
}
