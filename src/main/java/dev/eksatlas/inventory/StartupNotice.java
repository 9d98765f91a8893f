package dev.eksatlas.inventory;

import java.nio.file.Path;

/**
 * Something the user must be told about when the inventory opened, e.g. an unreadable file that
 * was set aside under a new name (never deleted) before a fresh inventory was started.
 */
public record StartupNotice(Kind kind, Path original, Path setAsideAs, String detail) {
    public enum Kind { CORRUPT_FILE_SET_ASIDE, NEWER_SCHEMA_SET_ASIDE }

    public String message() {
        String why = kind == Kind.CORRUPT_FILE_SET_ASIDE
                ? "could not be read (" + detail + ")"
                : "was written by a newer version of EKS Identity Atlas (" + detail + ")";
        return "The inventory file " + original + " " + why + ". It was kept as " + setAsideAs
                + " and a new, empty inventory was started.";
    }
}
