package org.probity.calendar.ui;

import javafx.scene.Node;
import org.probity.calendar.CalendarService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SettingsPage;

/** The Settings page for the authority's closure days and announced bank holidays. */
public final class CalendarSettingsPage implements SettingsPage {

    private final CalendarSettingsViewModel model;
    private CalendarSettingsView view;

    public CalendarSettingsPage(CalendarService calendar, BackgroundTasks tasks) {
        this.model = new CalendarSettingsViewModel(calendar, tasks);
    }

    @Override
    public String title() {
        return "Closure days and bank holidays";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new CalendarSettingsView(model);
        }
        return view.node();
    }

    @Override
    public void activated() {
        model.load();
    }
}
