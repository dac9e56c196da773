package org.probity.reports.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.probity.reports.ReportService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The "Reports" entry of the sidebar: reports to the Standards Committee. */
public final class ReportsSection implements Section {

    private final ReportsViewModel model;
    private final ReportFiles files;
    private ReportsView view;
    private boolean loaded;

    public ReportsSection(ReportService reports, BackgroundTasks tasks) {
        this(reports, tasks, ReportFiles.dialog());
    }

    public ReportsSection(ReportService reports, BackgroundTasks tasks, ReportFiles files) {
        this.model = new ReportsViewModel(reports, tasks);
        this.files = files;
    }

    @Override
    public String id() {
        return "reports";
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PICTURE_AS_PDF;
    }

    /** Built on first use, on the JavaFX thread. */
    @Override
    public Node view() {
        if (view == null) {
            view = new ReportsView(model, files);
        }
        return view.node();
    }

    @Override
    public void activated() {
        if (!loaded) {
            loaded = true;
            model.loadDraft();
            model.loadReviews();
        }
    }

    @Override
    public void save() {
        if (model.choiceProperty().get() != null && model.choiceProperty().get().isAnnual()) {
            model.saveDraft();
        }
    }

    public ReportsViewModel model() {
        return model;
    }
}
