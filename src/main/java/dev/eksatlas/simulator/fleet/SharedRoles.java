package dev.eksatlas.simulator.fleet;

import static dev.eksatlas.simulator.fleet.SituationKind.TRUST_POLICY_NEAR_LIMIT;
import static dev.eksatlas.simulator.fleet.SituationKind.TRUST_POLICY_NEAR_MAX_LIMIT;
import static dev.eksatlas.simulator.fleet.SituationKind.TRUST_POLICY_OVER_DEFAULT_LIMIT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.eksatlas.domain.IamRole;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Roles a platform team shares between clusters of one account: one IRSA statement per cluster, so
 * each new cluster makes the trust policy longer, towards the 2,048-character default quota and
 * the 4,096-character maximum.
 */
final class SharedRoles {
    private final Ids ids;
    private final Forced forced;

    SharedRoles(Ids ids, Forced forced) {
        this.ids = ids;
        this.forced = forced;
    }

    void add(AccountBuilder a) {
        List<ClusterDraft> irsa = a.clustersUsingIrsa();
        if (irsa.size() < 2) {
            return;
        }
        List<Workload> platform = new ArrayList<>(NamePools.PLATFORM);
        NamePools.shuffle(ids, platform);
        int count = Math.min(platform.size(), 1 + irsa.size() / 3);
        for (int i = 0; i < count; i++) {
            Workload w = platform.get(i);
            if (irsa.size() >= 4 && forced.take(TRUST_POLICY_NEAR_LIMIT)) {
                padded(a, w, pick(irsa, 4), 1950, IamRole.DEFAULT_TRUST_POLICY_LIMIT);
            } else if (irsa.size() >= 5 && forced.take(TRUST_POLICY_OVER_DEFAULT_LIMIT)) {
                create(a, w, pick(irsa, irsa.size() >= 6 ? 6 : 5), 0);
            } else if (irsa.size() >= 6 && forced.take(TRUST_POLICY_NEAR_MAX_LIMIT)) {
                padded(a, w, pick(irsa, Math.min(7, irsa.size())), 3500, IamRole.MAX_TRUST_POLICY_LIMIT);
            } else {
                create(a, w, pick(irsa, ids.between(2, Math.min(7, irsa.size()))), 0);
            }
        }
    }

    /**
     * As many of {@code clusters} as fit under {@code limit}, padded with statement IDs to land near
     * {@code target}: just under the default quota, or close to the 4,096-character maximum.
     */
    private void padded(AccountBuilder a, Workload w, List<ClusterDraft> clusters, int target, int limit) {
        for (int k = clusters.size(); k >= 2; k--) {
            List<ClusterDraft> use = clusters.subList(0, k);
            int size = IamRole.policySize(TrustPolicies.document(statements(use, w, 0), false));
            if (size <= limit) {
                int perStatementPadding = Math.max(0, (target - size + k - 1) / k);
                create(a, w, use, perStatementPadding);
                return;
            }
        }
    }

    private void create(AccountBuilder a, Workload w, List<ClusterDraft> clusters, int sidLength) {
        String name = a.uniqueRoleName("shared-" + w.serviceAccount());
        String arn = a.addRole(name, "/", statements(clusters, w, sidLength), Map.of("team", "platform", "managed-by", "terraform"));
        for (ClusterDraft c : clusters) {
            a.bindings.add(new IrsaBinding(arn, c.arn(), w.namespace(), w.serviceAccount(), true));
            c.irsaNamespaces.add(w.namespace());
        }
    }

    private static List<ObjectNode> statements(List<ClusterDraft> clusters, Workload w, int padding) {
        List<ObjectNode> out = new ArrayList<>();
        for (ClusterDraft c : clusters) {
            out.add(TrustPolicies.irsa(c.providerArn, c.issuerHostPath, w.namespace(), w.serviceAccount(), true, sid(c, padding)));
        }
        return out;
    }

    /** A statement ID of about {@code padding} characters (the {@code "Sid":"",} around it counts too). */
    private static String sid(ClusterDraft c, int padding) {
        int length = padding - 9;
        if (length <= 0) {
            return null;
        }
        String base = ("Irsa" + c.name().replace("-", "") + "TrustForServiceAccount").repeat(4);
        return base.substring(0, Math.min(length, base.length()));
    }

    private List<ClusterDraft> pick(List<ClusterDraft> from, int k) {
        List<ClusterDraft> copy = new ArrayList<>(from);
        NamePools.shuffle(ids, copy);
        List<ClusterDraft> chosen = new ArrayList<>(copy.subList(0, k));
        chosen.sort(Comparator.comparingInt(from::indexOf));
        return chosen;
    }
}
