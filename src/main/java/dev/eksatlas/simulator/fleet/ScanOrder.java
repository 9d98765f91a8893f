package dev.eksatlas.simulator.fleet;

import dev.eksatlas.domain.EksCluster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order in which the ground truth lists EKS records: the order a scan reads them when it walks
 * the account's regions in order, lists each region's clusters to the end, and reads each cluster's
 * associations, add-ons and Fargate profiles in turn. The simulator serves lists in the same order.
 */
final class ScanOrder {
    private final List<EksCluster> clusters;
    private final Map<String, Integer> position = new HashMap<>();

    ScanOrder(List<String> regions, List<EksCluster> created) {
        List<EksCluster> sorted = new ArrayList<>(created);
        sorted.sort(Comparator.comparingInt(c -> regions.indexOf(c.region())));
        this.clusters = List.copyOf(sorted);
        for (int i = 0; i < sorted.size(); i++) {
            position.put(sorted.get(i).region() + "/" + sorted.get(i).name(), i);
        }
    }

    List<EksCluster> clusters() {
        return clusters;
    }

    /** The records grouped by cluster in scan order, keeping their order within a cluster. */
    <T> List<T> sort(List<T> records, Function<T, String> region, Function<T, String> cluster) {
        List<T> out = new ArrayList<>(records);
        out.sort(Comparator.comparingInt(r -> position.get(region.apply(r) + "/" + cluster.apply(r))));
        return out;
    }
}
