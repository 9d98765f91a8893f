package dev.eksatlas.scan;

import java.util.List;
import java.util.Objects;

/** What to scan: profiles (each reaching one account), regions, how hard to push, and what to read besides the inventory. */
public record ScanRequest(List<String> profiles, RegionChoice regions, ScanLimits limits, ScanOptions options) {
    public ScanRequest {
        profiles = List.copyOf(profiles);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one profile to scan");
        }
        options = Objects.requireNonNullElse(options, ScanOptions.defaults());
    }

    /** With the default options (no stale-token check). */
    public ScanRequest(List<String> profiles, RegionChoice regions, ScanLimits limits) {
        this(profiles, regions, limits, ScanOptions.defaults());
    }
}
