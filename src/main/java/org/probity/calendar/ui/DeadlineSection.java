package org.probity.calendar.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.probity.calendar.CalendarService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The Deadlines entry of the sidebar. */
public final class DeadlineSection implements Section {

    public static final String ID = "deadlines";

    private final DeadlineViewModel model;
    private DeadlineView view;

    public DeadlineSection(CalendarService calendar, BackgroundTasks tasks) {
        this.model = new DeadlineViewModel(calendar, tasks);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Deadlines";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DATE_RANGE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new DeadlineView(model);
        }
        return view.node();
    }

    @Override
    public void activated() {
        model.load();
    }

    @Override
    public void find() {
        if (view != null) {
            view.focusDate();
        }
    }

    @Override
    public void save() {
        model.calculate();
    }
}
