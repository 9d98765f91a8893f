package dev.eksatlas.ui.associations;

import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the Pod Identity associations screen to its view model. */
public final class AssociationsController {
    private final AssociationsViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final CoverageBanner coverageBanner;

    @FXML private VBox associationsPane;
    @FXML private Label summaryLabel;

    public AssociationsController(AssociationsViewModel viewModel, Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        associationsPane.getChildren().add(1, coverageBanner);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        ReportTable<AssociationReport.Row> table = new ReportTable<>(viewModel.definition(), messages, exporter::export)
                .hideColumns("profile", "scan_time", "external_id", "session_policy", "association_id", "association_arn", "created_at",
                        "modified_at", "tags");
        new FindingTexts(messages).showHealthIn(table);
        table.placeIn(associationsPane, "associationsTable").bindRows(viewModel.rowsProperty());
    }
}
