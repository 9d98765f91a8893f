package dev.eksatlas.analysis.history;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.domain.OidcProvider;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The difference between two snapshots of one account: clusters, roles (trust changed), providers, associations. */
public final class SnapshotDiffer {
    private static final FieldDiff<EksCluster> CLUSTER = new FieldDiff<EksCluster>()
            .field("version", EksCluster::version).field("platformVersion", EksCluster::platformVersion)
            .field("status", EksCluster::status).field("issuer", EksCluster::oidcIssuer)
            .field("authenticationMode", EksCluster::authenticationMode).field("autoMode", EksCluster::autoMode)
            .field("logging", EksCluster::loggingTypesEnabled);
    private static final FieldDiff<OidcProvider> PROVIDER = new FieldDiff<OidcProvider>()
            .field("url", OidcProvider::url).field("clientIds", OidcProvider::clientIds).field("thumbprints", OidcProvider::thumbprints);
    private static final FieldDiff<PodIdentityAssociation> ASSOCIATION = new FieldDiff<PodIdentityAssociation>()
            .field("namespace", PodIdentityAssociation::namespace).field("serviceAccount", PodIdentityAssociation::serviceAccount)
            .field("roleArn", PodIdentityAssociation::roleArn).field("targetRoleArn", PodIdentityAssociation::targetRoleArn)
            .field("disableSessionTags", PodIdentityAssociation::disableSessionTags).field("policy", PodIdentityAssociation::policy);

    private final TrustDiff trustDiff = new TrustDiff();

    public SnapshotDiff diff(AccountSnapshot before, AccountSnapshot after) {
        if (!before.accountId().equals(after.accountId())) {
            throw new IllegalArgumentException("snapshots of different accounts: " + before.accountId() + " and " + after.accountId());
        }
        return new SnapshotDiff(after.accountId(), before.finishedAt(), after.finishedAt(),
                changes(before.clusters(), after.clusters(), SnapshotDiffer::clusterKey, CLUSTER::compare),
                changes(before.roles(), after.roles(), IamRole::arn, trustDiff::compare),
                changes(before.oidcProviders(), after.oidcProviders(), OidcProvider::arn, PROVIDER::compare),
                changes(before.associations(), after.associations(), SnapshotDiffer::associationKey, ASSOCIATION::compare));
    }

    private static <T> List<Change<T>> changes(List<T> before, List<T> after, Function<T, String> key,
                                               BiFunction<T, T, List<String>> compare) {
        Map<String, T> old = index(before, key);
        Map<String, T> now = index(after, key);
        TreeSet<String> keys = new TreeSet<>(old.keySet());
        keys.addAll(now.keySet());
        List<Change<T>> out = new ArrayList<>();
        for (String k : keys) {
            T a = old.get(k);
            T b = now.get(k);
            if (a == null) {
                out.add(new Change<>(ChangeKind.ADDED, k, null, b, List.of()));
            } else if (b == null) {
                out.add(new Change<>(ChangeKind.REMOVED, k, a, null, List.of()));
            } else {
                List<String> details = compare.apply(a, b);
                if (!details.isEmpty()) {
                    out.add(new Change<>(ChangeKind.CHANGED, k, a, b, details));
                }
            }
        }
        return out;
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new TreeMap<>();
        items.forEach(t -> map.put(key.apply(t), t));
        return map;
    }

    private static String clusterKey(EksCluster c) {
        return c.arn() != null ? c.arn() : c.accountId() + "/" + c.region() + "/" + c.name();
    }

    private static String associationKey(PodIdentityAssociation a) {
        return a.associationArn() != null ? a.associationArn()
                : a.region() + "/" + a.clusterName() + "/" + a.namespace() + "/" + a.serviceAccount();
    }
}
