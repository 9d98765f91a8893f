package dev.eksatlas.domain;

import java.util.List;
import java.util.Map;

/** A Fargate profile. Pods it selects cannot use EKS Pod Identity and stay on IRSA. */
public record FargateProfile(
        String accountId,
        String region,
        String clusterName,
        String name,
        String arn,
        String status,
        String podExecutionRoleArn,
        List<Selector> selectors) {

    public FargateProfile {
        selectors = selectors == null ? List.of() : List.copyOf(selectors);
    }

    /** A namespace and optional labels; a pod matching any selector of the profile runs on Fargate. */
    public record Selector(String namespace, Map<String, String> labels) {
        public Selector {
            labels = Tags.copyOf(labels);
        }
    }
}
