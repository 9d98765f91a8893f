package dev.eksatlas.ui.overview;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.Objects;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The fleet overview: the accounts in the inventory, each with its latest snapshot's header. */
public final class OverviewViewModel {
    private final ObservableList<ScanRun> accounts = FXCollections.observableArrayList();

    public OverviewViewModel(InventoryModel inventory) {
        inventory.currentProperty().addListener((obs, old, loaded) -> show(loaded));
        show(inventory.current());
    }

    private void show(InventoryModel.Loaded loaded) {
        accounts.setAll(loaded.snapshots().stream().map(AccountSnapshot::run).filter(Objects::nonNull).toList());
    }

    public ObservableList<ScanRun> accounts() {
        return accounts;
    }
}
