package dev.eksatlas.inventory;

/** The inventory could not be opened, read or written; the message is for the user. */
public class InventoryException extends RuntimeException {
    public InventoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public InventoryException(String message) {
        super(message);
    }
}
