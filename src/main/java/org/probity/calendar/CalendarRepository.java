package org.probity.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The authority's closure days and the announced bank-holiday changes, as stored. */
public interface CalendarRepository {

    List<ClosureDay> closureDays();

    Optional<ClosureDay> closureDay(LocalDate date);

    void addClosureDay(ClosureDay day);

    void removeClosureDay(LocalDate date);

    List<BankHolidayChange> bankHolidayChanges();

    Optional<BankHolidayChange> bankHolidayChange(long id);

    Optional<BankHolidayChange> bankHolidayChange(LocalDate date, BankHolidayRegion region);

    BankHolidayChange addBankHolidayChange(BankHolidayChange change);

    void removeBankHolidayChange(long id);
}
