package dev.eksatlas.analysis;

import dev.eksatlas.analysis.trust.IrsaGrant;
import dev.eksatlas.analysis.trust.PolicySize;
import dev.eksatlas.domain.IamRole;
import java.util.List;

/**
 * A role as the fleet sees it: its trust-policy size, its IRSA grants (all, as written), the
 * scanned clusters its active grants trust, how many distinct issuers they name (scanned or not),
 * whether it trusts Pod Identity, and how many associations use it (as role or target role).
 */
public record RoleSummary(
        IamRole role,
        PolicySize trustSize,
        List<IrsaGrant> grants,
        List<String> trustedClusterArns,
        int trustedIssuers,
        boolean podIdentityTrust,
        int associations) {

    public RoleSummary {
        grants = List.copyOf(grants);
        trustedClusterArns = List.copyOf(trustedClusterArns);
    }

    public String arn() {
        return role.arn();
    }
}
