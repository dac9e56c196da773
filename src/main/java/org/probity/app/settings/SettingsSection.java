package org.probity.app.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;
import org.probity.app.Workspace;
import org.probity.people.PeopleService;
import org.probity.ui.BackgroundTasks;
import org.probity.ui.Section;
import org.probity.ui.SettingsPage;

/** Settings: the pages on the left, the chosen page on the right. */
public final class SettingsSection implements Section {

    public static final String ID = "settings";

    private final AuthorityPage authority;
    private final List<SettingsPage> pages = new ArrayList<>();
    private BorderPane view;
    private ListView<SettingsPage> list;

    public SettingsSection(PeopleService people, BackgroundTasks tasks, Workspace workspace,
                           List<SettingsPage> featurePages) {
        this.authority = new AuthorityPage(new AuthorityPageViewModel(people, tasks, workspace::profileSaved));
        pages.add(authority);
        pages.add(new AppearancePage(workspace.themeProperty()));
        pages.addAll(featurePages);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Settings";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedMZ.SETTINGS;
    }

    @Override
    public Node view() {
        if (view != null) {
            return view;
        }
        list = new ListView<>();
        list.setId("settingsPages");
        list.getStyleClass().add("settings-pages");
        list.getItems().setAll(pages);
        list.setPrefWidth(270);
        list.setMinWidth(270);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SettingsPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.title());
            }
        });
        StackPane content = new StackPane();
        content.setPadding(new Insets(20, 24, 20, 24));
        content.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // Every page is in the scene, only the chosen one showing, so the window finds and
        // remembers the tables of every page, not just the one open when it first looked.
        for (SettingsPage page : pages) {
            Node pageView = page.view();
            pageView.setVisible(false);
            pageView.managedProperty().bind(pageView.visibleProperty());
            content.getChildren().add(pageView);
        }
        list.getSelectionModel().selectedItemProperty().addListener((obs, before, page) -> {
            if (before != null) {
                before.view().setVisible(false);
            }
            if (page != null) {
                page.view().setVisible(true);
                page.activated();
            }
        });
        view = new BorderPane(scroll);
        view.setLeft(list);
        view.setId("settingsView");
        view.getStyleClass().add("section-view");
        list.getSelectionModel().select(0);
        return view;
    }

    @Override
    public void activated() {
        if (list != null && list.getSelectionModel().getSelectedItem() != null) {
            list.getSelectionModel().getSelectedItem().activated();
        }
    }

    /** Shows a page by its title, e.g. "Appearance". */
    public void showPage(String title) {
        view();
        pages.stream().filter(p -> p.title().equals(title)).findFirst()
                .ifPresent(p -> list.getSelectionModel().select(p));
    }

    @Override
    public void find() {
        if (list != null) {
            list.requestFocus();
        }
    }

    @Override
    public void save() {
        if (list != null && list.getSelectionModel().getSelectedItem() == authority) {
            authority.model().save();
        }
    }

    @Override
    public void cancel() {
        if (list != null && list.getSelectionModel().getSelectedItem() == authority) {
            authority.model().revert();
        }
    }

    @Override
    public void reveal(String recordId) {
        showPage(recordId);
    }
}
