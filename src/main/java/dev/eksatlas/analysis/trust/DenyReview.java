package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.catalog.FindingCode;
import dev.eksatlas.analysis.catalog.FindingText;
import dev.eksatlas.analysis.policy.PolicyStatement;
import dev.eksatlas.analysis.policy.PrincipalSet;
import dev.eksatlas.analysis.policy.RequestContext;
import dev.eksatlas.analysis.policy.ConditionEvaluator;
import dev.eksatlas.analysis.policy.KeyValue;
import dev.eksatlas.analysis.policy.Truth;
import java.util.ArrayList;
import java.util.List;

/** Applies the policy's Deny statements to its grants: an explicit Deny always wins in IAM. */
final class DenyReview {

    record Result(List<StatementGrant> grants, PodIdentityTrust podIdentity) {
    }

    Result apply(List<PolicyStatement> statements, List<StatementGrant> grants, PodIdentityTrust podIdentity,
                 TrustFindings findings) {
        List<StatementGrant> out = new ArrayList<>(grants);
        PodIdentityTrust pi = podIdentity;
        for (PolicyStatement deny : statements) {
            if (deny.allows()) {
                continue;
            }
            for (int i = 0; i < out.size(); i++) {
                StatementGrant g = out.get(i);
                if (!g.active() || !coversFederated(deny, g.provider().arn())
                        || !deny.actions().covers(IrsaStatementReader.WEB_IDENTITY)) {
                    continue;
                }
                Truth t = ConditionEvaluator.evaluate(deny.conditions(),
                        IrsaContext.of(g.issuerKey(), g.grant().subject(), g.pattern())).truth();
                FindingText what = grant(g);
                if (t == Truth.TRUE) {
                    out.set(i, new StatementGrant(g.grant(), g.statement(), g.provider(), GrantState.DENIED, g.comparison()));
                    findings.add(FindingCode.DENY_NEUTRALISES_GRANT, deny, g.issuerKey(), deny.compactJson(),
                            FindingText.of("takes away " + what, "finding.text.deny.takesAway", what));
                } else if (t == Truth.UNKNOWN) {
                    findings.add(FindingCode.DENY_MAY_RESTRICT_GRANT, deny, g.issuerKey(), deny.compactJson(),
                            FindingText.of("may take away " + what + ", depending on request values", "finding.text.deny.mayTakeAway", what));
                }
            }
            if (pi.trusted() && coversService(deny, PodIdentityTrust.SERVICE)
                    && deny.actions().covers(PodIdentityTrustReader.ASSUME_ROLE)) {
                RequestContext unknown = key -> KeyValue.UNKNOWN;
                Truth t = ConditionEvaluator.evaluate(deny.conditions(), unknown).truth();
                if (t == Truth.TRUE) {
                    pi = PodIdentityTrust.NONE;
                    findings.add(FindingCode.DENY_NEUTRALISES_GRANT, deny, null, deny.compactJson(),
                            FindingText.of("takes away the trust in " + PodIdentityTrust.SERVICE,
                                    "finding.text.deny.takesAwayPodIdentity", PodIdentityTrust.SERVICE));
                } else if (t == Truth.UNKNOWN) {
                    findings.add(FindingCode.DENY_MAY_RESTRICT_GRANT, deny, null, deny.compactJson(),
                            FindingText.of("may take away the trust in " + PodIdentityTrust.SERVICE + " for some associations",
                                    "finding.text.deny.mayTakeAwayPodIdentity", PodIdentityTrust.SERVICE));
                }
            }
        }
        return new Result(out, pi);
    }

    /** {@code the grant "<subject>" of statement #1}, or {@code the grant to every subject of <issuer> of ...}. */
    private static FindingText grant(StatementGrant g) {
        FindingText label = StatementLabels.of(g.statement());
        return g.grant().subject() == null
                ? FindingText.of("the grant to every subject of " + g.grant().issuer() + " of " + label, "finding.text.grant.everySubject",
                        g.grant().issuer(), label)
                : FindingText.of("the grant \"" + g.grant().subject() + "\" of " + label, "finding.text.grant.subject", g.grant().subject(), label);
    }

    static boolean coversFederated(PolicyStatement st, String providerArn) {
        PrincipalSet p = st.principal();
        boolean listed = p.anyone() || p.hasFederated(providerArn);
        return st.notPrincipal() != listed;
    }

    static boolean coversService(PolicyStatement st, String service) {
        PrincipalSet p = st.principal();
        boolean listed = p.anyone() || p.hasService(service);
        return st.notPrincipal() != listed;
    }
}
