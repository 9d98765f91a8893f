package dev.eksatlas.ui.overview;

import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Binds the overview to its view model: cards, charts, the accounts table and the coverage banner. */
public final class OverviewController {
    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final CoverageBanner coverageBanner;

    @FXML private VBox bannerHolder;
    @FXML private Label accountsValue;
    @FXML private Label clustersValue;
    @FXML private Label grantsValue;
    @FXML private Label associationsValue;
    @FXML private Label findingsValue;
    @FXML private Label highValue;
    @FXML private Label mediumValue;
    @FXML private Label lowValue;
    @FXML private Label infoValue;
    @FXML private StackPane adoptionPane;
    @FXML private GridPane chartGrid;
    @FXML private TableView<ScanRun> accountsTable;
    @FXML private TableColumn<ScanRun, String> accountColumn;
    @FXML private TableColumn<ScanRun, String> profileColumn;
    @FXML private TableColumn<ScanRun, String> scannedColumn;
    @FXML private TableColumn<ScanRun, String> statusColumn;
    @FXML private TableColumn<ScanRun, Integer> clustersColumn;
    @FXML private TableColumn<ScanRun, Integer> rolesColumn;
    @FXML private TableColumn<ScanRun, Integer> associationsColumn;
    @FXML private TableColumn<ScanRun, Integer> gapsColumn;

    /** @param coverageBanner the gaps of the loaded snapshots, shown at the top */
    public OverviewController(OverviewViewModel viewModel, Messages messages, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        bind(accountColumn, ScanRun::accountId);
        bind(profileColumn, ScanRun::profile);
        bind(scannedColumn, r -> when.format(r.finishedAt()));
        bind(statusColumn, r -> messages.get("accounts.status." + r.status().name()));
        bind(clustersColumn, r -> r.counts().clusters());
        bind(rolesColumn, r -> r.counts().roles());
        bind(associationsColumn, r -> r.counts().associations());
        bind(gapsColumn, r -> r.counts().coverageGaps());
        accountsTable.setItems(viewModel.accounts());

        bannerHolder.getChildren().add(coverageBanner);

        OverviewCharts charts = new OverviewCharts(messages);
        adoptionPane.getChildren().add(charts.adoption);
        chartGrid.addRow(0, charts.providers, charts.trustSizes, charts.readiness);
        viewModel.numbersProperty().subscribe(this::showNumbers);
        viewModel.chartsProperty().subscribe(data -> {
            if (data != null) {
                charts.show(data);
            }
        });
    }

    private void showNumbers(FleetNumbers n) {
        if (n == null) {
            return;
        }
        accountsValue.setText(messages.get("overview.number", n.accounts()));
        clustersValue.setText(messages.get("overview.number", n.clusters()));
        grantsValue.setText(messages.get("overview.number", n.irsaGrants()));
        associationsValue.setText(messages.get("overview.number", n.associations()));
        findingsValue.setText(messages.get("overview.number", n.totalFindings()));
        highValue.setText(messages.get("overview.severity.HIGH", n.findings(Severity.HIGH)));
        mediumValue.setText(messages.get("overview.severity.MEDIUM", n.findings(Severity.MEDIUM)));
        lowValue.setText(messages.get("overview.severity.LOW", n.findings(Severity.LOW)));
        infoValue.setText(messages.get("overview.severity.INFO", n.findings(Severity.INFO)));
    }

    private static <T> void bind(TableColumn<ScanRun, T> column, Function<ScanRun, T> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }
}
