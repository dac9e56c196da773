package org.probity.people.ui;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.app.Workspace;
import org.probity.common.PersonRecordSource;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Officers section of the sidebar: the authority's employees, with their posts and tiers. */
public final class OfficersSection implements Section {

    private final OfficersViewModel model;
    private OfficersView view;
    private boolean loaded;

    public OfficersSection(PeopleService people, BackgroundTasks tasks) {
        this.model = new OfficersViewModel(people, tasks);
    }

    /** With the Registers tab listing {@code sources}' records, opened through {@code workspace}. */
    public OfficersSection(PeopleService people, BackgroundTasks tasks, List<PersonRecordSource> sources,
                          Workspace workspace) {
        this.model = new OfficersViewModel(people, tasks, new PersonRecordsViewModel(sources, tasks,
                workspace::open));
    }

    @Override
    public String id() {
        return OfficersViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Officers";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.BUSINESS_CENTER;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new OfficersView(model);
        }
        return view.root();
    }

    @Override
    public void activated() {
        model.load();
        loaded = true;
    }

    @Override
    public void newRecord() {
        view();
        view.newOfficer();
    }

    @Override
    public void find() {
        view();
        view.find();
    }

    @Override
    public void save() {
        view();
        view.save();
    }

    @Override
    public void cancel() {
        model.cancel();
    }

    @Override
    public List<SearchHit> search(String text) {
        return model.search(text);
    }

    @Override
    public void reveal(String recordId) {
        long id;
        try {
            id = Long.parseLong(recordId);
        } catch (NumberFormatException e) {
            return;
        }
        if (!loaded) {
            activated();
        }
        model.reveal(id);
    }

    /** The view model behind the screen, for tests and the shell's own checks. */
    public OfficersViewModel model() {
        return model;
    }
}
