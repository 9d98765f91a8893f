package dev.eksatlas.analysis.tokens;

/**
 * An EKS add-on older than the first version that re-fetches its service-account token.
 * {@code minimum} is the guide's number ({@code 1.8.0}), or for kube-proxy, for which the guide asks
 * only for "a current version", the cluster's Kubernetes minor version ({@code 1.30}).
 */
public record AddonBelowMinimum(String addonName, String version, String minimum, String arn, boolean numberFromGuide) {
}
