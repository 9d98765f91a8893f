package dev.eksatlas.ui.overview;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.CoverageWarnings;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fleet overview: the numbers that matter, the data of its charts, the accounts in the
 * inventory (each with its latest snapshot's header) and the coverage warning, all from the
 * inventory's current analysis.
 */
public final class OverviewViewModel {
    private final ObservableList<ScanRun> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FleetNumbers> numbers = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartData> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper coverageWarning = new ReadOnlyStringWrapper("");
    private final CoverageWarnings warnings;

    public OverviewViewModel(InventoryModel inventory, CoverageWarnings warnings) {
        this.warnings = warnings;
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        accounts.setAll(loaded.snapshots().stream().map(AccountSnapshot::run).filter(Objects::nonNull).toList());
        numbers.set(FleetNumbers.of(loaded));
        charts.set(ChartData.of(loaded));
        coverageWarning.set(warnings.fleet(loaded.snapshots()));
    }

    public ObservableList<ScanRun> accounts() {
        return accounts;
    }

    public ReadOnlyObjectProperty<FleetNumbers> numbersProperty() {
        return numbers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ChartData> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    /** Empty when every account was read completely. */
    public ReadOnlyStringProperty coverageWarningProperty() {
        return coverageWarning.getReadOnlyProperty();
    }
}
