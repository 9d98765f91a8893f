package dev.eksatlas.scan;

import java.util.List;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;

/** The regions a scan reads, per {@link RegionChoice}. */
final class Regions {
    /** Used when a profile names no region (the Java SDK would otherwise fail to pick one). */
    static final String FALLBACK = "us-east-1";

    private Regions() {
    }

    static List<String> choose(RegionChoice choice, ResolvedProfile profile, String partition) {
        return switch (choice.mode()) {
            case LIST -> choice.regions();
            case PROFILE_REGION -> List.of(profile.region() != null ? profile.region() : FALLBACK);
            case ALL -> eksRegions(partition);
        };
    }

    /** Every region where EKS is offered in the partition, from the SDK's region metadata. */
    static List<String> eksRegions(String partition) {
        return EksClient.serviceMetadata().regions().stream()
                .filter(r -> r.metadata() != null && partition.equals(r.metadata().partition().id()))
                .filter(r -> !r.isGlobalRegion())
                .map(Region::id)
                .sorted()
                .toList();
    }
}
