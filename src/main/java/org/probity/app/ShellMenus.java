package org.probity.app;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.probity.app.settings.SettingsSection;
import org.probity.ui.Section;
import org.probity.ui.ThemeSetting;

/** The menu bar: every action of the window, with its keyboard shortcut. */
final class ShellMenus {

    private final MenuBar bar = new MenuBar();
    private final Menu goTo = new Menu("_Go to");

    ShellMenus(ShellViewModel model, MainWindow window) {
        bar.setId("menuBar");
        MenuItem settings = item("Settings…", "menuSettings", shortcut(KeyCode.COMMA),
                () -> model.open(SettingsSection.ID, null));
        settings.disableProperty().bind(model.readyProperty().not());
        MenuItem quit = item("Quit", "menuQuit", shortcut(KeyCode.Q), window::quit);
        Menu file = new Menu("_File", null, settings, new SeparatorMenuItem(), quit);

        MenuItem newRecord = item("New", "menuNew", shortcut(KeyCode.N), model::newRecord);
        MenuItem find = item("Find in this screen", "menuFind", shortcut(KeyCode.F), model::find);
        MenuItem save = item("Save", "menuSave", shortcut(KeyCode.S), model::save);
        // Esc is handled by the window itself, so that open lists and dialogs get it first.
        MenuItem cancel = item("Cancel edit (Esc)", "menuCancel", null, model::cancel);
        MenuItem searchAll = item("Search everything", "menuSearch", shortcut(KeyCode.K), window::focusSearch);
        MenuItem sidebar = item("Go to the sidebar", "menuSidebar", shortcut(KeyCode.L), window::focusSidebar);
        for (MenuItem item : new MenuItem[] {newRecord, find, save, cancel, searchAll, sidebar}) {
            item.disableProperty().bind(model.readyProperty().not());
        }
        Menu edit = new Menu("_Edit", null, newRecord, find, save, cancel, new SeparatorMenuItem(), searchAll,
                sidebar);

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        light.setId("menuLight");
        light.setToggleGroup(themes);
        light.setOnAction(e -> window.selectTheme(ThemeSetting.LIGHT));
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        dark.setId("menuDark");
        dark.setToggleGroup(themes);
        dark.setOnAction(e -> window.selectTheme(ThemeSetting.DARK));
        themes.selectToggle(model.themeProperty().get() == ThemeSetting.DARK ? dark : light);
        model.themeProperty().addListener((obs, before, now) ->
                themes.selectToggle(now == ThemeSetting.DARK ? dark : light));
        Menu view = new Menu("_View", null, light, dark, new SeparatorMenuItem(), goTo);
        goTo.disableProperty().bind(model.readyProperty().not());
        model.sections().addListener((ListChangeListener<Section>) c -> fillGoTo(model));

        MenuItem shortcuts = item("Keyboard shortcuts", "menuShortcuts", new KeyCodeCombination(KeyCode.F1),
                () -> HelpDialogs.showShortcuts(window.stage()));
        MenuItem about = item("About Probity", "menuAbout", null,
                () -> HelpDialogs.showAbout(window.stage(), window.dataDir(), model.context()));
        Menu help = new Menu("_Help", null, shortcuts, about);

        bar.getMenus().setAll(file, edit, view, help);
    }

    MenuBar bar() {
        return bar;
    }

    private void fillGoTo(ShellViewModel model) {
        goTo.getItems().clear();
        int number = 1;
        for (Section section : model.sections()) {
            KeyCombination key = number <= 9 ? shortcut(KeyCode.getKeyCode(String.valueOf(number))) : null;
            goTo.getItems().add(item(section.title(), "menuGoTo-" + section.id(), key, () -> model.select(section)));
            number++;
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static MenuItem item(String text, String id, KeyCombination key, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (key != null) {
            item.setAccelerator(key);
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
