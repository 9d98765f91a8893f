package dev.eksatlas.analysis.comparison;

import dev.eksatlas.analysis.findings.PodIdentitySupport;

/**
 * Pod Identity needs Kubernetes 1.24+ at a minimum platform version, and the agent add-on (built
 * into Auto Mode); IRSA works on every EKS version.
 */
public record SupportedVersionsRow(String version, String platformVersion, PodIdentitySupport.Status support,
                                   String minimumPlatformVersion, AgentStatus agent, String agentVersion) implements ComparisonRow {

    @Override
    public RowKey key() {
        return RowKey.SUPPORTED_VERSIONS;
    }

    @Override
    public String irsaFact() {
        return "Every EKS version: Kubernetes " + version + " (" + platformVersion + ")";
    }

    @Override
    public String podIdentityFact() {
        String needs = minimumPlatformVersion == null ? "needs 1.24+" : "needs " + minimumPlatformVersion + " on " + version;
        String status = switch (support) {
            case SUPPORTED -> "supported";
            case UNSUPPORTED -> "not supported";
            case UNKNOWN -> "could not be checked";
        };
        String agentText = switch (agent) {
            case ACTIVE -> "agent add-on " + agentVersion + " active";
            case NOT_ACTIVE -> "agent add-on " + agentVersion + " not active";
            case MISSING -> "no agent add-on";
            case BUILT_IN -> "agent built into Auto Mode";
            case UNKNOWN -> "agent add-on status unknown";
        };
        return "Kubernetes " + version + " " + platformVersion + " " + status + " (" + needs + "); " + agentText;
    }

    @Override
    public RowVerdict verdict() {
        if (support == PodIdentitySupport.Status.UNSUPPORTED) {
            return RowVerdict.BLOCKS_POD_IDENTITY;
        }
        if (support == PodIdentitySupport.Status.UNKNOWN || agent == AgentStatus.MISSING || agent == AgentStatus.NOT_ACTIVE) {
            return RowVerdict.NEEDS_ACTION;
        }
        return RowVerdict.NEUTRAL;
    }

    @Override
    public String verdictText() {
        return switch (verdict()) {
            case BLOCKS_POD_IDENTITY -> "Upgrade the cluster before using Pod Identity";
            case NEEDS_ACTION -> support == PodIdentitySupport.Status.UNKNOWN ? "Check the cluster version"
                    : "Install or repair the eks-pod-identity-agent add-on";
            default -> "Pod Identity supported";
        };
    }
}
