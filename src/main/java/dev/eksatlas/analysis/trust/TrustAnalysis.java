package dev.eksatlas.analysis.trust;

import dev.eksatlas.analysis.policy.PolicyDocument;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one trust policy grants: its IRSA grants in document order (all of them, including those
 * that can never match, each with its {@link GrantState}), its Pod Identity trust, its findings
 * and its size. {@code document} is the parsed policy, null when it could not be read at all.
 */
public record TrustAnalysis(
        PolicyDocument document,
        List<StatementGrant> grants,
        PodIdentityTrust podIdentity,
        List<TrustFinding> findings,
        PolicySize size) {

    public TrustAnalysis {
        grants = List.copyOf(grants);
        findings = List.copyOf(findings);
    }

    public boolean parsed() {
        return document != null;
    }

    /** The grants as the {@code explain-trust} output and the exports show them. */
    public List<IrsaGrant> irsa() {
        return grants.stream().map(StatementGrant::grant).toList();
    }

    /** The grants that can let a token in. */
    public List<StatementGrant> activeGrants() {
        return grants.stream().filter(StatementGrant::active).toList();
    }

    /** Issuer keys named by active grants, in document order. */
    public Set<String> activeIssuerKeys() {
        Set<String> keys = new LinkedHashSet<>();
        for (StatementGrant g : grants) {
            if (g.active()) {
                keys.add(g.issuerKey());
            }
        }
        return keys;
    }
}
