package dev.eksatlas.inventory;

/** Another process holds the inventory file and it could not be shared with this one. */
public final class InventoryInUseException extends InventoryException {
    public InventoryInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
