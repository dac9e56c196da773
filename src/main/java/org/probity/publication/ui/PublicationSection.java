package org.probity.publication.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.probity.publication.PublicationService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The "Publish registers" entry of the sidebar: Open extracts of the registers for the website. */
public final class PublicationSection implements Section {

    private final PublicationViewModel model;
    private final PublicationFiles files;
    private PublicationView view;

    public PublicationSection(PublicationService publication, BackgroundTasks tasks) {
        this(publication, tasks, PublicationFiles.dialog());
    }

    public PublicationSection(PublicationService publication, BackgroundTasks tasks, PublicationFiles files) {
        this.model = new PublicationViewModel(publication, tasks);
        this.files = files;
    }

    @Override
    public String id() {
        return "publication";
    }

    @Override
    public String title() {
        return "Publish registers";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PUBLIC;
    }

    /** Built on first use, on the JavaFX thread. */
    @Override
    public Node view() {
        if (view == null) {
            view = new PublicationView(model, files);
        }
        return view.node();
    }

    /** The register is read when the screen is first opened, not when the window starts. */
    @Override
    public void activated() {
        model.start();
    }

    public PublicationViewModel model() {
        return model;
    }
}
