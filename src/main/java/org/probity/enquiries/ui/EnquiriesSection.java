package org.probity.enquiries.ui;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.probity.attachments.AttachmentService;
import org.probity.enquiries.EnquiryService;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Enquiries section of the sidebar: members' enquiries, their deadlines and how well they are answered. */
public final class EnquiriesSection implements Section {

    private final EnquiriesViewModel model;
    private EnquiriesView view;
    private boolean loaded;

    public EnquiriesSection(EnquiryService enquiries, PeopleService people, AttachmentService attachments,
                            BackgroundTasks tasks) {
        this.model = new EnquiriesViewModel(enquiries, people, attachments, tasks);
    }

    @Override
    public String id() {
        return EnquiriesViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Enquiries";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedMZ.QUESTION_ANSWER;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new EnquiriesView(model);
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
        view.newEnquiry();
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
        model.detail().cancel();
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
    public EnquiriesViewModel model() {
        return model;
    }
}
