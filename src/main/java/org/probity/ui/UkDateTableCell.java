package org.probity.ui;

import java.time.LocalDate;
import javafx.scene.control.TableCell;
import org.probity.common.UkDates;

/** A table cell showing a date as "23 Nov 2026", so the column still sorts by the date itself. */
public final class UkDateTableCell<S> extends TableCell<S, LocalDate> {

    @Override
    protected void updateItem(LocalDate date, boolean empty) {
        super.updateItem(date, empty);
        setText(empty || date == null ? null : UkDates.display(date));
    }
}
