package dev.eksatlas.scan;

/** A profile whose credentials or identity could not be obtained; the message says what to do. */
public record ProfileFailure(String profile, String message) {
}
