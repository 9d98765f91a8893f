package dev.eksatlas.scan;

/**
 * A progress event: calls done and planned so far (the plan grows as lists reveal more to read),
 * and what is at hand. The progress bar and the command line use the same events.
 */
public record ScanProgress(long callsDone, long callsPlanned, String account, String region, String cluster, String message) {
    public double fraction() {
        return callsPlanned == 0 ? 0 : Math.min(1.0, (double) callsDone / callsPlanned);
    }
}
