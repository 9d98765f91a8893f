package dev.eksatlas.domain;

import java.time.Instant;
import java.util.List;

/** One stored snapshot's header: which account, through which profile, when, and what it held. */
public record ScanRun(
        long id,
        String accountId,
        String profile,
        List<String> regions,
        Instant startedAt,
        Instant finishedAt,
        ScanStatus status,
        SnapshotCounts counts) {

    public ScanRun {
        regions = regions == null ? List.of() : List.copyOf(regions);
    }
}
