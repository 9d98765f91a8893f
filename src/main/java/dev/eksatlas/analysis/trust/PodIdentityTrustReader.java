package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.policy.ConditionClause;
import dev.eksatlas.analysis.policy.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the Pod Identity trust of a policy. Only {@code pods.eks.amazonaws.com} counts: the other
 * EKS principals ({@code eks.amazonaws.com}, {@code eks-fargate-pods.amazonaws.com}) are the
 * cluster's and Fargate's own roles, not workload credentials.
 */
final class PodIdentityTrustReader {
    static final String ASSUME_ROLE = "sts:AssumeRole";
    static final String TAG_SESSION = "sts:TagSession";

    PodIdentityTrust read(List<PolicyStatement> statements, TrustFindings findings) {
        List<PolicyStatement> trusting = new ArrayList<>();
        List<ConditionClause> conditions = new ArrayList<>();
        boolean tagSession = false;
        for (PolicyStatement st : statements) {
            if (!st.allows() || st.notPrincipal() || !st.principal().hasService(PodIdentityTrust.SERVICE)) {
                continue;
            }
            if (!st.actions().covers(ASSUME_ROLE)) {
                findings.add(FindingCode.POD_IDENTITY_ACTION_MISSING, st, null, st.compactJson(),
                        FindingText.of("trusts " + PodIdentityTrust.SERVICE + " but does not allow " + ASSUME_ROLE + ", so Pod Identity cannot use it",
                                "finding.text.podIdentity.actionMissing", PodIdentityTrust.SERVICE, ASSUME_ROLE));
                continue;
            }
            trusting.add(st);
            conditions.addAll(st.conditions());
            boolean tags = st.actions().covers(TAG_SESSION);
            tagSession |= tags;
            if (!tags) {
                findings.add(FindingCode.POD_IDENTITY_MISSING_TAG_SESSION, st, null, st.compactJson(),
                        FindingText.of("trusts " + PodIdentityTrust.SERVICE + " without " + TAG_SESSION
                                + ": associations that keep session tags (the default) cannot assume the role",
                                "finding.text.podIdentity.noTagSession", PodIdentityTrust.SERVICE, TAG_SESSION));
            }
            if (st.conditions().isEmpty()) {
                findings.add(FindingCode.POD_IDENTITY_UNCONDITIONED, st, null, st.compactJson(),
                        FindingText.of("trusts " + PodIdentityTrust.SERVICE
                                + " without conditions, so any Pod Identity association in the account can use the role",
                                "finding.text.podIdentity.unconditioned", PodIdentityTrust.SERVICE));
            }
        }
        List<PolicyStatement> denies = statements.stream()
                .filter(st -> !st.allows() && DenyReview.coversService(st, PodIdentityTrust.SERVICE) && st.actions().covers(ASSUME_ROLE))
                .toList();
        return trusting.isEmpty() ? PodIdentityTrust.NONE
                : new PodIdentityTrust(true, tagSession, trusting, conditions, denies);
    }
}
