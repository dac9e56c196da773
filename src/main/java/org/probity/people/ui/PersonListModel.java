package org.probity.people.ui;

import java.util.List;
import org.probity.ui.SearchHit;

/** What the Members and Officers sections ask of their view models. */
interface PersonListModel {

    void load();

    void cancel();

    List<SearchHit> search(String text);

    void reveal(long id);
}
