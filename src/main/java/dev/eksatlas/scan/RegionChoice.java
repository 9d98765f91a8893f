package dev.eksatlas.scan;

import java.util.List;

/**
 * Which regions to scan: the profile's own region, a given list, or every region where EKS is
 * offered in the account's partition (from the SDK's region metadata).
 */
public record RegionChoice(Mode mode, List<String> regions) {
    public enum Mode { PROFILE_REGION, LIST, ALL }

    public RegionChoice {
        regions = regions == null ? List.of() : List.copyOf(regions);
        if (mode == Mode.LIST && regions.isEmpty()) {
            throw new IllegalArgumentException("A region list needs at least one region");
        }
    }

    public static RegionChoice profileRegion() {
        return new RegionChoice(Mode.PROFILE_REGION, List.of());
    }

    public static RegionChoice of(List<String> regions) {
        return new RegionChoice(Mode.LIST, regions);
    }

    public static RegionChoice all() {
        return new RegionChoice(Mode.ALL, List.of());
    }
}
