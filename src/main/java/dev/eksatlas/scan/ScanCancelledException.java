package dev.eksatlas.scan;

/** The user cancelled the scan; accounts not finished were not written. */
public final class ScanCancelledException extends RuntimeException {
    public ScanCancelledException() {
        super("The scan was cancelled");
    }
}
