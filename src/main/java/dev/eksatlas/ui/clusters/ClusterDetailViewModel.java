package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.migration.MigrationPlan;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.report.AnalysedFleet;
import dev.eksatlas.report.ClusterScope;
import dev.eksatlas.report.CoverageReport;
import dev.eksatlas.report.FindingReport;
import dev.eksatlas.report.MigrationPlanReport;
import dev.eksatlas.report.Provenance;
import dev.eksatlas.report.ServiceAccountReport;
import dev.eksatlas.ui.common.CoverageSummary;
import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.tokens.ClusterTokensViewModel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One cluster's side-by-side view: IRSA and Pod Identity over the six comparison points with this
 * cluster's facts and verdicts, the readiness verdict and its reasons, the service-account matrix,
 * the findings, the service-account tokens and the migration plans. Follows the inventory: after a reload it shows the same
 * cluster (by ARN) again, or nothing when the cluster is gone.
 */
public final class ClusterDetailViewModel {
    private final InventoryModel inventory;
    private final Messages messages;
    private final ComparisonTexts comparisonTexts;
    private final ReadinessTexts readinessTexts;
    private final ReadOnlyObjectWrapper<ClusterAnalysis> cluster = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subtitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Readiness> readiness = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper readinessText = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CoverageSummary> coverage = new ReadOnlyObjectWrapper<>(CoverageSummary.none());
    private final ObservableList<ComparisonLine> comparison = FXCollections.observableArrayList();
    private final ObservableList<String> readinessReasons = FXCollections.observableArrayList();
    private final ObservableList<ServiceAccountReport.Row> matrix = FXCollections.observableArrayList();
    private final ObservableList<FindingReport.Row> findings = FXCollections.observableArrayList();
    private final ObservableList<MigrationPlan> plans = FXCollections.observableArrayList();
    private final ObservableList<MigrationPlanReport.Row> planRows = FXCollections.observableArrayList();
    private final ClusterTokensViewModel tokens;
    private String clusterArn;

    public ClusterDetailViewModel(InventoryModel inventory, Messages messages) {
        this.inventory = inventory;
        this.messages = messages;
        this.comparisonTexts = new ComparisonTexts(messages);
        this.readinessTexts = new ReadinessTexts(messages);
        this.tokens = new ClusterTokensViewModel(messages);
        inventory.currentProperty().addListener((obs, old, loaded) -> show(clusterArn));
    }

    /** Shows the cluster with this ARN in the inventory's current analysis; false (and nothing shown) when there is none. */
    public boolean show(String arn) {
        clusterArn = arn;
        InventoryModel.Loaded loaded = inventory.current();
        Optional<ClusterAnalysis> found = arn == null ? Optional.empty() : loaded.analysis().cluster(arn);
        cluster.set(found.orElse(null));
        if (found.isEmpty()) {
            title.set("");
            subtitle.set("");
            readiness.set(null);
            readinessText.set("");
            coverage.set(CoverageSummary.none());
            List.of(comparison, readinessReasons, matrix, findings, plans, planRows).forEach(List::clear);
            tokens.show(null, null);
            return false;
        }
        ClusterAnalysis c = found.get();
        EksCluster k = c.cluster();
        title.set(k.name());
        subtitle.set(messages.get("detail.subtitle", k.accountId(), k.region(), String.valueOf(k.version()),
                String.valueOf(k.platformVersion()), k.arn()));
        comparison.setAll(c.comparison().rows().stream().map(comparisonTexts::line).toList());
        readiness.set(c.readiness().verdict());
        readinessText.set(readinessTexts.verdict(c.comparison()));
        readinessReasons.setAll(readinessTexts.reasons(c.comparison()));
        AnalysedFleet fleet = AnalysedFleet.of(loaded.snapshots(), loaded.analysis());
        Provenance source = fleet.provenanceOf(k.accountId());
        matrix.setAll(ServiceAccountReport.rows(c, source));
        findings.setAll(FindingReport.rows(c.findings(), fleet::provenanceOf));
        plans.setAll(c.plans());
        tokens.show(loaded.tokens(), k);
        planRows.setAll(c.plans().stream().flatMap(p -> MigrationPlanReport.rows(p, source).stream()).toList());
        ClusterScope scope = new ClusterScope(k.arn(), List.of(k), Set.of());
        coverage.set(CoverageSummary.of(loaded.snapshots(), gap -> CoverageReport.concernsScope(gap, scope)));
        return true;
    }

    public ReadOnlyObjectProperty<ClusterAnalysis> clusterProperty() {
        return cluster.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subtitleProperty() {
        return subtitle.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Readiness> readinessProperty() {
        return readiness.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readinessTextProperty() {
        return readinessText.getReadOnlyProperty();
    }

    /** The gaps that could hide something about this cluster: about it, over its whole region, or in IAM. */
    public ReadOnlyObjectProperty<CoverageSummary> coverageProperty() {
        return coverage.getReadOnlyProperty();
    }

    /** The six rows, in the guide's order. */
    public ObservableList<ComparisonLine> comparison() {
        return comparison;
    }

    public ObservableList<String> readinessReasons() {
        return readinessReasons;
    }

    /** The service-account matrix as the {@code service-accounts} report's rows. */
    public ObservableList<ServiceAccountReport.Row> matrix() {
        return matrix;
    }

    /** This cluster's findings (its own and those of the roles and providers it uses) as the {@code findings} report's rows. */
    public ObservableList<FindingReport.Row> findings() {
        return findings;
    }

    /** Every step of every plan, as the {@code migration-plan} report's rows (for its CSV export). */
    public ObservableList<MigrationPlanReport.Row> planRows() {
        return planRows;
    }

    /** The "Service account tokens" section. */
    public ClusterTokensViewModel tokens() {
        return tokens;
    }

    public ObservableList<MigrationPlan> plans() {
        return plans;
    }
}
