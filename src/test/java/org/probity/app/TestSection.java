package org.probity.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.probity.ui.SearchHit;
import org.probity.ui.Section;

/** A section that records what the shell asks of it, and finds the names it is given. */
public final class TestSection implements Section {

    final String id;
    final List<String> calls = new ArrayList<>();
    final List<String> names;
    private Node view;

    public TestSection(String id, String... names) {
        this.id = id;
        this.names = List.of(names);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return "Test " + id;
    }

    @Override
    public Ikon icon() {
        return Material2AL.ASSIGNMENT;
    }

    @Override
    public Node view() {
        if (view == null) {
            TableView<String> table = new TableView<>();
            table.setId(id + "Table");
            TableColumn<String, String> first = new TableColumn<>("First");
            first.setId("first");
            TableColumn<String, String> second = new TableColumn<>("Second");
            second.setId("second");
            table.getColumns().setAll(List.of(first, second));
            Label label = new Label("Section " + id);
            label.setId(id + "Label");
            view = new VBox(label, table);
        }
        return view;
    }

    @Override
    public void activated() {
        calls.add("activated");
    }

    @Override
    public void newRecord() {
        calls.add("new");
    }

    @Override
    public void find() {
        calls.add("find");
    }

    @Override
    public void save() {
        calls.add("save");
    }

    @Override
    public void cancel() {
        calls.add("cancel");
    }

    @Override
    public List<SearchHit> search(String text) {
        return names.stream().filter(n -> n.toLowerCase().contains(text.toLowerCase()))
                .map(n -> new SearchHit(id, "id-" + n, n, "found in " + id)).toList();
    }

    @Override
    public void reveal(String recordId) {
        calls.add("reveal " + recordId);
    }
}
