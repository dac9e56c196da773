package org.probity.calendar.persistence;

import static org.probity.storage.schema.Tables.BANK_HOLIDAY_CHANGE;
import static org.probity.storage.schema.Tables.CLOSURE_DAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.probity.calendar.BankHolidayChange;
import org.probity.calendar.BankHolidayChangeKind;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.CalendarRepository;
import org.probity.calendar.ClosureDay;
import org.probity.storage.JooqSession;
import org.probity.storage.schema.tables.records.BankHolidayChangeRecord;

/** Closure days keyed by date; bank-holiday changes one per date and nation. */
public final class JooqCalendarRepository implements CalendarRepository {

    private final JooqSession session;

    public JooqCalendarRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public List<ClosureDay> closureDays() {
        return dsl().selectFrom(CLOSURE_DAY).orderBy(CLOSURE_DAY.CLOSURE_DATE)
                .fetch(r -> new ClosureDay(r.getClosureDate(), r.getDescription()));
    }

    @Override
    public Optional<ClosureDay> closureDay(LocalDate date) {
        return dsl().selectFrom(CLOSURE_DAY).where(CLOSURE_DAY.CLOSURE_DATE.eq(date))
                .fetchOptional(r -> new ClosureDay(r.getClosureDate(), r.getDescription()));
    }

    @Override
    public void addClosureDay(ClosureDay day) {
        dsl().insertInto(CLOSURE_DAY)
                .set(CLOSURE_DAY.CLOSURE_DATE, day.date())
                .set(CLOSURE_DAY.DESCRIPTION, day.description())
                .execute();
    }

    @Override
    public void removeClosureDay(LocalDate date) {
        dsl().deleteFrom(CLOSURE_DAY).where(CLOSURE_DAY.CLOSURE_DATE.eq(date)).execute();
    }

    @Override
    public List<BankHolidayChange> bankHolidayChanges() {
        return dsl().selectFrom(BANK_HOLIDAY_CHANGE)
                .orderBy(BANK_HOLIDAY_CHANGE.HOLIDAY_DATE, BANK_HOLIDAY_CHANGE.REGION)
                .fetch(JooqCalendarRepository::toChange);
    }

    @Override
    public Optional<BankHolidayChange> bankHolidayChange(long id) {
        return dsl().selectFrom(BANK_HOLIDAY_CHANGE).where(BANK_HOLIDAY_CHANGE.ID.eq(id))
                .fetchOptional(JooqCalendarRepository::toChange);
    }

    @Override
    public Optional<BankHolidayChange> bankHolidayChange(LocalDate date, BankHolidayRegion region) {
        return dsl().selectFrom(BANK_HOLIDAY_CHANGE)
                .where(BANK_HOLIDAY_CHANGE.HOLIDAY_DATE.eq(date), BANK_HOLIDAY_CHANGE.REGION.eq(region.name()))
                .fetchOptional(JooqCalendarRepository::toChange);
    }

    @Override
    public BankHolidayChange addBankHolidayChange(BankHolidayChange change) {
        long id = dsl().insertInto(BANK_HOLIDAY_CHANGE)
                .set(BANK_HOLIDAY_CHANGE.HOLIDAY_DATE, change.date())
                .set(BANK_HOLIDAY_CHANGE.REGION, change.region().name())
                .set(BANK_HOLIDAY_CHANGE.CHANGE_KIND, change.kind().name())
                .set(BANK_HOLIDAY_CHANGE.DESCRIPTION, change.description())
                .returning(BANK_HOLIDAY_CHANGE.ID)
                .fetchOne().getId();
        return change.withId(id);
    }

    @Override
    public void removeBankHolidayChange(long id) {
        dsl().deleteFrom(BANK_HOLIDAY_CHANGE).where(BANK_HOLIDAY_CHANGE.ID.eq(id)).execute();
    }

    private static BankHolidayChange toChange(BankHolidayChangeRecord r) {
        return new BankHolidayChange(r.getId(), r.getHolidayDate(), BankHolidayRegion.valueOf(r.getRegion()),
                BankHolidayChangeKind.valueOf(r.getChangeKind()), r.getDescription());
    }
}
