package org.probity.people.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/**
 * The sidebar section around a list of people and their form: loads the list when first
 * opened, builds the view when first shown, and forwards the shortcuts to it.
 */
abstract class PersonSection<M extends PersonListModel> implements Section {

    private final M model;
    private final Function<M, PersonListView> viewFactory;
    private PersonListView view;
    private boolean loaded;

    PersonSection(M model, Function<M, PersonListView> viewFactory) {
        this.model = model;
        this.viewFactory = viewFactory;
    }

    @Override
    public Node view() {
        return shown().root();
    }

    private PersonListView shown() {
        if (view == null) {
            view = viewFactory.apply(model);
        }
        return view;
    }

    @Override
    public void activated() {
        model.load();
        loaded = true;
    }

    @Override
    public void newRecord() {
        shown().newPerson();
    }

    @Override
    public void find() {
        shown().find();
    }

    @Override
    public void save() {
        shown().save();
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
    public M model() {
        return model;
    }
}
