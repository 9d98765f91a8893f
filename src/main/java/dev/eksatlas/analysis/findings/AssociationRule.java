package dev.eksatlas.analysis.findings;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.linkage.AssociationLink;
import dev.eksatlas.analysis.linkage.ClusterLink;
import dev.eksatlas.analysis.linkage.RoleGrant;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.List;

/** Associations whose roles cannot work, associations IRSA shadows, and the per-cluster association quota. */
final class AssociationRule {
    /** EKS allows 1,000 Pod Identity associations per cluster; not adjustable. */
    static final int ASSOCIATION_QUOTA = 1000;

    void apply(ClusterLink link, FindingSink sink) {
        for (AssociationLink al : link.associations()) {
            PodIdentityAssociation a = al.association();
            FindingSink.Where where = new FindingSink.Where(a.accountId(), a.region(), a.clusterName(), a.associationArn());
            String sa = a.namespace() + "/" + a.serviceAccount();
            FindingCode code = switch (al.health()) {
                case ROLE_MISSING -> FindingCode.ASSOCIATION_ROLE_MISSING;
                case ROLE_NOT_TRUSTING -> FindingCode.ASSOCIATION_ROLE_NOT_TRUSTING_POD_IDENTITY;
                case ROLE_MISSING_TAG_SESSION -> FindingCode.ASSOCIATION_ROLE_MISSING_TAG_SESSION;
                case TARGET_ROLE_MISSING -> FindingCode.ASSOCIATION_TARGET_ROLE_MISSING;
                case TARGET_ROLE_NOT_TRUSTING -> FindingCode.ASSOCIATION_TARGET_ROLE_NOT_TRUSTING;
                default -> null;
            };
            if (code != null) {
                sink.add(code, where, FindingText.of("Association for " + sa + " cannot get credentials: " + al.detail(),
                                "finding.text.association.broken", sa, al.detailText()),
                        code == FindingCode.ASSOCIATION_TARGET_ROLE_MISSING || code == FindingCode.ASSOCIATION_TARGET_ROLE_NOT_TRUSTING
                                ? a.targetRoleArn() : a.roleArn());
            }
            List<RoleGrant> shadowing = link.activeGrants().stream()
                    .filter(g -> g.grant().literalNamespace() && g.grant().covers(a.namespace(), a.serviceAccount())).toList();
            if (!shadowing.isEmpty()) {
                List<String> roles = shadowing.stream().map(RoleGrant::roleArn).distinct().sorted().toList();
                sink.add(FindingCode.IRSA_SHADOWS_POD_IDENTITY, where,
                        FindingText.of("Service account " + sa + " has both IRSA (" + String.join(", ", roles) + ") and a Pod Identity association ("
                                + a.roleArn() + "): if it carries the eks.amazonaws.com/role-arn annotation, the SDK credential chain picks IRSA",
                                "finding.text.association.shadowed", sa, String.join(", ", roles), a.roleArn()),
                        String.join("; ", shadowing.stream().map(g -> g.roleArn() + " " + g.grant().grant().subject()).toList()));
            }
        }
        int count = link.associations().size();
        if (count * 5 >= ASSOCIATION_QUOTA * 4) {
            sink.add(FindingCode.POD_IDENTITY_ASSOCIATION_QUOTA,
                    new FindingSink.Where(link.cluster().accountId(), link.cluster().region(), link.cluster().name(), link.cluster().arn()),
                    FindingText.of("Cluster " + link.cluster().name() + " has " + count + " of the " + ASSOCIATION_QUOTA
                            + " Pod Identity associations EKS allows", "finding.text.association.quota", link.cluster().name(), count, ASSOCIATION_QUOTA),
                    count + " associations");
        }
    }
}
