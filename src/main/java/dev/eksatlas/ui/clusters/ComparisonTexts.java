package dev.eksatlas.ui.clusters;

import dev.eksatlas.analysis.comparison.ClusterScalabilityRow;
import dev.eksatlas.analysis.comparison.ComparisonRow;
import dev.eksatlas.analysis.comparison.RoleExtensibilityRow;
import dev.eksatlas.analysis.comparison.RoleReusabilityRow;
import dev.eksatlas.analysis.comparison.RoleScalabilityRow;
import dev.eksatlas.analysis.comparison.RowVerdict;
import dev.eksatlas.analysis.comparison.SupportedEnvironmentsRow;
import dev.eksatlas.analysis.comparison.SupportedVersionsRow;
import dev.eksatlas.analysis.findings.PodIdentitySupport;
import dev.eksatlas.domain.IamRole;
import dev.eksatlas.ui.common.Messages;

/**
 * Renders the six comparison rows from their typed fields through the bundles (the analysis's own
 * texts are English only). Row names are the EKS user guide's, in Korean AWS's own wording.
 */
public final class ComparisonTexts {
    private final Messages m;

    public ComparisonTexts(Messages messages) {
        this.m = messages;
    }

    public ComparisonLine line(ComparisonRow row) {
        String[] t = switch (row) {
            case RoleExtensibilityRow r -> roleExtensibility(r);
            case ClusterScalabilityRow r -> clusterScalability(r);
            case RoleScalabilityRow r -> roleScalability(r);
            case RoleReusabilityRow r -> roleReusability(r);
            case SupportedEnvironmentsRow r -> environments(r);
            case SupportedVersionsRow r -> versions(r);
        };
        RowVerdict v = row.verdict();
        return new ComparisonLine(row.key(), m.get("cmp.row." + row.key().name()), t[0], t[1], v, m.get("cmp.verdict." + v.name()), t[2]);
    }

    private String[] roleExtensibility(RoleExtensibilityRow r) {
        String irsa = r.irsaRoles() == 0 ? m.get("cmp.ext.irsa.none") : m.get("cmp.ext.irsa", r.irsaRoles(), r.sharedIrsaRoles());
        String pod = r.associationRoles() == 0 ? m.get("cmp.ext.pod.none") : m.get("cmp.ext.pod", r.associationRoles(), r.associationRolesTrusting());
        String verdict = r.sharedIrsaRoles() > 0 ? m.get("cmp.ext.verdict.saves", r.sharedIrsaRoles())
                : m.get(r.irsaRoles() > 0 ? "cmp.ext.verdict.notShared" : "cmp.ext.verdict.none");
        return new String[] {irsa, pod, verdict};
    }

    private String[] clusterScalability(ClusterScalabilityRow r) {
        String provider = m.get(r.providerInClusterAccount() ? "cmp.cluster.provider.present"
                : r.otherProviderAccounts().isEmpty() ? "cmp.cluster.provider.missing" : "cmp.cluster.provider.notInAccount");
        if (!r.otherProviderAccounts().isEmpty()) {
            provider = m.get("cmp.cluster.provider.crossAccount", provider, String.join(", ", r.otherProviderAccounts()));
        }
        String quota = r.providersInAccount() < 0 ? m.get("cmp.cluster.quota.unknown")
                : m.get("cmp.cluster.quota", r.providersInAccount(), r.providerQuota());
        boolean broken = !r.providerPresent() && r.irsaGrants() > 0;
        String verdict = m.get(broken ? "cmp.cluster.verdict.broken"
                : r.verdict() == RowVerdict.FAVOURS_POD_IDENTITY ? "cmp.cluster.verdict.nearQuota" : "cmp.cluster.verdict.fine");
        return new String[] {m.get("cmp.cluster.irsa", provider, quota), m.get("cmp.cluster.pod"), verdict};
    }

    private String[] roleScalability(RoleScalabilityRow r) {
        String irsa = r.largestRoleArn() == null ? m.get("cmp.roleScale.irsa.none")
                : m.get("cmp.roleScale.irsa", roleName(r.largestRoleArn()), r.largestSize(), IamRole.DEFAULT_TRUST_POLICY_LIMIT,
                r.percentOfDefault(), r.statements(), r.moreUnderDefault(), r.moreUnderMax(), IamRole.MAX_TRUST_POLICY_LIMIT);
        int tight = r.rolesNearLimit() + r.rolesOverDefault();
        String verdict = tight > 0 ? m.get("cmp.roleScale.verdict.tight", tight)
                : m.get(r.largestRoleArn() == null ? "cmp.roleScale.verdict.none" : "cmp.roleScale.verdict.room");
        return new String[] {irsa, m.get("cmp.roleScale.pod"), verdict};
    }

    private String[] roleReusability(RoleReusabilityRow r) {
        String pod = r.associations() == 0 ? m.get("cmp.reuse.pod.none")
                : m.get("cmp.reuse.pod", r.associations(), r.sessionTagsDisabled(), r.rolesScopedByRequestTags(), r.rolesNotScoped());
        String verdict = m.get(r.irsaRolesServingSeveral() > 0 ? "cmp.reuse.verdict.abac" : "cmp.reuse.verdict.none");
        return new String[] {m.get("cmp.reuse.irsa", r.irsaServiceAccounts(), r.irsaRolesServingSeveral()), pod, verdict};
    }

    private String[] environments(SupportedEnvironmentsRow r) {
        String base = m.get(r.autoMode() ? "cmp.env.pod.autoMode" : "cmp.env.pod.ec2");
        String pod;
        if (r.fargateProfiles() == 0) {
            pod = m.get("cmp.env.pod.noFargate", base);
        } else {
            pod = m.get("cmp.env.pod.fargate", base, String.join(", ", r.fargateNamespaces()));
            if (r.associationsOnFargate() > 0) {
                pod = m.get("cmp.env.pod.fargateAssociations", pod, r.associationsOnFargate());
            }
        }
        String verdict = m.get(r.fargateProfiles() > 0 ? "cmp.env.verdict.fargate" : "cmp.env.verdict.fine");
        return new String[] {m.get("cmp.env.irsa", r.fargateProfiles()), pod, verdict};
    }

    private String[] versions(SupportedVersionsRow r) {
        String pod = m.get("cmp.versions.pod", text(r.version()), text(r.platformVersion()), supportText(r), agentText(r));
        String verdict = switch (r.verdict()) {
            case BLOCKS_POD_IDENTITY -> m.get("cmp.versions.verdict.upgrade");
            case NEEDS_ACTION -> m.get(r.support() == PodIdentitySupport.Status.UNKNOWN ? "cmp.versions.verdict.check" : "cmp.versions.verdict.agent");
            default -> m.get("cmp.versions.verdict.supported");
        };
        return new String[] {m.get("cmp.versions.irsa", text(r.version()), text(r.platformVersion())), pod, verdict};
    }

    /** e.g. "not supported (needs eks.9 on 1.26)". */
    String supportText(SupportedVersionsRow r) {
        String needs = r.minimumPlatformVersion() == null ? m.get("cmp.versions.needs")
                : m.get("cmp.versions.needsPlatform", r.minimumPlatformVersion(), text(r.version()));
        return m.get("cmp.versions.support." + r.support().name(), needs);
    }

    String agentText(SupportedVersionsRow r) {
        return m.get("cmp.versions.agent." + r.agent().name(), text(r.agentVersion()));
    }

    static String roleName(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static String text(String value) {
        return value == null ? "?" : value;
    }
}
