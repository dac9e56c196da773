package org.probity.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;

/** The light or dark look of the whole application, as chosen in Settings or the View menu. */
public enum ThemeSetting {
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeSetting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Makes this theme the look of every window, including dialogs. Call on the JavaFX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Reads a saved setting; anything unknown falls back to light. */
    public static ThemeSetting parse(String text) {
        if (text != null && text.trim().toUpperCase(Locale.ROOT).equals(DARK.name())) {
            return DARK;
        }
        return LIGHT;
    }

    @Override
    public String toString() {
        return label;
    }
}
