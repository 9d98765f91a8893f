package dev.eksatlas.scan;

import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import dev.eksatlas.domain.StaleTokenCheck;
import dev.eksatlas.domain.StaleTokenObservation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;
import software.amazon.awssdk.services.eks.EksClient;
import software.amazon.awssdk.services.eks.model.Cluster;

/**
 * Reads EKS in one region of one account: every cluster (all pages), and for each its Pod Identity
 * associations, add-ons and Fargate profiles, each listed to the last page and described one by
 * one. Clusters, and the describes within a cluster, are read concurrently.
 */
final class EksScanner {
    private static final int PAGE_SIZE = 100;

    private final CallGate gate;
    private final ExecutorService executor;

    EksScanner(CallGate gate, ExecutorService executor) {
        this.gate = gate;
        this.executor = executor;
    }

    record Result(List<EksCluster> clusters, List<PodIdentityAssociation> associations, List<EksAddon> addons,
            List<FargateProfile> fargateProfiles, List<StaleTokenObservation> staleTokens, List<StaleTokenCheck> staleTokenChecks) {
        Result(List<EksCluster> clusters, List<PodIdentityAssociation> associations, List<EksAddon> addons,
                List<FargateProfile> fargateProfiles) {
            this(clusters, associations, addons, fargateProfiles, List.of(), List.of());
        }

        Result withStaleTokens(List<StaleTokenObservation> observations, List<StaleTokenCheck> checks) {
            return new Result(clusters, associations, addons, fargateProfiles, observations, checks);
        }
    }

    private record ClusterResult(EksCluster cluster, List<PodIdentityAssociation> associations, List<EksAddon> addons,
            List<FargateProfile> fargateProfiles) {
    }

    Result scan(EksClient eks, String accountId, String region, Coverage coverage) {
        List<String> names = listAll(CallSite.eks(accountId, region, "ListClusters", null, null), coverage,
                () -> eks.listClustersPaginator(r -> r.maxResults(PAGE_SIZE)).iterator(), page -> page.clusters());
        gate.plan(names.size() * 4L);
        List<Future<ClusterResult>> futures = new ArrayList<>();
        for (String name : names) {
            futures.add(executor.submit(() -> cluster(eks, accountId, region, name, coverage)));
        }
        List<EksCluster> clusters = new ArrayList<>();
        List<PodIdentityAssociation> associations = new ArrayList<>();
        List<EksAddon> addons = new ArrayList<>();
        List<FargateProfile> fargate = new ArrayList<>();
        for (ClusterResult r : Futures.joinAll(futures)) {
            if (r.cluster() != null) {
                clusters.add(r.cluster());
            }
            associations.addAll(r.associations());
            addons.addAll(r.addons());
            fargate.addAll(r.fargateProfiles());
        }
        return new Result(clusters, associations, addons, fargate);
    }

    private ClusterResult cluster(EksClient eks, String accountId, String region, String name, Coverage coverage) {
        Future<List<PodIdentityAssociation>> associations = executor.submit(() -> associations(eks, accountId, region, name, coverage));
        Future<List<EksAddon>> addons = executor.submit(() -> addons(eks, accountId, region, name, coverage));
        Future<List<FargateProfile>> fargate = executor.submit(() -> fargateProfiles(eks, accountId, region, name, coverage));
        CallSite describe = CallSite.eks(accountId, region, "DescribeCluster", name, name);
        Cluster c = coverage.read(describe, () -> gate.call(describe, () -> eks.describeCluster(r -> r.name(name)).cluster()), null);
        return new ClusterResult(c == null ? null : SdkRecords.cluster(accountId, region, c),
                Futures.join(associations), Futures.join(addons), Futures.join(fargate));
    }

    private List<PodIdentityAssociation> associations(EksClient eks, String accountId, String region, String cluster, Coverage coverage) {
        List<String> ids = listAll(CallSite.eks(accountId, region, "ListPodIdentityAssociations", cluster, cluster), coverage,
                () -> eks.listPodIdentityAssociationsPaginator(r -> r.clusterName(cluster).maxResults(PAGE_SIZE)).iterator(),
                page -> page.associations().stream().map(a -> a.associationId()).toList());
        return describeEach(ids, id -> {
            CallSite site = CallSite.eks(accountId, region, "DescribePodIdentityAssociation", cluster, id);
            return coverage.read(site, () -> SdkRecords.association(accountId, region, gate.call(site,
                    () -> eks.describePodIdentityAssociation(r -> r.clusterName(cluster).associationId(id)).association())), null);
        });
    }

    private List<EksAddon> addons(EksClient eks, String accountId, String region, String cluster, Coverage coverage) {
        List<String> names = listAll(CallSite.eks(accountId, region, "ListAddons", cluster, cluster), coverage,
                () -> eks.listAddonsPaginator(r -> r.clusterName(cluster).maxResults(PAGE_SIZE)).iterator(), page -> page.addons());
        return describeEach(names, addon -> {
            CallSite site = CallSite.eks(accountId, region, "DescribeAddon", cluster, addon);
            return coverage.read(site, () -> SdkRecords.addon(accountId, region, gate.call(site,
                    () -> eks.describeAddon(r -> r.clusterName(cluster).addonName(addon)).addon())), null);
        });
    }

    private List<FargateProfile> fargateProfiles(EksClient eks, String accountId, String region, String cluster, Coverage coverage) {
        List<String> names = listAll(CallSite.eks(accountId, region, "ListFargateProfiles", cluster, cluster), coverage,
                () -> eks.listFargateProfilesPaginator(r -> r.clusterName(cluster).maxResults(PAGE_SIZE)).iterator(),
                page -> page.fargateProfileNames());
        return describeEach(names, profile -> {
            CallSite site = CallSite.eks(accountId, region, "DescribeFargateProfile", cluster, profile);
            return coverage.read(site, () -> SdkRecords.fargate(accountId, region, gate.call(site,
                    () -> eks.describeFargateProfile(r -> r.clusterName(cluster).fargateProfileName(profile)).fargateProfile())), null);
        });
    }

    /** Follows a paginator to its last page, each page through the gate; a failure keeps what was read and records a gap. */
    private <P> List<String> listAll(CallSite site, Coverage coverage, Supplier<Iterator<P>> pages,
            Function<P, List<String>> items) {
        List<String> out = new ArrayList<>();
        coverage.read(site, () -> {
            Iterator<P> it = pages.get();
            while (it.hasNext()) {
                out.addAll(items.apply(gate.call(site, it::next)));
            }
            return null;
        }, null);
        return out;
    }

    private <T> List<T> describeEach(List<String> keys, Function<String, T> describe) {
        gate.plan(keys.size());
        List<Future<T>> futures = new ArrayList<>(keys.size());
        for (String key : keys) {
            futures.add(executor.submit(() -> describe.apply(key)));
        }
        return Futures.joinAll(futures).stream().filter(Objects::nonNull).toList();
    }
}
