package dev.eksatlas.scan;

/** Receives progress events; called from scan threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ScanListener {
    ScanListener NONE = p -> { };

    void onProgress(ScanProgress progress);
}
