package dev.eksatlas.ui.roles;

import dev.eksatlas.report.RoleReport;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import dev.eksatlas.ui.common.TableExporter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Binds the roles screen to its view model. */
public final class RolesController {
    private final RolesViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final CoverageBanner coverageBanner;

    @FXML private VBox rolesPane;
    @FXML private Label summaryLabel;
    @FXML private VBox tablePane;
    @FXML private RoleDetailPane detailPane;

    public RolesController(RolesViewModel viewModel, Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        rolesPane.getChildren().add(1, coverageBanner);
        summaryLabel.textProperty().bind(viewModel.summaryProperty());
        ReportTable<RoleReport.Row> table = new ReportTable<>(viewModel.definition(), messages, exporter::export);
        table.setId("rolesTable");
        table.hideColumns("profile", "scan_time", "path", "created_at", "max_session_duration", "trust_percent_of_max", "trust_policy",
                "details_loaded", "last_used_region", "tags");
        VBox.setVgrow(table, Priority.ALWAYS);
        tablePane.getChildren().add(table);
        table.bindRows(viewModel.rowsProperty());
        table.bindSelection(viewModel.selectedProperty());
        detailPane.init(messages, this::copyPolicy);
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
