package dev.eksatlas.analysis.migration;

import dev.eksatlas.analysis.catalog.FindingText;
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
    static final String SESSION_TAG_NAMESPACE = "${aws:PrincipalTag/kubernetes-namespace}";
    static final String SESSION_TAG_SERVICE_ACCOUNT = "${aws:PrincipalTag/kubernetes-service-account}";

    private PlanNotes() {
    }

    static void environment(ClusterLink link, ClusterComparison comparison, ServiceAccountRef sa, List<PlanNote> notes) {
        if (MigrationPlanner.unsupported(comparison)) {
            EksCluster c = link.cluster();
            notes.add(PlanNote.blocker("VERSION_UNSUPPORTED", FindingText.of("Cluster " + sa.clusterName() + " runs Kubernetes "
                    + c.version() + " " + c.platformVersion() + ", below what Pod Identity needs: upgrade first",
                    "plan.text.note.versionUnsupported", sa.clusterName(), c.version(), c.platformVersion())));
        }
        for (FargateProfile f : MigrationPlanner.fargateFor(link, sa.namespace())) {
            boolean labelled = f.selectors().stream().anyMatch(s -> !s.labels().isEmpty());
            if (labelled) {
                notes.add(PlanNote.warning("FARGATE_LABELS", FindingText.of("Fargate profile " + f.name() + " selects pods of " + sa.namespace()
                        + " by label: pods it selects must stay on IRSA", "plan.text.note.fargateLabels", f.name(), sa.namespace())));
            } else {
                notes.add(PlanNote.blocker("FARGATE", FindingText.of("Pods of " + sa.namespace() + " run on Fargate (profile " + f.name()
                        + "), where Pod Identity does not work: keep IRSA", "plan.text.note.fargate", sa.namespace(), f.name())));
            }
        }
    }

    static void roles(FleetIndex index, ClusterLink link, RoleAnalysis role, RoleUse use, ServiceAccountRow row, List<PlanNote> notes) {
        if (row.irsaRoleArns().size() > 1) {
            String arns = String.join(", ", row.irsaRoleArns());
            notes.add(PlanNote.warning("SEVERAL_IRSA_ROLES", FindingText.of(row.irsaRoleArns().size() + " roles trust this service account ("
                    + arns + "); its annotation decides which one it uses. The plan uses " + role.arn(),
                    "plan.text.note.severalIrsaRoles", row.irsaRoleArns().size(), arns, role.arn())));
        }
        List<String> otherIssuers = use.eksIssuerKeys().stream().filter(i -> !i.equals(link.issuerKey())).sorted().toList();
        if (!otherIssuers.isEmpty()) {
            List<String> names = otherIssuers.stream().map(i -> index.clustersWithIssuer(i).stream().map(EksCluster::name)
                    .findFirst().orElse(i)).toList();
            String clusters = String.join(", ", names);
            notes.add(PlanNote.warning("SHARED_ROLE", FindingText.of("Role " + role.role().name() + " is also trusted through "
                    + otherIssuers.size() + " other clusters' issuers (" + clusters
                    + "): their statements must stay until those clusters move too",
                    "plan.text.note.sharedRole", role.role().name(), otherIssuers.size(), clusters)));
        }
        if (!role.role().accountId().equals(link.cluster().accountId())) {
            notes.add(PlanNote.warning("CROSS_ACCOUNT_ROLE", FindingText.of("Role " + role.arn() + " is in account " + role.role().accountId()
                    + ": an association's role must be in the cluster's account, so the plan chains to it as target role",
                    "plan.text.note.crossAccountRole", role.arn(), role.role().accountId())));
        }
        if (use.distinctGrants() > 1) {
            notes.add(PlanNote.hint("SESSION_TAGS", FindingText.of("Role " + role.role().name() + " serves " + use.distinctGrants()
                    + " service-account grants alike; with Pod Identity one role can tell them apart through session tags, "
                    + "e.g. conditions on " + SESSION_TAG_NAMESPACE + " and " + SESSION_TAG_SERVICE_ACCOUNT + " in its permission policies",
                    "plan.text.note.sessionTags", role.role().name(), use.distinctGrants(), SESSION_TAG_NAMESPACE, SESSION_TAG_SERVICE_ACCOUNT)));
        }
    }
}
