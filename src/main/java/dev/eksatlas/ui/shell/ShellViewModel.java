package dev.eksatlas.ui.shell;

import dev.eksatlas.ui.common.InventoryModel;
import dev.eksatlas.ui.common.Messages;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's own state: startup notices, where the inventory is, whether it is empty. */
public final class ShellViewModel {
    private final InventoryModel inventory;
    private final Messages messages;
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper inventoryLocation = new ReadOnlyStringWrapper();
    private final BooleanBinding empty;
    private final StringBinding loadError;

    public ShellViewModel(InventoryModel inventory, Messages messages, String location, List<String> startupNotices) {
        this.inventory = inventory;
        this.messages = messages;
        this.inventoryLocation.set(messages.get("shell.inventory", location));
        this.notices.setAll(startupNotices);
        this.empty = Bindings.createBooleanBinding(
                () -> inventory.loadedOnceProperty().get() && inventory.errorProperty().get().isEmpty() && inventory.current().isEmpty(),
                inventory.loadedOnceProperty(), inventory.errorProperty(), inventory.currentProperty());
        this.loadError = Bindings.createStringBinding(() -> inventory.errorProperty().get().isEmpty() ? ""
                : messages.get("shell.loadFailed", inventory.errorProperty().get()), inventory.errorProperty());
    }

    public void reload() {
        inventory.reload();
    }

    public void dismissNotice(String notice) {
        notices.remove(notice);
    }

    public ObservableList<String> notices() {
        return notices;
    }

    public ReadOnlyStringProperty inventoryLocationProperty() {
        return inventoryLocation.getReadOnlyProperty();
    }

    /** True when the inventory was read and holds no account: show what the app does and how to start. */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    public StringBinding loadErrorProperty() {
        return loadError;
    }

    public Messages messages() {
        return messages;
    }
}
