package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.policy.ConditionEvaluator;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.PrincipalSet;
import dev.eksatlas.analysis.policy.Truth;
import dev.eksatlas.analysis.trust.PodIdentityTrust;
import dev.eksatlas.domain.PodIdentityAssociation;

/** Decides whether an association's role (and target role) will let EKS Pod Identity in. */
final class AssociationChecker {
    private static final String ASSUME_ROLE = "sts:AssumeRole";
    private static final String TAG_SESSION = "sts:TagSession";

    private final FleetIndex index;

    AssociationChecker(FleetIndex index) {
        this.index = index;
    }

    AssociationLink check(PodIdentityAssociation a, String clusterArn) {
        RoleAnalysis role = index.role(a.roleArn());
        RoleAnalysis target = a.targetRoleArn() == null ? null : index.role(a.targetRoleArn());
        if (role == null) {
            boolean complete = index.coverage().iamRolesComplete(Arns.account(a.roleArn()));
            return link(a, null, target, complete ? AssociationHealth.ROLE_MISSING : AssociationHealth.ROLE_UNKNOWN,
                    complete ? FindingText.of("role " + a.roleArn() + " does not exist", "finding.text.link.roleMissing", a.roleArn())
                            : FindingText.of("role " + a.roleArn() + " could not be read", "finding.text.link.roleUnread", a.roleArn()));
        }
        if (!role.trust().parsed()) {
            return link(a, role, target, AssociationHealth.ROLE_UNKNOWN,
                    FindingText.of("the trust policy of " + a.roleArn() + " could not be read", "finding.text.link.policyUnread", a.roleArn()));
        }
        PodIdentityTrust trust = role.trust().podIdentity();
        if (!trust.trusted()) {
            return link(a, role, target, AssociationHealth.ROLE_NOT_TRUSTING,
                    FindingText.of("role " + a.roleArn() + " does not trust " + PodIdentityTrust.SERVICE + " for " + ASSUME_ROLE,
                            "finding.text.link.notTrusting", a.roleArn(), PodIdentityTrust.SERVICE, ASSUME_ROLE));
        }
        if (trust.admits(PodIdentityRequest.toRole(a, clusterArn)) == Truth.FALSE) {
            return link(a, role, target, AssociationHealth.ROLE_NOT_TRUSTING,
                    FindingText.of("the conditions of role " + a.roleArn() + "'s Pod Identity trust exclude " + a.namespace() + "/" + a.serviceAccount()
                            + (a.sessionTagsDisabled() ? " (session tags are disabled, so aws:RequestTag conditions fail)" : ""),
                            a.sessionTagsDisabled() ? "finding.text.link.excluded.noTags" : "finding.text.link.excluded",
                            a.roleArn(), a.namespace() + "/" + a.serviceAccount()));
        }
        if (!trust.tagSession() && !a.sessionTagsDisabled()) {
            return link(a, role, target, AssociationHealth.ROLE_MISSING_TAG_SESSION,
                    FindingText.of("role " + a.roleArn() + " trusts " + PodIdentityTrust.SERVICE + " without " + TAG_SESSION
                            + " while the association sends session tags",
                            "finding.text.link.noTagSession", a.roleArn(), PodIdentityTrust.SERVICE, TAG_SESSION));
        }
        return a.targetRoleArn() == null ? link(a, role, null, AssociationHealth.OK, null) : checkTarget(a, clusterArn, role, target);
    }

    private AssociationLink checkTarget(PodIdentityAssociation a, String clusterArn, RoleAnalysis role, RoleAnalysis target) {
        if (target == null) {
            boolean complete = index.coverage().iamRolesComplete(Arns.account(a.targetRoleArn()));
            return link(a, role, null, complete ? AssociationHealth.TARGET_ROLE_MISSING : AssociationHealth.TARGET_ROLE_UNKNOWN,
                    complete ? FindingText.of("target role " + a.targetRoleArn() + " does not exist", "finding.text.link.targetMissing", a.targetRoleArn())
                            : FindingText.of("target role " + a.targetRoleArn() + " could not be read", "finding.text.link.targetUnread",
                                    a.targetRoleArn()));
        }
        if (!target.trust().parsed()) {
            return link(a, role, target, AssociationHealth.TARGET_ROLE_UNKNOWN,
                    FindingText.of("the trust policy of " + a.targetRoleArn() + " could not be read", "finding.text.link.policyUnread",
                            a.targetRoleArn()));
        }
        PodIdentityRequest request = PodIdentityRequest.toTargetRole(a, clusterArn);
        Truth allowed = Truth.FALSE;
        Truth tagsAllowed = Truth.FALSE;
        Truth denied = Truth.FALSE;
        for (PolicyStatement st : target.trust().document().statements()) {
            if (!covers(st, a.roleArn())) {
                continue;
            }
            Truth applies = ConditionEvaluator.evaluate(st.conditions(), request).truth();
            if (st.allows() && st.actions().covers(ASSUME_ROLE)) {
                allowed = allowed.or(applies);
                tagsAllowed = tagsAllowed.or(st.actions().covers(TAG_SESSION) ? applies : Truth.FALSE);
            } else if (!st.allows() && st.actions().covers(ASSUME_ROLE)) {
                denied = denied.or(applies);
            }
        }
        if (allowed.and(denied.not()) == Truth.FALSE) {
            return link(a, role, target, AssociationHealth.TARGET_ROLE_NOT_TRUSTING,
                    FindingText.of("target role " + a.targetRoleArn() + " does not let " + a.roleArn() + " assume it",
                            "finding.text.link.targetNotTrusting", a.targetRoleArn(), a.roleArn()));
        }
        if (!a.sessionTagsDisabled() && tagsAllowed == Truth.FALSE) {
            return link(a, role, target, AssociationHealth.TARGET_ROLE_NOT_TRUSTING,
                    FindingText.of("target role " + a.targetRoleArn() + " does not allow " + TAG_SESSION + " for the transitive session tags",
                            "finding.text.link.targetNoTagSession", a.targetRoleArn(), TAG_SESSION));
        }
        return link(a, role, target, AssociationHealth.OK, null);
    }

    /** Whether the statement's principal includes the role (by ARN, account root, account ID or "*"). */
    private static boolean covers(PolicyStatement st, String roleArn) {
        PrincipalSet p = st.principal();
        String account = Arns.account(roleArn);
        String root = "arn:" + Arns.partition(roleArn) + ":iam::" + account + ":root";
        boolean listed = p.anyone() || p.aws().stream().map(String::strip)
                .anyMatch(x -> x.equals(roleArn) || x.equals(root) || x.equals(account));
        return st.notPrincipal() != listed;
    }

    private static AssociationLink link(PodIdentityAssociation a, RoleAnalysis role, RoleAnalysis target,
                                        AssociationHealth health, FindingText detail) {
        return new AssociationLink(a, role, target, health, detail == null ? null : detail.english(), detail);
    }
}
