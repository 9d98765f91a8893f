package dev.eksatlas.analysis.linkage;

import dev.eksatlas.analysis.policy.ConditionKey;
import dev.eksatlas.analysis.policy.KeyValue;
import dev.eksatlas.analysis.policy.RequestContext;
import dev.eksatlas.domain.PodIdentityAssociation;
import java.util.List;

/**
 * The {@code AssumeRole} EKS Pod Identity makes for an association, as a trust policy sees it: the
 * six session tags (unless the association disables them; EKS cannot add others), the source
 * account, and for a target role the association's role as principal and its external ID.
 */
public record PodIdentityRequest(PodIdentityAssociation association, String clusterArn, String principalArn) implements RequestContext {

    static final List<String> SESSION_TAGS = List.of("eks-cluster-arn", "eks-cluster-name", "kubernetes-namespace",
            "kubernetes-service-account", "kubernetes-pod-name", "kubernetes-pod-uid");

    /** The request an association for this service account would make, with session tags on. */
    public static PodIdentityRequest planned(String accountId, String region, String clusterName, String clusterArn,
                                             String namespace, String serviceAccount) {
        return toRole(new PodIdentityAssociation(accountId, region, clusterName, null, null, namespace, serviceAccount,
                null, null, null, false, null, null, null, null, null), clusterArn);
    }

    /** The request to the association's own role (the caller is the EKS service). */
    public static PodIdentityRequest toRole(PodIdentityAssociation a, String clusterArn) {
        return new PodIdentityRequest(a, clusterArn, null);
    }

    /** The chained request from the association's role to its target role. */
    public static PodIdentityRequest toTargetRole(PodIdentityAssociation a, String clusterArn) {
        return new PodIdentityRequest(a, clusterArn, a.roleArn());
    }

    @Override
    public KeyValue lookup(ConditionKey conditionKey) {
        String key = conditionKey.lower();
        boolean tags = !association.sessionTagsDisabled();
        if (key.startsWith("aws:requesttag/")) {
            String tag = key.substring("aws:requesttag/".length());
            return !tags || !SESSION_TAGS.contains(tag) ? KeyValue.ABSENT : tagValue(tag);
        }
        return switch (key) {
            case "aws:tagkeys" -> tags ? new KeyValue.Present(SESSION_TAGS) : KeyValue.ABSENT;
            case "aws:sourceaccount" -> principalArn == null ? KeyValue.of(association.accountId()) : KeyValue.UNKNOWN;
            case "aws:principalarn" -> principalArn == null ? KeyValue.UNKNOWN : KeyValue.of(principalArn);
            case "sts:externalid" -> principalArn == null ? KeyValue.UNKNOWN
                    : association.externalId() == null ? KeyValue.ABSENT : KeyValue.of(association.externalId());
            default -> KeyValue.UNKNOWN;
        };
    }

    private KeyValue tagValue(String tag) {
        return switch (tag) {
            case "eks-cluster-arn" -> KeyValue.of(clusterArn);
            case "eks-cluster-name" -> KeyValue.of(association.clusterName());
            case "kubernetes-namespace" -> KeyValue.of(association.namespace());
            case "kubernetes-service-account" -> KeyValue.of(association.serviceAccount());
            default -> KeyValue.PRESENT_UNKNOWN;
        };
    }
}
