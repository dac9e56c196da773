package org.probity.ui;

import java.util.List;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the sidebar: a screen of the application. The shell shows {@link #view()},
 * calls {@link #activated()} when the user opens it, and forwards the standard shortcuts
 * (Ctrl+N, Ctrl+F, Ctrl+S, Esc) to the section that is showing.
 */
public interface Section {

    /** Stable identifier, also used for remembering layouts and in search hits. */
    String id();

    String title();

    Ikon icon();

    Node view();

    /** The user opened this section: refresh its data (in the background). */
    default void activated() {
    }

    /** Ctrl+N. */
    default void newRecord() {
    }

    /** Ctrl+F: put the cursor in this section's search or filter box. */
    default void find() {
    }

    /** Ctrl+S. */
    default void save() {
    }

    /** Esc: abandon the edit in progress. */
    default void cancel() {
    }

    /** Global search. Called away from the JavaFX thread; returns at most a handful of hits. */
    default List<SearchHit> search(String text) {
        return List.of();
    }

    /** Show the record a search hit or a dashboard item points to. Called on the JavaFX thread. */
    default void reveal(String recordId) {
    }
}
