package org.probity.calendar;

import java.util.List;

/** The bank holidays a nation has by law in a year, before the authority's own changes. */
public interface HolidaySource {

    List<BankHoliday> holidays(BankHolidayRegion region, int year);
}
