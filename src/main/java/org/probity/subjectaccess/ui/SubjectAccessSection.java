package org.probity.subjectaccess.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.probity.subjectaccess.SubjectAccessService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The "Subject access" entry of the sidebar, offered to the Monitoring Officer and deputies. */
public final class SubjectAccessSection implements Section {

    private final SubjectAccessViewModel model;
    private final ExportFiles files;
    private SubjectAccessView view;

    public SubjectAccessSection(SubjectAccessService service, BackgroundTasks tasks) {
        this(service, tasks, ExportFiles.dialog());
    }

    public SubjectAccessSection(SubjectAccessService service, BackgroundTasks tasks, ExportFiles files) {
        this.model = new SubjectAccessViewModel(service, tasks);
        this.files = files;
    }

    @Override
    public String id() {
        return "subject-access";
    }

    @Override
    public String title() {
        return "Subject access";
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSIGNMENT_IND;
    }

    /** Built on first use, on the JavaFX thread. */
    @Override
    public Node view() {
        if (view == null) {
            view = new SubjectAccessView(model, files);
        }
        return view.node();
    }

    @Override
    public void activated() {
        model.loadPastExports();
    }

    @Override
    public void find() {
        view().lookup("#subjectSearchField").requestFocus();
    }

    public SubjectAccessViewModel model() {
        return model;
    }
}
