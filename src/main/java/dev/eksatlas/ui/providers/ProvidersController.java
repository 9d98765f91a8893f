package dev.eksatlas.ui.providers;

import dev.eksatlas.ui.common.ReportScreen;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** Binds the OIDC providers screen to its view model. */
public final class ProvidersController {
    private final ProvidersViewModel viewModel;
    private final ReportScreen screen;

    @FXML private VBox providersPane;
    @FXML private Label summaryLabel;

    public ProvidersController(ProvidersViewModel viewModel, ReportScreen screen) {
        this.viewModel = viewModel;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        screen.head(providersPane, summaryLabel, viewModel.summaryProperty());
        screen.table(viewModel.definition())
                .hideColumns("profile", "scan_time", "thumbprints", "created_at", "tags")
                .placeIn(providersPane, "providersTable")
                .bindRows(viewModel.rowsProperty());
    }
}
