package dev.eksatlas.ui.scan;

/**
 * Something that went wrong in a scan, for people: a title and plain words, the exact command
 * that fixes it when there is one (else null), and technical details for the "Details" expander.
 */
public record ScanProblem(String title, String body, String fix, String details) {
}
