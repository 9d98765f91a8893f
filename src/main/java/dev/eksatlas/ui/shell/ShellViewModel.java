package dev.eksatlas.ui.shell;

import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's state: the accounts in the inventory, loading and error state, startup notices. */
public final class ShellViewModel {
    private final TaskRunner runner;
    private final InventorySummary inventory;
    private final Messages messages;

    private final ObservableList<ScanRun> accounts = FXCollections.observableArrayList();
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty loadError = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper inventoryLocation = new ReadOnlyStringWrapper();
    private final BooleanBinding empty;

    public ShellViewModel(TaskRunner runner, InventorySummary inventory, Messages messages, String location, List<String> startupNotices) {
        this.runner = runner;
        this.inventory = inventory;
        this.messages = messages;
        this.inventoryLocation.set(messages.get("shell.inventory", location));
        this.notices.setAll(startupNotices);
        this.empty = Bindings.createBooleanBinding(() -> !loading.get() && loadError.get().isEmpty() && accounts.isEmpty(),
                loading, loadError, accounts);
    }

    /** Re-reads the inventory in the background. */
    public void reload() {
        loading.set(true);
        loadError.set("");
        runner.run("read inventory", progress -> inventory.latestRuns(), runs -> {
            accounts.setAll(runs);
            loading.set(false);
        }, error -> {
            loadError.set(messages.get("shell.loadFailed", error.getMessage()));
            loading.set(false);
        });
    }

    public void dismissNotice(String notice) {
        notices.remove(notice);
    }

    public ObservableList<ScanRun> accounts() {
        return accounts;
    }

    public ObservableList<String> notices() {
        return notices;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public StringProperty loadErrorProperty() {
        return loadError;
    }

    public ReadOnlyStringProperty inventoryLocationProperty() {
        return inventoryLocation.getReadOnlyProperty();
    }

    /** True when the inventory was read and holds no account: show what the app does and how to start. */
    public BooleanBinding emptyProperty() {
        return empty;
    }
}
