package org.probity.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.probity.audit.AuditTrail;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * The working-day calendar every register counts its deadlines with, and the settings that
 * change it. A change is saved with its audit entry and the open deadlines it moves, all in
 * one transaction.
 */
public final class CalendarService {

    public static final String CLOSURE_DAY = "Closure day";
    public static final String BANK_HOLIDAY_CHANGE = "Bank holiday change";

    private static final HolidaySource SHARED_HOLIDAYS = new LazyJollyday();

    private final CalendarRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Supplier<BankHolidayRegion> authorityRegion;
    private final HolidaySource holidays;
    private final List<OpenDeadlines> registers = new CopyOnWriteArrayList<>();
    private final Map<BankHolidayRegion, WorkingDayCalendar> current = new ConcurrentHashMap<>();

    public CalendarService(CalendarRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
                           Supplier<BankHolidayRegion> authorityRegion) {
        this(repository, transactions, audit, clock, authorityRegion, SHARED_HOLIDAYS);
    }

    public CalendarService(CalendarRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
                           Supplier<BankHolidayRegion> authorityRegion, HolidaySource holidays) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.authorityRegion = authorityRegion;
        this.holidays = holidays;
    }

    /** Registers call this once at start so that calendar changes can move their deadlines. */
    public void addOpenDeadlines(OpenDeadlines register) {
        registers.add(Objects.requireNonNull(register));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public BankHolidayRegion authorityRegion() {
        return authorityRegion.get();
    }

    /** The calendar of the authority's nation, with its closure days and announced changes. */
    public WorkingDayCalendar calendar() {
        return calendar(authorityRegion.get());
    }

    public WorkingDayCalendar calendar(BankHolidayRegion region) {
        return current.computeIfAbsent(region, r -> transactions.inTransaction(
                () -> new WorkingDayCalendar(r, holidays, repository.closureDays(), repository.bankHolidayChanges())));
    }

    /** Counts {@code workingDays} after {@code received} in the authority's calendar. */
    public Deadline due(LocalDate received, int workingDays) {
        return calendar().due(received, workingDays);
    }

    public String describeDue(LocalDate due) {
        return calendar().describeDue(due, today());
    }

    // Closure days

    public List<ClosureDay> closureDays() {
        return transactions.inTransaction(repository::closureDays);
    }

    /** Adds a closure day; returns the open deadlines it moved. */
    public List<MovedDeadline> addClosureDay(LocalDate date, String description) {
        String text = description == null ? null : description.trim();
        Validation v = new Validation()
                .required("date", "The date", date)
                .required("description", "The description", text)
                .maxLength("description", "The description", text, 200);
        if (date != null) {
            v.check(!isWeekend(date), "date", UkDates.display(date) + " is a "
                    + (date.getDayOfWeek() == DayOfWeek.SATURDAY ? "Saturday" : "Sunday")
                    + ", which is never a working day. Choose a weekday.");
        }
        v.throwIfInvalid();
        return changing(() -> {
            new Validation().check(repository.closureDay(date).isEmpty(), "date",
                    UkDates.display(date) + " is already a closure day.").throwIfInvalid();
            ClosureDay day = new ClosureDay(date, text);
            repository.addClosureDay(day);
            audit.created(CLOSURE_DAY, date, label(day), values(day));
            return recalculate();
        });
    }

    /** Removes a closure day; returns the open deadlines that come earlier as a result. */
    public List<MovedDeadline> removeClosureDay(LocalDate date) {
        return changing(() -> {
            ClosureDay day = repository.closureDay(date).orElseThrow(() -> new ValidationException(
                    "date", UkDates.display(date) + " is not a closure day."));
            repository.removeClosureDay(date);
            audit.deleted(CLOSURE_DAY, date, label(day), values(day));
            return recalculate();
        });
    }

    // Bank holidays announced after release

    public List<BankHolidayChange> bankHolidayChanges() {
        return transactions.inTransaction(repository::bankHolidayChanges);
    }

    /** Records a bank holiday proclaimed after release; returns the open deadlines it moved. */
    public List<MovedDeadline> announceBankHoliday(LocalDate date, BankHolidayRegion region, String name) {
        return saveChange(date, region, BankHolidayChangeKind.ADDED, name);
    }

    /** Records that a bank holiday in the library will not be held; returns the deadlines it moved. */
    public List<MovedDeadline> cancelBankHoliday(LocalDate date, BankHolidayRegion region, String reason) {
        return saveChange(date, region, BankHolidayChangeKind.CANCELLED, reason);
    }

    public List<MovedDeadline> removeBankHolidayChange(long id) {
        return changing(() -> {
            BankHolidayChange change = repository.bankHolidayChange(id).orElseThrow(() ->
                    new ValidationException("change", "That bank holiday change no longer exists."));
            repository.removeBankHolidayChange(id);
            audit.deleted(BANK_HOLIDAY_CHANGE, id, label(change), values(change));
            return recalculate();
        });
    }

    private List<MovedDeadline> saveChange(LocalDate date, BankHolidayRegion region, BankHolidayChangeKind kind,
                                           String description) {
        String text = description == null ? null : description.trim();
        String what = kind == BankHolidayChangeKind.ADDED ? "The name of the bank holiday" : "The reason";
        Validation v = new Validation()
                .required("date", "The date", date)
                .required("region", "The nation", region)
                .required("description", what, text)
                .maxLength("description", what, text, 200);
        if (date != null && region != null) {
            boolean inLibrary = holidays.holidays(region, date.getYear()).stream()
                    .anyMatch(h -> h.date().equals(date));
            if (kind == BankHolidayChangeKind.ADDED) {
                v.check(!isWeekend(date), "date", UkDates.display(date)
                        + " is at a weekend, which is never a working day. Enter the weekday the holiday is given.");
                v.check(!inLibrary, "date", UkDates.display(date) + " is already a bank holiday in "
                        + region.label() + ".");
            } else {
                v.check(inLibrary, "date", UkDates.display(date) + " is not a bank holiday in " + region.label()
                        + ", so there is nothing to cancel.");
            }
        }
        v.throwIfInvalid();
        return changing(() -> {
            new Validation().check(repository.bankHolidayChange(date, region).isEmpty(), "date",
                    "A change for " + UkDates.display(date) + " in " + region.label()
                            + " is already recorded. Remove it first to record a different one.").throwIfInvalid();
            BankHolidayChange saved = repository.addBankHolidayChange(
                    new BankHolidayChange(null, date, region, kind, text));
            audit.created(BANK_HOLIDAY_CHANGE, saved.id(), label(saved), values(saved));
            return recalculate();
        });
    }

    /** Runs a change in one transaction; afterwards the calendar is read afresh, committed or not. */
    private List<MovedDeadline> changing(Supplier<List<MovedDeadline>> change) {
        try {
            return transactions.inTransaction(change);
        } finally {
            current.clear();
        }
    }

    /** Counts every open deadline again with the changed calendar and stores those that moved. */
    private List<MovedDeadline> recalculate() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(authorityRegion.get(), holidays,
                repository.closureDays(), repository.bankHolidayChanges());
        List<MovedDeadline> moved = new ArrayList<>();
        for (OpenDeadlines register : registers) {
            for (OpenDeadline open : register.open()) {
                LocalDate newDue = calendar.due(open.received(), open.workingDays()).due();
                if (!newDue.equals(open.due())) {
                    register.moved(open, newDue);
                    moved.add(new MovedDeadline(open, newDue));
                }
            }
        }
        moved.sort(Comparator.comparing(MovedDeadline::newDue).thenComparing(m -> m.deadline().label()));
        return List.copyOf(moved);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String label(ClosureDay day) {
        return UkDates.display(day.date()) + " " + day.description();
    }

    private static String label(BankHolidayChange change) {
        return UkDates.display(change.date()) + " " + change.description() + " (" + change.region().label() + ")";
    }

    private static Map<String, String> values(ClosureDay day) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Date", UkDates.display(day.date()));
        values.put("Description", day.description());
        return values;
    }

    private static Map<String, String> values(BankHolidayChange change) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Date", UkDates.display(change.date()));
        values.put("Nation", change.region().label());
        values.put("Change", change.kind().label());
        values.put("Description", change.description());
        return values;
    }

    /** Loads the holiday library on first use, so that opening the application does not wait for it. */
    private static final class LazyJollyday implements HolidaySource {
        private volatile JollydayHolidays loaded;

        @Override
        public List<BankHoliday> holidays(BankHolidayRegion region, int year) {
            JollydayHolidays source = loaded;
            if (source == null) {
                synchronized (this) {
                    if (loaded == null) {
                        loaded = new JollydayHolidays();
                    }
                    source = loaded;
                }
            }
            return source.holidays(region, year);
        }
    }
}
