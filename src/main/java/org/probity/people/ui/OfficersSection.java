package org.probity.people.ui;

import java.util.List;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.probity.app.Workspace;
import org.probity.common.PersonRecordSource;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;

/** The Officers section of the sidebar: the authority's employees, with their posts and tiers. */
public final class OfficersSection extends PersonSection<OfficersViewModel> {

    public OfficersSection(PeopleService people, BackgroundTasks tasks) {
        super(new OfficersViewModel(people, tasks), OfficersView::new);
    }

    /** With the Registers tab listing {@code sources}' records, opened through {@code workspace}. */
    public OfficersSection(PeopleService people, BackgroundTasks tasks, List<PersonRecordSource> sources,
                          Workspace workspace) {
        super(new OfficersViewModel(people, tasks, new PersonRecordsViewModel(sources, tasks, workspace::open)), OfficersView::new);
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
}
