package dev.eksatlas.ui.clusters;

import dev.eksatlas.ui.common.TableExporter;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.report.MigrationPlanReport;
import dev.eksatlas.ui.common.CoverageBanner;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.tokens.ClusterTokensSection;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** A cluster's side-by-side view: binds the detail view model; Back (or Escape) returns to the table. */
public final class ClusterDetailController {
    private final ClusterDetailViewModel viewModel;
    private final Messages messages;
    private final TableExporter exporter;
    private final Runnable onBack;
    private final MigrationPlanView planView;

    @FXML private ScrollPane detailScroll;
    @FXML private Button backButton;
    @FXML private Label titleLabel;
    @FXML private Label readinessBadge;
    @FXML private Label subtitleLabel;
    @FXML private VBox bannerHolder;
    @FXML private GridPane comparisonGrid;
    @FXML private Label readinessLabel;
    @FXML private VBox reasonsBox;
    @FXML private VBox matrixPane;
    @FXML private VBox findingsPane;
    @FXML private VBox tokensPane;
    @FXML private Label planChoiceLabel;
    @FXML private ComboBox<MigrationPlan> planChoice;
    @FXML private Label planStatus;
    @FXML private VBox planNotes;
    @FXML private VBox planSteps;

    public ClusterDetailController(ClusterDetailViewModel viewModel, Messages messages, TableExporter exporter, Runnable onBack) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.exporter = exporter;
        this.onBack = onBack;
        this.planView = new MigrationPlanView(messages);
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(viewModel.titleProperty());
        subtitleLabel.textProperty().bind(viewModel.subtitleProperty());
        readinessLabel.textProperty().bind(viewModel.readinessTextProperty());
        readinessBadge.textProperty().bind(viewModel.readinessTextProperty());
        viewModel.readinessProperty().subscribe(this::styleReadiness);
        CoverageBanner banner = new CoverageBanner(messages, exporter::export);
        bannerHolder.getChildren().add(banner);
        viewModel.coverageProperty().subscribe(banner::show);
        viewModel.comparison().addListener((ListChangeListener<ComparisonLine>) c ->
                ComparisonGrid.fill(comparisonGrid, messages, viewModel.comparison()));
        viewModel.readinessReasons().addListener((ListChangeListener<String>) c -> showReasons());

        matrixPane.getChildren().add(DetailTables.matrix(messages, exporter, viewModel.matrix()));
        findingsPane.getChildren().add(DetailTables.findings(messages, exporter, viewModel.findings()));
        tokensPane.getChildren().add(new ClusterTokensSection(viewModel.tokens(), messages, exporter));
        planChoiceLabel.setLabelFor(planChoice);
        planView.bind(planChoice, viewModel.plans(), planStatus, planNotes, planSteps);

        detailScroll.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back();
                e.consume();
            }
        });
        detailScroll.visibleProperty().subscribe(visible -> {
            if (visible) {
                detailScroll.setVvalue(0);
                backButton.requestFocus();
            }
        });
    }

    @FXML
    private void back() {
        onBack.run();
    }

    @FXML
    private void exportPlans() {
        exporter.export(MigrationPlanReport.definition(), viewModel.planRows(), detailScroll.getScene().getWindow());
    }

    private void styleReadiness(Readiness readiness) {
        readinessBadge.getStyleClass().removeIf(s -> s.startsWith("readiness-is-"));
        if (readiness != null) {
            readinessBadge.getStyleClass().add("readiness-is-" + readiness.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    private void showReasons() {
        reasonsBox.getChildren().setAll(viewModel.readinessReasons().isEmpty() ? List.of(new Label(messages.get("readiness.none")))
                : viewModel.readinessReasons().stream().map(r -> {
                    Label l = new Label("\u2022 " + r);
                    l.setWrapText(true);
                    return l;
                }).toList());
    }
}
