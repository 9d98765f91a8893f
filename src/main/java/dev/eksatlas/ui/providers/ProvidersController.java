package dev.eksatlas.ui.providers;

import dev.eksatlas.report.OidcProviderReport;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the OIDC providers screen to its view model. */
public final class ProvidersController {
    private final ProvidersViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final CoverageBanner coverageBanner;

    @FXML private VBox providersPane;
    @FXML private Label summaryLabel;

    public ProvidersController(ProvidersViewModel viewModel, Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        providersPane.getChildren().add(1, coverageBanner);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        ReportTable<OidcProviderReport.Row> table = new ReportTable<>(viewModel.definition(), messages, exporter::export);
        table.setId("providersTable");
        table.hideColumns("profile", "scan_time", "thumbprints", "created_at", "tags");
        VBox.setVgrow(table, Priority.ALWAYS);
        providersPane.getChildren().add(table);
        table.bindRows(viewModel.rowsProperty());
    }
}
