package dev.eksatlas.ui.overview;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The fleet overview: the numbers that matter, the data of its charts, the accounts in the
 * inventory (each with its latest snapshot's header), all from the inventory's current analysis.
 * The coverage banner follows the inventory itself.
 */
public final class OverviewViewModel {
    private final ObservableList<ScanRun> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FleetNumbers> numbers = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ChartData> charts = new ReadOnlyObjectWrapper<>();

    public OverviewViewModel(InventoryModel inventory) {
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        accounts.setAll(loaded.snapshots().stream().map(AccountSnapshot::run).filter(Objects::nonNull).toList());
        numbers.set(FleetNumbers.of(loaded));
        charts.set(ChartData.of(loaded));
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
}
