package org.probity.people.ui;

import javafx.scene.Node;

/** What the Members and Officers sections ask of their views. */
interface PersonListView {

    Node root();

    void newPerson();

    void find();

    void save();
}
