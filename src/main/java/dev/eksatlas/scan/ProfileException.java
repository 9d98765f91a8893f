package dev.eksatlas.scan;

/** A profile cannot be used; the message says why and, where there is one, the exact fix. */
public final class ProfileException extends RuntimeException {
    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProfileException(String message) {
        super(message);
    }
}
