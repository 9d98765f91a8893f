package dev.eksatlas.scan;

import java.time.Duration;
import java.util.List;

/** How a scan went: the accounts written, the profiles that failed, calls made, wall time. */
public record ScanReport(List<AccountOutcome> accounts, List<ProfileFailure> failures, long apiCalls, Duration wallTime) {
    public ScanReport {
        accounts = List.copyOf(accounts);
        failures = List.copyOf(failures);
    }

    public boolean hasCoverageGaps() {
        return accounts.stream().anyMatch(a -> !a.snapshot().coverageGaps().isEmpty());
    }
}
