package org.probity.complaints.ui;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.attachments.AttachmentService;
import org.probity.complaints.ComplaintService;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Complaints section of the sidebar: complaints between members and officers, their stages and figures. */
public final class ComplaintsSection implements Section {

    private final ComplaintsViewModel model;
    private ComplaintsView view;
    private boolean loaded;

    public ComplaintsSection(ComplaintService complaints, PeopleService people, AttachmentService attachments,
                             BackgroundTasks tasks) {
        this.model = new ComplaintsViewModel(complaints, people, attachments, tasks);
    }

    @Override
    public String id() {
        return ComplaintsViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Complaints";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.FEEDBACK;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ComplaintsView(model);
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
        view.newComplaint();
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
        view();
        if (!loaded) {
            activated();
        }
        model.reveal(id);
    }

    /** The view model behind the screen, for tests. */
    public ComplaintsViewModel model() {
        return model;
    }
}
