package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.Severity;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.Coverage;
import dev.eksatlas.analysis.policy.Glob;
import dev.eksatlas.domain.EksAddon;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.FargateProfile;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cluster-level limits of Pod Identity: version, agent add-on, Fargate. */
final class ClusterRule {
    private static final Set<String> UNHEALTHY = Set.of("DEGRADED", "CREATE_FAILED", "UPDATE_FAILED", "DELETE_FAILED", "DELETING");

    void apply(ClusterLink link, Coverage coverage, FindingSink sink) {
        EksCluster c = link.cluster();
        FindingSink.Where where = new FindingSink.Where(c.accountId(), c.region(), c.name(), c.arn());
        boolean hasAssociations = !link.associations().isEmpty();
        PodIdentitySupport support = PodIdentitySupport.of(c.version(), c.platformVersion());
        if (support.status() == PodIdentitySupport.Status.UNSUPPORTED) {
            sink.add(FindingCode.POD_IDENTITY_UNSUPPORTED_VERSION, hasAssociations ? Severity.HIGH : Severity.LOW, where,
                    FindingText.of("Cluster " + c.name() + " cannot use EKS Pod Identity: " + support.reason()
                            + (hasAssociations ? "; its " + link.associations().size() + " associations do not work" : ""),
                            hasAssociations ? "finding.text.cluster.unsupported.associations" : "finding.text.cluster.unsupported",
                            hasAssociations ? new Object[] {c.name(), support.reasonText(), link.associations().size()}
                                    : new Object[] {c.name(), support.reasonText()}),
                    "Kubernetes " + c.version() + ", platform " + c.platformVersion(), Map.of());
        }
        if (hasAssociations && !c.autoMode()) {
            agent(link, coverage, where, sink);
        }
        for (FargateProfile f : link.fargateProfiles()) {
            fargate(link, f, sink);
        }
    }

    private static void agent(ClusterLink link, Coverage coverage, FindingSink.Where where, FindingSink sink) {
        EksCluster c = link.cluster();
        var agent = link.addon(EksAddon.POD_IDENTITY_AGENT);
        if (agent.isEmpty() && coverage.clusterPartComplete(link.key(), "addon")) {
            sink.add(FindingCode.POD_IDENTITY_AGENT_MISSING, FindingCode.POD_IDENTITY_AGENT_MISSING.severity(), where,
                    FindingText.of("Cluster " + c.name() + " has " + link.associations().size() + " Pod Identity associations but no "
                            + EksAddon.POD_IDENTITY_AGENT + " add-on and is not in Auto Mode (a self-managed agent would not show here)",
                            "finding.text.cluster.agentMissing", c.name(), link.associations().size(), EksAddon.POD_IDENTITY_AGENT),
                    "add-ons: " + String.join(", ", link.addons().stream().map(EksAddon::name).toList()),
                    Map.of("<cluster>", c.name()));
        } else if (agent.isPresent() && agent.get().status() != null && UNHEALTHY.contains(agent.get().status())) {
            sink.add(FindingCode.POD_IDENTITY_AGENT_UNHEALTHY,
                    new FindingSink.Where(c.accountId(), c.region(), c.name(), agent.get().arn()),
                    FindingText.of("The " + EksAddon.POD_IDENTITY_AGENT + " add-on of cluster " + c.name() + " is " + agent.get().status(),
                            "finding.text.cluster.agentUnhealthy", EksAddon.POD_IDENTITY_AGENT, c.name(), agent.get().status()),
                    agent.get().version() + " " + agent.get().status());
        }
    }

    private static void fargate(ClusterLink link, FargateProfile f, FindingSink sink) {
        EksCluster c = link.cluster();
        List<String> namespaces = f.selectors().stream().map(FargateProfile.Selector::namespace).toList();
        boolean labelled = f.selectors().stream().anyMatch(s -> !s.labels().isEmpty());
        List<PodIdentityAssociation> affected = link.associations().stream().map(a -> a.association())
                .filter(a -> selects(f, a.namespace())).toList();
        FindingText pods = FindingText.of("pods of namespace(s) " + String.join(", ", namespaces) + (labelled ? " with the profile's labels" : ""),
                labelled ? "finding.text.fargate.pods.labelled" : "finding.text.fargate.pods", String.join(", ", namespaces));
        FindingSink.Where where = new FindingSink.Where(c.accountId(), c.region(), c.name(), f.arn());
        if (affected.isEmpty()) {
            sink.add(FindingCode.FARGATE_LIMITS_POD_IDENTITY, Severity.INFO, where,
                    FindingText.of("Fargate profile " + f.name() + " runs " + pods + " on Fargate, where EKS Pod Identity does not work: they stay on IRSA",
                            "finding.text.fargate.stayOnIrsa", f.name(), pods),
                    "selectors: " + String.join(", ", namespaces), Map.of());
        } else {
            sink.add(FindingCode.FARGATE_LIMITS_POD_IDENTITY, Severity.MEDIUM, where,
                    FindingText.of("Fargate profile " + f.name() + " runs " + pods + " on Fargate, where the associations for "
                            + String.join(", ", affected.stream().map(a -> a.namespace() + "/" + a.serviceAccount()).toList())
                            + " give no credentials", "finding.text.fargate.noCredentials", f.name(), pods,
                            String.join(", ", affected.stream().map(a -> a.namespace() + "/" + a.serviceAccount()).toList())),
                    "selectors: " + String.join(", ", namespaces), Map.of());
        }
    }

    /** Fargate selectors accept * and ? in namespaces. */
    static boolean selects(FargateProfile f, String namespace) {
        return f.selectors().stream().anyMatch(s -> Glob.matches(s.namespace(), namespace));
    }
}
