package org.probity.ui;

import javafx.scene.Node;

/** A page of the Settings screen contributed by a feature (e.g. the calendar's closure days). */
public interface SettingsPage {

    String title();

    Node view();

    /** The page was opened: reload its data in the background. */
    default void activated() {
    }
}
