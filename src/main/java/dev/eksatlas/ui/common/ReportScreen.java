package dev.eksatlas.ui.common;

import dev.eksatlas.report.ReportDefinition;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * What the report screens (roles, OIDC providers, associations, findings, service-account tokens)
 * share: the coverage banner under the screen's title, the summary line, and tables built from a
 * report definition that export through the window's exporter.
 */
public record ReportScreen(Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {

    /** Puts the coverage banner under the title (the pane's first child) and binds the summary line. */
    public void head(VBox pane, Label summaryLabel, ObservableValue<String> summary) {
        pane.getChildren().add(1, coverageBanner);
        summaryLabel.textProperty().bind(summary);
    }

    /** A table of the definition's columns, with filter, sort, copy and CSV export. */
    public <R> ReportTable<R> table(ReportDefinition<R> definition) {
        return new ReportTable<>(definition, messages, exporter::export);
    }
}
