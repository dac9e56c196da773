package org.probity.publication.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.probity.publication.PublishedColumn;

/** A column of the register and whether it is ticked for publication; personal columns start unticked. */
public final class ColumnChoice {

    private final PublishedColumn column;
    private final BooleanProperty ticked;

    ColumnChoice(PublishedColumn column) {
        this.column = column;
        this.ticked = new SimpleBooleanProperty(!column.personal());
    }

    public PublishedColumn column() {
        return column;
    }

    public BooleanProperty tickedProperty() {
        return ticked;
    }

    /** "Between (name)" becomes "column-between-name", for finding the box on screen. */
    public String id() {
        return "column-" + column.heading().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
