package org.probity.retention;

import java.time.LocalDate;

/** How long a register keeps a record after its trigger, and what is done with it then. */
public record RetentionRule(RetainedRegister register, int years, int months, DisposalAction action, String note) {

    /**
     * The day the record becomes due: the trigger plus the period in calendar days, not working
     * days. A trigger on 29 February reaches its anniversary on 28 February in a year that has no
     * 29th, as {@link LocalDate#plusYears} counts it.
     */
    public LocalDate dueOn(LocalDate trigger) {
        return trigger.plusYears(years).plusMonths(months);
    }

    /**
     * The latest trigger that is due on {@code today}, so that a query can select exactly the due
     * records by their trigger. Counting back gives a day near it (month ends shorten a period);
     * since a later trigger is never due earlier, stepping back from a few days past that finds it.
     */
    public LocalDate latestTriggerDueBy(LocalDate today) {
        LocalDate trigger = today.minusMonths(months).minusYears(years).plusDays(4);
        while (dueOn(trigger).isAfter(today)) {
            trigger = trigger.minusDays(1);
        }
        return trigger;
    }

    public String describePeriod() {
        StringBuilder text = new StringBuilder();
        if (years > 0) {
            text.append(years).append(years == 1 ? " year" : " years");
        }
        if (months > 0) {
            text.append(text.length() > 0 ? " and " : "").append(months).append(months == 1 ? " month" : " months");
        }
        return text.length() == 0 ? "no time" : text.toString();
    }

    /** For the schedule: e.g. "6 years after closed (final decision), then anonymise". */
    public String describe() {
        return describePeriod() + " after " + register.trigger() + ", then "
                + action.label().toLowerCase(java.util.Locale.UK);
    }
}
