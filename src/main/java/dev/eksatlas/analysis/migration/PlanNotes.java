package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.comparison.ClusterComparison;
import dev.eksatlas.analysis.comparison.ServiceAccountRow;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.FleetIndex;
import dev.eksatlas.analysis.linkage.RoleAnalysis;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import java.util.List;

/** The blockers, warnings and hints of a plan that do not come from its steps. */
final class PlanNotes {
    private PlanNotes() {
    }

    static void environment(ClusterLink link, ClusterComparison comparison, ServiceAccountRef sa, List<PlanNote> notes) {
        if (MigrationPlanner.unsupported(comparison)) {
            notes.add(PlanNote.blocker("VERSION_UNSUPPORTED", "Cluster " + sa.clusterName() + " runs Kubernetes "
                    + link.cluster().version() + " " + link.cluster().platformVersion() + ", below what Pod Identity needs: upgrade first"));
        }
        for (FargateProfile f : MigrationPlanner.fargateFor(link, sa.namespace())) {
            boolean labelled = f.selectors().stream().anyMatch(s -> !s.labels().isEmpty());
            if (labelled) {
                notes.add(PlanNote.warning("FARGATE_LABELS", "Fargate profile " + f.name() + " selects pods of " + sa.namespace()
                        + " by label: pods it selects must stay on IRSA"));
            } else {
                notes.add(PlanNote.blocker("FARGATE", "Pods of " + sa.namespace() + " run on Fargate (profile " + f.name()
                        + "), where Pod Identity does not work: keep IRSA"));
            }
        }
    }

    static void roles(FleetIndex index, ClusterLink link, RoleAnalysis role, RoleUse use, ServiceAccountRow row, List<PlanNote> notes) {
        if (row.irsaRoleArns().size() > 1) {
            notes.add(PlanNote.warning("SEVERAL_IRSA_ROLES", row.irsaRoleArns().size() + " roles trust this service account ("
                    + String.join(", ", row.irsaRoleArns()) + "); its annotation decides which one it uses. The plan uses " + role.arn()));
        }
        List<String> otherIssuers = use.eksIssuerKeys().stream().filter(i -> !i.equals(link.issuerKey())).sorted().toList();
        if (!otherIssuers.isEmpty()) {
            List<String> names = otherIssuers.stream().map(i -> index.clustersWithIssuer(i).stream().map(EksCluster::name)
                    .findFirst().orElse(i)).toList();
            notes.add(PlanNote.warning("SHARED_ROLE", "Role " + role.role().name() + " is also trusted through "
                    + otherIssuers.size() + " other clusters' issuers (" + String.join(", ", names)
                    + "): their statements must stay until those clusters move too"));
        }
        if (!role.role().accountId().equals(link.cluster().accountId())) {
            notes.add(PlanNote.warning("CROSS_ACCOUNT_ROLE", "Role " + role.arn() + " is in account " + role.role().accountId()
                    + ": an association's role must be in the cluster's account, so the plan chains to it as target role"));
        }
        if (use.distinctGrants() > 1) {
            notes.add(PlanNote.hint("SESSION_TAGS", "Role " + role.role().name() + " serves " + use.distinctGrants()
                    + " service-account grants alike; with Pod Identity one role can tell them apart through session tags, "
                    + "e.g. conditions on ${aws:PrincipalTag/kubernetes-namespace} and ${aws:PrincipalTag/kubernetes-service-account} "
                    + "in its permission policies"));
        }
    }
}
