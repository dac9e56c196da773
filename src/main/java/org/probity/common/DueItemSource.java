package org.probity.common;

import java.time.LocalDate;
import java.util.List;

/**
 * A register that has things falling due. Each register contributes one of these to the
 * Today dashboard; it is called away from the JavaFX thread.
 */
public interface DueItemSource {

    /** Items overdue on {@code today} and items due up to and including {@code until}. */
    List<DueItem> dueItems(LocalDate today, LocalDate until);
}
