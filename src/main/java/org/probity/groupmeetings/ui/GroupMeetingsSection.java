package org.probity.groupmeetings.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.attachments.AttachmentService;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/**
 * The Group meetings section of the sidebar: officers at political groups' meetings and
 * briefings, the controls the protocols require, and the parity of groups.
 */
public final class GroupMeetingsSection implements Section {

    private static final KeyCombination RECORD_ATTENDANCE = new KeyCodeCombination(KeyCode.N,
            KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final GroupMeetingsViewModel model;
    private final ParityViewModel parity;
    private GroupMeetingsView view;
    private boolean loaded;

    public GroupMeetingsSection(GroupMeetingService register, PeopleService people, AttachmentService attachments,
                                BackgroundTasks tasks) {
        this.model = new GroupMeetingsViewModel(register, people, attachments, tasks);
        this.parity = new ParityViewModel(register, tasks);
    }

    @Override
    public String id() {
        return GroupMeetingsViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Group meetings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.GROUPS;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new GroupMeetingsView(model, parity);
            view.root().addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (RECORD_ATTENDANCE.match(e)) {
                    e.consume();
                    view.recordAttendance();
                }
            });
        }
        return view.root();
    }

    @Override
    public void activated() {
        model.load();
        loaded = true;
    }

    /** Ctrl+N: the common case is an attendance to record, so the quick form opens. */
    @Override
    public void newRecord() {
        view();
        view.recordAttendance();
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

    /** Opens the parity of groups. */
    public void showParity() {
        view();
        view.showParity();
    }

    /** The view models behind the screen, for tests. */
    public GroupMeetingsViewModel model() {
        return model;
    }

    public ParityViewModel parity() {
        return parity;
    }
}
