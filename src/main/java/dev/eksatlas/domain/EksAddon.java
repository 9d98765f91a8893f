package dev.eksatlas.domain;

import java.time.Instant;
import java.util.List;

/** An EKS add-on as DescribeAddon showed it, e.g. {@code eks-pod-identity-agent} at {@code v1.3.4-eksbuild.1}. */
public record EksAddon(
        String accountId,
        String region,
        String clusterName,
        String name,
        String arn,
        String version,
        String status,
        String serviceAccountRoleArn,
        List<String> podIdentityAssociationArns,
        Instant createdAt) {

    public static final String POD_IDENTITY_AGENT = "eks-pod-identity-agent";

    public EksAddon {
        podIdentityAssociationArns = podIdentityAssociationArns == null ? List.of() : List.copyOf(podIdentityAssociationArns);
    }
}
