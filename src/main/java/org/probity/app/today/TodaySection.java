package org.probity.app.today;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.app.Workspace;
import org.probity.common.DueItemSource;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The first section: what is due and overdue today across every register. */
public final class TodaySection implements Section {

    public static final String ID = "today";

    private final TodayViewModel model;
    private TodayView view;

    public TodaySection(List<DueItemSource> sources, PeopleService people, java.time.Clock clock,
                        BackgroundTasks tasks, Workspace workspace) {
        this.model = new TodayViewModel(sources, people, clock, tasks, workspace);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Today";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.EVENT_NOTE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new TodayView(model);
        }
        return view;
    }

    @Override
    public void activated() {
        model.refresh();
    }

    @Override
    public void find() {
        if (view != null) {
            view.focusList();
        }
    }
}
