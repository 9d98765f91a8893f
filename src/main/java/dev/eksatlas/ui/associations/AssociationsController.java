package dev.eksatlas.ui.associations;

import dev.eksatlas.report.AssociationReport;
import dev.eksatlas.ui.common.FindingTexts;
import dev.eksatlas.ui.common.ReportScreen;
import dev.eksatlas.ui.common.ReportTable;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the Pod Identity associations screen to its view model. */
public final class AssociationsController {
    private final AssociationsViewModel viewModel;
    private final ReportScreen screen;

    @FXML private VBox associationsPane;
    @FXML private Label summaryLabel;

    public AssociationsController(AssociationsViewModel viewModel, ReportScreen screen) {
        this.viewModel = viewModel;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        screen.head(associationsPane, summaryLabel, viewModel.summaryProperty());
        ReportTable<AssociationReport.Row> table = screen.table(viewModel.definition())
                .hideColumns("profile", "scan_time", "external_id", "session_policy", "association_id", "association_arn", "created_at",
                        "modified_at", "tags");
        new FindingTexts(screen.messages()).showHealthIn(table);
        table.placeIn(associationsPane, "associationsTable").bindRows(viewModel.rowsProperty());
    }
}
