package dev.eksatlas.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One EKS cluster as DescribeCluster showed it. {@code oidcIssuer} is the issuer URL as EKS
 * reports it (with {@code https://}); {@link #issuerHostPath()} is the form IAM uses in provider
 * ARNs and trust-policy condition keys.
 */
public record EksCluster(
        String accountId,
        String region,
        String name,
        String arn,
        String version,
        String platformVersion,
        String status,
        String oidcIssuer,
        List<String> loggingTypesEnabled,
        String authenticationMode,
        boolean autoMode,
        Instant createdAt,
        Map<String, String> tags) {

    public EksCluster {
        loggingTypesEnabled = loggingTypesEnabled == null ? List.of() : List.copyOf(loggingTypesEnabled);
        tags = Tags.copyOf(tags);
    }

    /** The issuer without its scheme, e.g. {@code oidc.eks.us-east-1.amazonaws.com/id/ABC}. */
    public String issuerHostPath() {
        return Issuers.hostPath(oidcIssuer);
    }

    public boolean auditLoggingEnabled() {
        return loggingTypesEnabled.contains("audit");
    }
}
