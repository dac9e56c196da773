package org.probity.subjectaccess.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A third party's name found in what is held, and whether the officer chose to disclose it. */
public final class ThirdPartyName {

    private final String name;
    private final BooleanProperty disclose = new SimpleBooleanProperty(false);

    ThirdPartyName(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public BooleanProperty discloseProperty() {
        return disclose;
    }
}
