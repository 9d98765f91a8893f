package dev.eksatlas.ui.findings;

import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.ui.common.ReportScreen;
import dev.eksatlas.ui.common.ReportTable;
import javafx.fxml.FXML;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

/** Binds the findings screen to its view model. */
public final class FindingsController {
    private final FindingsViewModel viewModel;
    private final ReportScreen screen;

    @FXML private VBox findingsPane;
    @FXML private Label severityLabel;
    @FXML private Label codeLabel;
    @FXML private Label accountLabel;
    @FXML private ChoiceBox<Choice<Severity>> severityChoice;
    @FXML private ChoiceBox<Choice<String>> codeChoice;
    @FXML private ChoiceBox<Choice<String>> accountChoice;
    @FXML private Label summaryLabel;
    @FXML private VBox tablePane;
    @FXML private Label noSelection;
    @FXML private VBox detailPane;
    @FXML private Label detailSeverity;
    @FXML private Label detailTitle;
    @FXML private Label detailCode;
    @FXML private Label detailMessage;
    @FXML private Label detailPlace;
    @FXML private Label detailRemediation;
    @FXML private Label detailEvidence;

    public FindingsController(FindingsViewModel viewModel, ReportScreen screen) {
        this.viewModel = viewModel;
        this.screen = screen;
    }

    @FXML
    private void initialize() {
        screen.head(findingsPane, summaryLabel, viewModel.summaryProperty());
        severityLabel.setLabelFor(severityChoice);
        codeLabel.setLabelFor(codeChoice);
        accountLabel.setLabelFor(accountChoice);
        severityChoice.setItems(viewModel.severities());
        severityChoice.valueProperty().bindBidirectional(viewModel.severityProperty());
        codeChoice.setItems(viewModel.codes());
        codeChoice.valueProperty().bindBidirectional(viewModel.codeProperty());
        accountChoice.setItems(viewModel.accounts());
        accountChoice.valueProperty().bindBidirectional(viewModel.accountProperty());
        ReportTable<FindingReport.Row> table = screen.table(viewModel.definition())
                .hideColumns("profile", "scan_time", "evidence", "remediation")
                .placeIn(tablePane, "findingsTable");
        viewModel.texts().showIn(table);
        table.bindRows(viewModel.rowsProperty());
        table.bindSelection(viewModel.selectedProperty());
        viewModel.detailProperty().addListener((obs, old, detail) -> show(detail));
        show(null);
    }

    private void show(FindingDetail detail) {
        noSelection.setVisible(detail == null);
        noSelection.setManaged(detail == null);
        detailPane.setVisible(detail != null);
        detailPane.setManaged(detail != null);
        if (detail != null) {
            detailSeverity.setText(detail.severity());
            detailSeverity.getStyleClass().setAll("label", "severity", "severity-" + detail.severityId());
            detailTitle.setText(detail.title());
            detailCode.setText(detail.code());
            detailMessage.setText(detail.message());
            detailPlace.setText(detail.place());
            detailRemediation.setText(detail.remediation());
            detailEvidence.setText(detail.evidence());
        }
    }

    @FXML
    private void clearFilters() {
        viewModel.clearFilters();
    }

    @FXML
    private void copyRemediation() {
        ClipboardContent content = new ClipboardContent();
        content.putString(detailRemediation.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }
}
