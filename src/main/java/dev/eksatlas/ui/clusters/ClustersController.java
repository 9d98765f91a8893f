package dev.eksatlas.ui.clusters;

import dev.eksatlas.ui.common.TableExporter;
import dev.eksatlas.report.ClusterSummaryReport;
import dev.eksatlas.report.ClusterSummaryRow;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.ReportTable;
import java.util.Map;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Clusters screen: the cluster-summary table; double-click or Enter opens a cluster's side-by-side view. */
public final class ClustersController {
    /** Columns the CSV keeps but the screen hides at first (the table menu shows them). */
    private static final Set<String> HIDDEN = Set.of("profile", "scan_time", "agent_version", "cluster_arn");
    private static final Map<String, Double> WIDTHS = Map.of("account_id", 130.0, "region", 130.0, "cluster", 185.0, "readiness", 200.0,
            "agent_addon", 110.0, "irsa_roles", 90.0, "findings", 80.0);

    private final ClustersViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final CoverageBanner coverageBanner;
    private ReportTable<ClusterSummaryRow> table;

    @FXML private VBox listPane;
    @FXML private VBox bannerHolder;
    @FXML private Node clusterDetail;

    /** @param coverageBanner the gaps of the loaded snapshots (every gap can change a cluster's row) */
    public ClustersController(ClustersViewModel viewModel, Messages messages, TableExporter exporter, CoverageBanner coverageBanner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.coverageBanner = coverageBanner;
    }

    @FXML
    private void initialize() {
        table = new ReportTable<>(ClusterSummaryReport.definition(), messages, exporter::export);
        table.setId("clustersTable");
        table.tableView().setTableMenuButtonVisible(true);
        table.tableView().getColumns().forEach(c -> {
            c.setVisible(!HIDDEN.contains(c.getId()));
            c.setPrefWidth(WIDTHS.getOrDefault(c.getId(), c.getPrefWidth()));
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        listPane.getChildren().add(table);
        viewModel.rows().addListener((ListChangeListener<ClusterSummaryRow>) c -> table.setRows(viewModel.rows()));
        table.setRows(viewModel.rows());

        table.tableView().setRowFactory(tv -> {
            TableRow<ClusterSummaryRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.tableView().setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(table.tableView().getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        bannerHolder.getChildren().add(coverageBanner);
        listPane.visibleProperty().bind(viewModel.detailOpenProperty().not());
        clusterDetail.visibleProperty().bind(viewModel.detailOpenProperty());
        viewModel.detailOpenProperty().subscribe(open -> {
            if (!open && table.getScene() != null) {
                table.tableView().requestFocus();
            }
        });
    }

    public ReportTable<ClusterSummaryRow> table() {
        return table;
    }
}
