package org.probity.relationships;

import java.time.LocalDate;

/** Something to be done because of a decision, by whom and by when. */
public record DeclarationAction(Long id, String description, String owner, LocalDate dueDate, LocalDate doneOn) {

    public boolean isOverdueOn(LocalDate day) {
        return doneOn == null && dueDate != null && dueDate.isBefore(day);
    }
}
