package dev.eksatlas.analysis.policy;

/** The text is not an IAM policy document at all (not JSON, not an object, no {@code Statement}, ...). */
public final class PolicyFormatException extends RuntimeException {
    public PolicyFormatException(String message) {
        super(message);
    }

    public PolicyFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
