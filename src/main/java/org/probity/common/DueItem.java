package org.probity.common;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Something a register says is due on a date: a deadline, a review, a term of office ending.
 * The Today dashboard lists these from every register; {@code sectionId} and {@code recordId}
 * say which screen shows the record behind it.
 */
public record DueItem(String register, LocalDate due, String what, String who, String sectionId,
                      String recordId) {

    public DueItem {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(what, "what");
        who = who == null ? "" : who;
    }

    public boolean isOverdueOn(LocalDate today) {
        return due.isBefore(today);
    }

    /** "today", "tomorrow", "in 5 days", "1 day overdue", "3 days overdue". */
    public String whenSeenFrom(LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, due);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days > 1) {
            return "in " + days + " days";
        }
        return -days == 1 ? "1 day overdue" : -days + " days overdue";
    }
}
