package org.probity.people.ui;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Directory section: political groups, wards, directorates and service areas. */
public final class DirectorySection implements Section {

    private final DirectoryViewModel model;
    private DirectoryView view;
    private boolean loaded;

    public DirectorySection(PeopleService people, BackgroundTasks tasks) {
        this.model = new DirectoryViewModel(people, tasks);
    }

    @Override
    public String id() {
        return DirectoryViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Directory";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.ACCOUNT_TREE;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new DirectoryView(model);
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
        view.newRecord();
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
        view();
        view.cancel();
    }

    @Override
    public List<SearchHit> search(String text) {
        return model.search(text);
    }

    @Override
    public void reveal(String recordId) {
        view();
        DirectoryListViewModel<?> list = model.reveal(recordId);
        if (!loaded) {
            activated();
        }
        if (list != null) {
            view.show(list);
        }
    }

    public DirectoryViewModel model() {
        return model;
    }
}
