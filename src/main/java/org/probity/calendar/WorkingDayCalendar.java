package org.probity.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.probity.common.UkDates;
import org.probity.common.ValidationException;

/**
 * Working days for one nation and one authority: weekends, the nation's bank holidays (with
 * announced changes applied on top) and the authority's closure days are not working days.
 * Immutable; the days off of each year are worked out once, when first asked for.
 */
public final class WorkingDayCalendar {

    /** More than enough for any statutory or protocol deadline; stops typing slips running for years. */
    public static final int MAX_WORKING_DAYS = 1000;

    private final BankHolidayRegion region;
    private final HolidaySource holidays;
    private final List<ClosureDay> closures;
    private final List<BankHolidayChange> changes;
    private final Map<Integer, Map<LocalDate, String>> daysOffByYear = new ConcurrentHashMap<>();
    private final Map<Integer, Map<LocalDate, String>> weekendHolidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(BankHolidayRegion region, HolidaySource holidays, Collection<ClosureDay> closures,
                              Collection<BankHolidayChange> changes) {
        this.region = Objects.requireNonNull(region, "region");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.closures = List.copyOf(closures);
        this.changes = changes.stream().filter(c -> c.region() == region).toList();
    }

    public BankHolidayRegion region() {
        return region;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff(date.getYear()).containsKey(date);
    }

    /** Why {@code date} is not a working day, or empty when it is one. */
    public Optional<String> reasonNotWorking(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            String name = day.getDisplayName(TextStyle.FULL, Locale.UK);
            // Christmas on a Saturday is still worth naming: users look for it in the list.
            String holiday = weekendHolidays(date.getYear()).get(date);
            return Optional.of(holiday == null ? name : name + " (" + holiday + ")");
        }
        return Optional.ofNullable(daysOff(date.getYear()).get(date));
    }

    /**
     * The day {@code workingDays} working days after {@code received}. The day of receipt is not
     * counted; a receipt on a day off behaves the same, so the next working day is day 1.
     */
    public Deadline due(LocalDate received, int workingDays) {
        if (received == null) {
            throw new ValidationException("received", "The date received is required.");
        }
        if (workingDays < 0) {
            throw new ValidationException("workingDays", "The number of working days cannot be negative (it was "
                    + workingDays + "). Enter 0 or more.");
        }
        if (workingDays > MAX_WORKING_DAYS) {
            throw new ValidationException("workingDays", "The number of working days must be at most "
                    + MAX_WORKING_DAYS + " (it was " + workingDays + ").");
        }
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate day = received;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            Optional<String> reason = reasonNotWorking(day);
            if (reason.isPresent()) {
                skipped.add(new SkippedDay(day, reason.get()));
            } else {
                counted++;
            }
        }
        return new Deadline(received, workingDays, region, day, skipped);
    }

    /**
     * The day {@code workingDays} working days after {@code received}, as {@link #due} gives it, without
     * the days skipped on the way: for counting deadlines met over many records.
     */
    public LocalDate dueDate(LocalDate received, int workingDays) {
        if (received == null || workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            return due(received, workingDays).due();
        }
        LocalDate day = received;
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * Working days after {@code from} up to and including {@code to}; negative when {@code to} is
     * earlier (the working days after {@code to} up to and including {@code from}).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** "due today", "due in 3 working days", "overdue by 2 working days". */
    public String describeDue(LocalDate due, LocalDate today) {
        if (due.equals(today)) {
            return "due today";
        }
        if (due.isAfter(today)) {
            int left = workingDaysBetween(today, due);
            return left == 0 ? "due today" : "due in " + plural(left);
        }
        int late = workingDaysBetween(due, today);
        return late == 0 ? "overdue (due " + UkDates.display(due) + ")" : "overdue by " + plural(late);
    }

    /** The bank holidays, substitute days and closure days of a year, in date order; weekends left out. */
    public List<SkippedDay> nonWorkingDays(int year) {
        return daysOff(year).entrySet().stream()
                .map(e -> new SkippedDay(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(SkippedDay::date))
                .toList();
    }

    private static String plural(int days) {
        return days + (days == 1 ? " working day" : " working days");
    }

    private Map<LocalDate, String> daysOff(int year) {
        return daysOffByYear.computeIfAbsent(year, this::workOutDaysOff);
    }

    private Map<LocalDate, String> weekendHolidays(int year) {
        return weekendHolidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, String> names = new TreeMap<>();
            for (int each = y - 1; each <= y + 1; each++) {
                for (BankHoliday holiday : holidays.holidays(region, each)) {
                    if (holiday.substitute() && holiday.observedFor() != null
                            && holiday.observedFor().getYear() == y) {
                        names.put(holiday.observedFor(), holiday.name());
                    }
                }
            }
            return Map.copyOf(names);
        });
    }

    private Map<LocalDate, String> workOutDaysOff(int year) {
        Map<LocalDate, String> off = new TreeMap<>();
        for (BankHoliday holiday : holidays.holidays(region, year)) {
            off.put(holiday.date(), holiday.reason());
        }
        for (BankHolidayChange change : changes) {
            if (change.date().getYear() != year) {
                continue;
            }
            if (change.kind() == BankHolidayChangeKind.CANCELLED) {
                off.remove(change.date());
            } else {
                off.put(change.date(), "Bank holiday announced: " + change.description());
            }
        }
        for (ClosureDay closure : closures) {
            if (closure.date().getYear() == year) {
                off.putIfAbsent(closure.date(), "Authority closure: " + closure.description());
            }
        }
        off.keySet().removeIf(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        return Map.copyOf(off);
    }
}
