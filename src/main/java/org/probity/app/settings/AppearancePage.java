package org.probity.app.settings;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.probity.ui.SettingsPage;
import org.probity.ui.ThemeSetting;

/** Settings › Appearance: light or dark. The change shows at once and is remembered. */
final class AppearancePage implements SettingsPage {

    private final ObjectProperty<ThemeSetting> theme;
    private VBox view;

    AppearancePage(ObjectProperty<ThemeSetting> theme) {
        this.theme = theme;
    }

    @Override
    public String title() {
        return "Appearance";
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        Label title = new Label("Appearance");
        title.getStyleClass().add(Styles.TITLE_3);
        ToggleGroup group = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("themeLight");
        light.setUserData(ThemeSetting.LIGHT);
        light.setToggleGroup(group);
        RadioButton dark = new RadioButton("Dark");
        dark.setId("themeDark");
        dark.setUserData(ThemeSetting.DARK);
        dark.setToggleGroup(group);
        group.selectToggle(theme.get() == ThemeSetting.DARK ? dark : light);
        group.selectedToggleProperty().addListener((obs, before, now) -> {
            if (now != null) {
                theme.set((ThemeSetting) now.getUserData());
            }
        });
        theme.addListener((obs, before, now) -> group.selectToggle(now == ThemeSetting.DARK ? dark : light));
        Label hint = new Label("The theme can also be changed from the View menu.");
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        view = new VBox(12, title, new Label("Theme"), light, dark, hint);
        view.setId("appearancePage");
        return view;
    }
}
