package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import java.util.List;

/**
 * What one press of Scan reads: the profiles (from {@code catalog}), the regions when the user
 * named none, and how hard to push.
 */
public record ScanTarget(ProfileCatalog catalog, List<String> profiles, RegionChoice defaultRegions, ScanLimits limits) {
    public ScanTarget {
        profiles = List.copyOf(profiles);
    }
}
