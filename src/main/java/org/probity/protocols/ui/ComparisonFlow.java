package org.probity.protocols.ui;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.probity.protocols.TextRun;

/** Word-level changes as committee papers show them: deleted words struck through, new words in bold. */
final class ComparisonFlow {

    private ComparisonFlow() {
    }

    static TextFlow of(List<TextRun> runs) {
        TextFlow flow = new TextFlow();
        for (TextRun r : runs) {
            flow.getChildren().add(text(r));
        }
        flow.getStyleClass().add("protocol-change");
        return flow;
    }

    private static Node text(TextRun r) {
        Text t = new Text(r.text());
        t.getStyleClass().add("protocol-run");
        Font base = Font.getDefault();
        switch (r.kind()) {
            case DELETED -> {
                t.setStrikethrough(true);
                t.getStyleClass().add("protocol-deleted");
                t.setStyle("-fx-fill: -color-danger-fg;");
                t.setAccessibleText("deleted: " + r.text());
            }
            case INSERTED -> {
                t.setFont(Font.font(base.getFamily(), FontWeight.BOLD, base.getSize()));
                t.getStyleClass().add("protocol-inserted");
                t.setStyle("-fx-fill: -color-success-fg;");
                t.setAccessibleText("inserted: " + r.text());
            }
            case SAME -> t.setStyle("-fx-fill: -color-fg-default;");
        }
        return t;
    }
}
