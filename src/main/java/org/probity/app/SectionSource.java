package org.probity.app;

import java.util.List;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** Builds the sections of the sidebar once the registers are open; {@link SectionCatalogue} in the application. */
@FunctionalInterface
public interface SectionSource {

    List<Section> sections(AppContext context, BackgroundTasks tasks, Workspace workspace);
}
