package org.probity.app;

import javafx.beans.property.ObjectProperty;
import org.probity.people.AuthorityProfile;
import org.probity.ui.ThemeSetting;

/** What a section may ask of the window around it. */
public interface Workspace {

    /** Shows a section and, if {@code recordId} is not null, the record in it. */
    void open(String sectionId, String recordId);

    /** The light or dark theme; setting it changes the look at once and is remembered. */
    ObjectProperty<ThemeSetting> themeProperty();

    /** The authority profile was saved, so the header can show the new name. */
    void profileSaved(AuthorityProfile profile);
}
