package org.probity.people.ui;

import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.probity.app.Workspace;
import org.probity.common.PersonRecordSource;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;

/** The Members section of the sidebar: councillors and co-opted members. */
public final class MembersSection extends PersonSection<MembersViewModel> {

    public MembersSection(PeopleService people, BackgroundTasks tasks) {
        super(new MembersViewModel(people, tasks), MembersView::new);
    }

    /** With the Registers tab listing {@code sources}' records, opened through {@code workspace}. */
    public MembersSection(PeopleService people, BackgroundTasks tasks, List<PersonRecordSource> sources,
                          Workspace workspace) {
        super(new MembersViewModel(people, tasks, new PersonRecordsViewModel(sources, tasks, workspace::open)), MembersView::new);
    }

    @Override
    public String id() {
        return MembersViewModel.SECTION_ID;
    }

    @Override
    public String title() {
        return "Members";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedMZ.PEOPLE;
    }
}
