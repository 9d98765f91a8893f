package dev.eksatlas.domain;

import java.time.Instant;
import java.util.Map;

/**
 * An EKS Pod Identity association with every field DescribePodIdentityAssociation returns.
 * {@code targetRoleArn} is a second role assumed by chaining (possibly in another account);
 * {@code ownerArn} is set when an EKS add-on owns the association; {@code policy} is an optional
 * session policy. {@code disableSessionTags} is null when EKS did not report it.
 */
public record PodIdentityAssociation(
        String accountId,
        String region,
        String clusterName,
        String associationId,
        String associationArn,
        String namespace,
        String serviceAccount,
        String roleArn,
        String targetRoleArn,
        String externalId,
        Boolean disableSessionTags,
        String ownerArn,
        String policy,
        Instant createdAt,
        Instant modifiedAt,
        Map<String, String> tags) {

    public PodIdentityAssociation {
        tags = Tags.copyOf(tags);
    }

    public boolean sessionTagsDisabled() {
        return Boolean.TRUE.equals(disableSessionTags);
    }
}
