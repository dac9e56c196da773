package org.probity.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UK bank holidays from the maintained jollyday calendar, named as gov.uk names them.
 * The library answers an unknown nation code with only the UK-wide days and no error, so the
 * codes are checked against its hierarchy once, at start.
 */
public final class JollydayHolidays implements HolidaySource {

    /** jollyday's keys mapped to gov.uk's wording; unknown keys keep the library's own name. */
    private static final Map<String, String> GOV_UK_NAMES = Map.ofEntries(
            Map.entry("NEW_YEAR", "New Year's Day"),
            Map.entry("2ND_JANUARY", "2 January"),
            Map.entry("ST_PATRICK", "St Patrick's Day"),
            Map.entry("christian.GOOD_FRIDAY", "Good Friday"),
            Map.entry("christian.EASTER_MONDAY", "Easter Monday"),
            Map.entry("EARLY_MAY_BANK_HOLIDAY", "Early May bank holiday"),
            Map.entry("SPRING_BANK_HOLIDAY", "Spring bank holiday"),
            Map.entry("BATTLE_BOYNE", "Battle of the Boyne (Orangemen's Day)"),
            Map.entry("SUMMER_BANK_HOLIDAY", "Summer bank holiday"),
            Map.entry("ST_ANDREW", "St Andrew's Day"),
            Map.entry("CHRISTMAS", "Christmas Day"),
            Map.entry("BOXING_DAY", "Boxing Day"),
            Map.entry("WORLD_CUP_BANK_HOLIDAY", "World Cup bank holiday"));

    private final HolidayManager manager;
    private final Map<Key, List<BankHoliday>> byYear = new ConcurrentHashMap<>();

    public JollydayHolidays() {
        this.manager = SharedManager.INSTANCE;
        Set<String> known = manager.getCalendarHierarchy().getChildren().keySet();
        for (BankHolidayRegion region : BankHolidayRegion.values()) {
            if (!known.contains(region.holidayCode())) {
                throw new IllegalStateException("The holiday library has no calendar for " + region.label()
                        + " (code '" + region.holidayCode() + "'); it knows " + known + ".");
            }
        }
    }

    /**
     * Starts reading the library's UK calendar on a background thread. It takes a noticeable
     * part of a second, which the caller can spend opening the database meanwhile; the first
     * calendar made waits for it if it is not ready.
     */
    public static void prepareInBackground() {
        Thread thread = new Thread(() -> {
            HolidayManager ready = SharedManager.INSTANCE;
        }, "holiday-calendar");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public List<BankHoliday> holidays(BankHolidayRegion region, int year) {
        return byYear.computeIfAbsent(new Key(region, year), key -> load(region, year));
    }

    private List<BankHoliday> load(BankHolidayRegion region, int year) {
        return manager.getHolidays(Year.of(year), region.holidayCode()).stream()
                .map(JollydayHolidays::toBankHoliday)
                .sorted(Comparator.comparing(BankHoliday::date))
                .toList();
    }

    private static BankHoliday toBankHoliday(Holiday holiday) {
        // getDate() is the day off (a substitute Monday); getActualDate() the calendar date.
        boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
        String name = GOV_UK_NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription());
        return new BankHoliday(holiday.getDate(), name, substitute, substitute ? holiday.getActualDate() : null);
    }

    /** Made once per process, when first needed: the JVM makes other threads wait while it is made. */
    private static final class SharedManager {
        static final HolidayManager INSTANCE =
                HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    }

    private record Key(BankHolidayRegion region, int year) {
    }
}
