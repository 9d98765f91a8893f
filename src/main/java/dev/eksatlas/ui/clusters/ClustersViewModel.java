package dev.eksatlas.ui.clusters;

import dev.eksatlas.report.ClusterSummaryReport;
import dev.eksatlas.report.ClusterSummaryRow;
import dev.eksatlas.ui.common.InventoryModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Clusters screen: one {@code cluster-summary} row per cluster of the inventory's current
 * analysis, and which cluster's detail is open (if any).
 */
public final class ClustersViewModel {
    private final ClusterDetailViewModel detail;
    private final ObservableList<ClusterSummaryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper detailOpen = new ReadOnlyBooleanWrapper();

    public ClustersViewModel(InventoryModel inventory, ClusterDetailViewModel detail) {
        this.detail = detail;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        detail.clusterProperty().addListener((obs, old, cluster) -> detailOpen.set(detailOpen.get() && cluster != null));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        rows.setAll(ClusterSummaryReport.rows(loaded.snapshots(), loaded.analysis()));
    }

    /** Opens the detail of a cluster by ARN (from this table or another screen); false when it is not in the inventory. */
    public boolean open(String clusterArn) {
        detailOpen.set(detail.show(clusterArn));
        return detailOpen.get();
    }

    public void open(ClusterSummaryRow row) {
        if (row != null) {
            open(row.clusterArn());
        }
    }

    public void closeDetail() {
        detailOpen.set(false);
    }

    public ObservableList<ClusterSummaryRow> rows() {
        return rows;
    }

    public ClusterDetailViewModel detail() {
        return detail;
    }

    public ReadOnlyBooleanProperty detailOpenProperty() {
        return detailOpen.getReadOnlyProperty();
    }
}
