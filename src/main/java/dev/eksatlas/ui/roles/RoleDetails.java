package dev.eksatlas.ui.roles;

import dev.eksatlas.analysis.ClusterAnalysis;
import dev.eksatlas.analysis.FleetAnalysis;
import dev.eksatlas.analysis.RoleSummary;
import dev.eksatlas.analysis.findings.Finding;
import dev.eksatlas.analysis.policy.StatementRef;
import dev.eksatlas.analysis.trust.PolicySize;
import dev.eksatlas.analysis.trust.StatementGrant;
import dev.eksatlas.analysis.trust.TrustAnalysis;
import dev.eksatlas.analysis.trust.TrustPolicyClassifier;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.Messages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a role's {@link RoleDetail} from one fleet analysis: which cluster each IRSA statement's
 * issuer belongs to (a colour per cluster, the same in the cluster list and on the statements),
 * which statements trust Pod Identity, the role's findings and its trust-policy size. Pure.
 */
final class RoleDetails {
    private final Messages messages;
    private final TrustPolicyClassifier classifier = new TrustPolicyClassifier();
    private final PolicyPrinter printer = new PolicyPrinter();
    private final Map<String, EksCluster> clustersByArn = new HashMap<>();
    private final Map<String, List<EksCluster>> clustersByIssuer = new HashMap<>();
    private final Map<String, List<Finding>> findingsByResource = new HashMap<>();

    RoleDetails(FleetAnalysis analysis, Messages messages) {
        this.messages = messages;
        for (ClusterAnalysis c : analysis.clusters()) {
            clustersByArn.put(c.cluster().arn(), c.cluster());
            if (c.link().issuerKey() != null) {
                clustersByIssuer.computeIfAbsent(c.link().issuerKey(), k -> new ArrayList<>()).add(c.cluster());
            }
        }
        analysis.findings().stream().filter(f -> f.resourceArn() != null)
                .forEach(f -> findingsByResource.computeIfAbsent(f.resourceArn(), k -> new ArrayList<>()).add(f));
    }

    RoleDetail describe(RoleSummary summary) {
        IamRole role = summary.role();
        Map<String, Integer> colours = new LinkedHashMap<>();
        summary.trustedClusterArns().forEach(arn -> colours.putIfAbsent(arn, colours.size()));
        Map<Integer, Set<RoleDetail.Mark>> marks = statementMarks(classifier.classify(role.trustPolicy()), colours);
        List<RoleDetail.Mark> clusters = summary.trustedClusterArns().stream()
                .map(arn -> clusterMark(clustersByArn.get(arn), arn, colours.get(arn))).toList();
        PrintedPolicy printed = printer.print(role.trustPolicy());
        List<RoleDetail.Block> blocks = printed.parts().stream()
                .map(p -> new RoleDetail.Block(shown(p), p.statement(), List.copyOf(marks.getOrDefault(p.statement(), Set.of()))))
                .filter(b -> b.statement() >= 0 || !b.text().isEmpty())
                .toList();
        return new RoleDetail(role.name(), role.arn(), gauge(summary.trustSize()), clusters,
                findingsByResource.getOrDefault(role.arn(), List.of()), blocks, printed.text(),
                printed.parsed() ? "" : messages.get("roles.policy.unparsed"));
    }

    /**
     * A part as its box shows it: a statement at the left margin; the text around statements
     * without the line breaks and commas between the boxes (the copy button copies the whole text).
     */
    private static String shown(PrintedPolicy.Part part) {
        if (part.isStatement()) {
            return part.dedented();
        }
        String text = part.text().replaceFirst("^\\n+", "").stripTrailing();
        return text.equals(",") ? "" : text;
    }

    private Map<Integer, Set<RoleDetail.Mark>> statementMarks(TrustAnalysis trust, Map<String, Integer> colours) {
        Map<Integer, Set<RoleDetail.Mark>> marks = new HashMap<>();
        for (StatementGrant g : trust.grants()) {
            Set<RoleDetail.Mark> mine = marks.computeIfAbsent(g.statement().index(), k -> new LinkedHashSet<>());
            List<EksCluster> clusters = clustersByIssuer.getOrDefault(g.issuerKey(), List.of());
            if (clusters.isEmpty()) {
                mine.add(new RoleDetail.Mark(RoleDetail.Kind.UNSCANNED_ISSUER, messages.get("roles.mark.unscanned", g.grant().issuer()), -1));
            }
            for (EksCluster c : clusters) {
                int colour = colours.computeIfAbsent(c.arn(), k -> colours.size());
                RoleDetail.Mark mark = clusterMark(c, c.arn(), colour);
                mine.add(g.active() ? mark : new RoleDetail.Mark(mark.kind(),
                        messages.get("roles.mark.inactive." + g.state().name(), mark.label()), colour));
            }
        }
        for (StatementRef ref : trust.podIdentity().statementRefs()) {
            marks.computeIfAbsent(ref.index(), k -> new LinkedHashSet<>())
                    .add(new RoleDetail.Mark(RoleDetail.Kind.POD_IDENTITY, messages.get("roles.mark.podIdentity"), -1));
        }
        return marks;
    }

    private RoleDetail.Mark clusterMark(EksCluster cluster, String arn, int colour) {
        String label = cluster == null ? arn : messages.get("roles.mark.cluster", cluster.name(), cluster.region(), cluster.accountId());
        return new RoleDetail.Mark(RoleDetail.Kind.CLUSTER, label, colour);
    }

    private RoleDetail.Gauge gauge(PolicySize size) {
        RoleDetail.Level level = size.nearMaxLimit() ? RoleDetail.Level.NEAR_MAX
                : size.overDefaultLimit() ? RoleDetail.Level.OVER_DEFAULT
                : size.nearDefaultLimit() ? RoleDetail.Level.NEAR_DEFAULT : RoleDetail.Level.OK;
        double fraction = Math.min(1.0, size.characters() / (double) IamRole.MAX_TRUST_POLICY_LIMIT);
        String text = messages.get("roles.gauge.text", size.characters(), IamRole.DEFAULT_TRUST_POLICY_LIMIT, size.percentOfDefault(),
                IamRole.MAX_TRUST_POLICY_LIMIT);
        String room = messages.get("roles.gauge.room", size.statements(), size.moreIrsaUnderDefault(), size.moreIrsaUnderMax());
        return new RoleDetail.Gauge(size.characters(), fraction, level, text, room);
    }
}
