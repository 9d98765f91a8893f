package dev.eksatlas.ui.roles;

import dev.eksatlas.report.RoleReport;
import dev.eksatlas.ui.common.ReportScreen;
import dev.eksatlas.ui.common.ReportTable;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Binds the roles screen to its view model. */
public final class RolesController {
    private final RolesViewModel viewModel;
    private final ReportScreen screen;

    @FXML private VBox rolesPane;
    @FXML private Label summaryLabel;
    @FXML private VBox tablePane;
    @FXML private RoleDetailPane detailPane;

    public RolesController(RolesViewModel viewModel, ReportScreen screen) {
        this.viewModel = viewModel;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        screen.head(rolesPane, summaryLabel, viewModel.summaryProperty());
        ReportTable<RoleReport.Row> table = screen.table(viewModel.definition())
                .hideColumns("profile", "scan_time", "path", "created_at", "max_session_duration", "trust_percent_of_max", "trust_policy",
                        "details_loaded", "last_used_region", "tags")
                .placeIn(tablePane, "rolesTable");
        table.bindRows(viewModel.rowsProperty());
        table.bindSelection(viewModel.selectedProperty());
        detailPane.init(screen.messages(), this::copyPolicy);
        viewModel.detailProperty().addListener((obs, old, detail) -> detailPane.show(detail));
    }

    private void copyPolicy() {
        RoleDetail detail = viewModel.detailProperty().get();
        if (detail != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(detail.policyText());
            Clipboard.getSystemClipboard().setContent(content);
        }
    }
}
