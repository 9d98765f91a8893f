package dev.eksatlas.scan;

import java.util.List;

/** What to scan: profiles (each reaching one account), regions, and how hard to push. */
public record ScanRequest(List<String> profiles, RegionChoice regions, ScanLimits limits) {
    public ScanRequest {
        profiles = List.copyOf(profiles);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one profile to scan");
        }
    }
}
