package dev.eksatlas.ui.clusters;

import dev.eksatlas.ui.common.Messages;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Lays the six comparison rows out as the guide's table: the point, then IRSA and EKS Pod Identity
 * side by side with this cluster's facts, then what it means here. Cells have ids
 * {@code cmp-<ROW_KEY>-name|irsa|pod|verdict} for tests and accessibility tools.
 */
final class ComparisonGrid {
    private ComparisonGrid() {
    }

    static void fill(GridPane grid, Messages messages, List<ComparisonLine> lines) {
        grid.getChildren().clear();
        if (grid.getColumnConstraints().isEmpty()) {
            grid.getColumnConstraints().addAll(column(18), column(29), column(29), column(24));
        }
        grid.addRow(0, header(messages.get("cmp.column.point")), header(messages.get("cmp.column.irsa")),
                header(messages.get("cmp.column.podIdentity")), header(messages.get("cmp.column.verdict")));
        int r = 1;
        for (ComparisonLine line : lines) {
            String id = "cmp-" + line.key().name();
            Label name = cell(line.name(), id + "-name", "comparison-point");
            Label irsa = cell(line.irsa(), id + "-irsa", "comparison-fact");
            Label pod = cell(line.podIdentity(), id + "-pod", "comparison-fact");
            Label badge = cell(line.verdictLabel(), id + "-verdict", "verdict-badge");
            badge.getStyleClass().add("verdict-" + line.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            badge.setMaxWidth(Label.USE_PREF_SIZE);
            Label text = cell(line.verdictText(), id + "-verdictText", "comparison-verdict-text");
            VBox verdict = new VBox(4, badge, text);
            verdict.getStyleClass().add("comparison-cell");
            grid.addRow(r, name, irsa, pod, verdict);
            if (r % 2 == 0) {
                List.of(name, irsa, pod, verdict).forEach(n -> n.getStyleClass().add("comparison-even"));
            }
            r++;
        }
    }

    private static ColumnConstraints column(double percent) {
        ColumnConstraints c = new ColumnConstraints();
        c.setPercentWidth(percent);
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("comparison-header", "comparison-cell");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private static Label cell(String text, String id, String styleClass) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMaxHeight(Double.MAX_VALUE);
        l.getStyleClass().addAll(styleClass, "comparison-cell");
        return l;
    }
}
