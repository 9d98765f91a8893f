package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.trust.OidcProviderRef;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.domain.OidcProvider;
import java.util.List;

/**
 * An IAM OIDC provider with the clusters that have its issuer (any scanned account) and the roles
 * whose active grants name this very provider ARN.
 */
public record ProviderSummary(
        OidcProvider provider,
        String issuerKey,
        String issuerRegion,
        ProviderStatus status,
        List<String> linkedClusterArns,
        List<String> trustingRoleArns) {

    public ProviderSummary {
        linkedClusterArns = List.copyOf(linkedClusterArns);
        trustingRoleArns = List.copyOf(trustingRoleArns);
    }

    public static List<ProviderSummary> of(FleetIndex index) {
        return index.providers().stream().map(p -> of(index, p)).toList();
    }

    static ProviderSummary of(FleetIndex index, OidcProvider p) {
        String issuer = OidcProviderRef.issuerKey(p.issuerHostPath());
        String region = OidcProviderRef.eksRegion(p.url());
        List<String> clusters = issuer == null ? List.of()
                : index.clustersWithIssuer(issuer).stream().map(EksCluster::arn).sorted().toList();
        List<String> roles = issuer == null ? List.of() : index.grantsFor(issuer).stream()
                .filter(g -> g.grant().active() && g.grant().provider().arn().equalsIgnoreCase(p.arn()))
                .map(RoleGrant::roleArn).distinct().sorted().toList();
        ProviderStatus status;
        if (!clusters.isEmpty()) {
            status = ProviderStatus.LINKED;
        } else if (region == null) {
            status = ProviderStatus.NOT_EKS;
        } else if (index.coverage().eksRegionComplete(p.accountId(), region)) {
            status = ProviderStatus.ORPHANED;
        } else {
            status = ProviderStatus.UNCERTAIN;
        }
        return new ProviderSummary(p, issuer, region, status, clusters, roles);
    }
}
