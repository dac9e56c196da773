package org.probity.transfer.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.probity.transfer.PeopleTransfer;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;

/** The "Import and export" entry of the sidebar. */
public final class TransferSection implements Section {

    private final TransferViewModel model;
    private TransferView view;

    public TransferSection(PeopleTransfer transfer, BackgroundTasks tasks) {
        this.model = new TransferViewModel(transfer, tasks);
    }

    @Override
    public String id() {
        return "transfer";
    }

    @Override
    public String title() {
        return "Import and export";
    }

    @Override
    public Ikon icon() {
        return Material2AL.IMPORT_EXPORT;
    }

    /** Built on first use, on the JavaFX thread. */
    @Override
    public Node view() {
        if (view == null) {
            view = new TransferView(model);
        }
        return view.node();
    }

    public TransferViewModel model() {
        return model;
    }
}
