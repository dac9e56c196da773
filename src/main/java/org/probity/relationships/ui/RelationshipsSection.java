package org.probity.relationships.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.attachments.AttachmentService;
import org.probity.calendar.CalendarService;
import org.probity.people.PeopleService;
import org.probity.people.PersonRef;
import org.probity.relationships.DeclarationService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** The Relationships section of the sidebar: the register of declared relationships. */
public final class RelationshipsSection implements Section {

    private static final String PERSON_PREFIX = "person:";

    private final RelationshipsViewModel model;
    private RelationshipsView view;
    private boolean loaded;

    public RelationshipsSection(DeclarationService register, PeopleService people, CalendarService calendar,
                                AttachmentService attachments, BackgroundTasks tasks) {
        this.model = new RelationshipsViewModel(register, people, calendar, attachments, tasks);
    }

    @Override
    public String id() {
        return RelationshipsViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Relationships";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.FAMILY_RESTROOM;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RelationshipsView(model);
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
        view.newDeclaration();
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

    /** A declaration's id, or {@code person:M12} / {@code person:O34} for everything a person declared. */
    @Override
    public void reveal(String recordId) {
        if (recordId == null) {
            return;
        }
        if (!loaded) {
            activated();
        }
        if (recordId.startsWith(PERSON_PREFIX)) {
            Optional<PersonRef> person = PersonRef.parse(recordId.substring(PERSON_PREFIX.length()));
            person.ifPresent(model::showPerson);
            return;
        }
        try {
            model.reveal(Long.parseLong(recordId));
        } catch (NumberFormatException e) {
            // Not one of ours: nothing to show.
        }
    }

    /** The view model behind the screen, for tests and the shell's own checks. */
    public RelationshipsViewModel model() {
        return model;
    }
}
