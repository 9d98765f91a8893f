package dev.eksatlas.ui.overview;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.comparison.Readiness;
import dev.eksatlas.analysis.trust.IrsaGrant;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.InventoryModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the overview's charts show, computed from the inventory's analysis (no toolkit needed):
 * per-cluster adoption (the {@link #MAX_CLUSTERS} clusters with the most service accounts), OIDC
 * providers per account, the trust-policy sizes of IRSA roles, and readiness across the fleet.
 *
 * @param clustersNotShown clusters left out of the adoption chart (the fleet has more than fit)
 */
public record ChartData(List<AdoptionBar> adoption, int clustersNotShown, List<ProviderBar> providers, List<SizeBin> trustSizes,
                        Map<Readiness, Integer> readiness) {
    public static final int MAX_CLUSTERS = 40;

    public ChartData {
        adoption = List.copyOf(adoption);
        providers = List.copyOf(providers);
        trustSizes = List.copyOf(trustSizes);
        EnumMap<Readiness, Integer> all = new EnumMap<>(Readiness.class);
        for (Readiness r : Readiness.values()) {
            all.put(r, readiness.getOrDefault(r, 0));
        }
        readiness = Map.copyOf(all);
    }

    public static ChartData of(InventoryModel.Loaded loaded) {
        FleetAnalysis analysis = loaded.analysis();
        List<ClusterAnalysis> clusters = analysis.clusters();
        Map<String, String> labels = ClusterLabels.of(clusters.stream().map(ClusterAnalysis::cluster).toList());
        List<AdoptionBar> bars = clusters.stream().map(c -> AdoptionBar.of(labels.get(c.cluster().arn()), c))
                .sorted(Comparator.comparingInt(AdoptionBar::total).reversed())
                .limit(MAX_CLUSTERS)
                .sorted(Comparator.comparing(AdoptionBar::label))
                .toList();
        Map<Readiness, Integer> readiness = clusters.stream()
                .collect(Collectors.groupingBy(c -> c.readiness().verdict(), () -> new EnumMap<>(Readiness.class),
                        Collectors.summingInt(c -> 1)));
        return new ChartData(bars, clusters.size() - bars.size(), providers(loaded.snapshots()), trustSizes(analysis.roles()), readiness);
    }

    public int readiness(Readiness verdict) {
        return readiness.get(verdict);
    }

    static List<ProviderBar> providers(List<AccountSnapshot> snapshots) {
        return snapshots.stream()
                .map(s -> new ProviderBar(label(s), s.accountId(), s.oidcProviders().size()))
                .sorted(Comparator.comparing(ProviderBar::label))
                .toList();
    }

    private static String label(AccountSnapshot s) {
        String alias = s.account().alias();
        return alias == null || alias.isBlank() ? s.accountId() : alias;
    }

    /** IRSA roles (an EKS-issuer grant in their trust policy) by size, from the first bin to the limit's or the largest. */
    static List<SizeBin> trustSizes(List<RoleSummary> roles) {
        int[] counts = new int[IamRole.MAX_TRUST_POLICY_LIMIT / SizeBin.WIDTH + 2];
        int last = IamRole.DEFAULT_TRUST_POLICY_LIMIT / SizeBin.WIDTH - 1;
        for (RoleSummary r : roles) {
            if (r.grants().stream().noneMatch(IrsaGrant::eksIssuer)) {
                continue;
            }
            int size = r.trustSize().characters();
            int bin = Math.min(counts.length - 1, Math.max(0, (size - 1) / SizeBin.WIDTH));
            counts[bin]++;
            last = Math.max(last, bin);
        }
        List<SizeBin> bins = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            bins.add(new SizeBin(i * SizeBin.WIDTH, (i + 1) * SizeBin.WIDTH, counts[i]));
        }
        return bins;
    }

    /** Cluster names, made unique with the region (and account) where names repeat. */
    static final class ClusterLabels {
        private ClusterLabels() {
        }

        static Map<String, String> of(List<EksCluster> clusters) {
            Map<String, Long> names = clusters.stream().collect(Collectors.groupingBy(EksCluster::name, Collectors.counting()));
            Map<String, Long> inRegion = clusters.stream()
                    .collect(Collectors.groupingBy(c -> c.name() + "\n" + c.region(), Collectors.counting()));
            return clusters.stream().collect(Collectors.toMap(EksCluster::arn, c -> {
                if (names.get(c.name()) == 1) {
                    return c.name();
                }
                return inRegion.get(c.name() + "\n" + c.region()) == 1 ? c.name() + " (" + c.region() + ")"
                        : c.name() + " (" + c.accountId() + " " + c.region() + ")";
            }, (a, b) -> a));
        }
    }
}
