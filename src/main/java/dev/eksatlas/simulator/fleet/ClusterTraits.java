package dev.eksatlas.simulator.fleet;

/**
 * The planned character of one cluster. {@code agent} is the {@code eks-pod-identity-agent} add-on's
 * status, or null when the add-on is not installed.
 */
record ClusterTraits(
        IdentityMode mode,
        String version,
        int platform,
        boolean autoMode,
        String agent,
        int fargateProfiles,
        boolean providerCreated,
        boolean auditLogging,
        boolean oldVpcCni,
        boolean oldCoreDns) {

    ClusterTraits withVersion(String v, int p) {
        return new ClusterTraits(mode, v, p, autoMode, agent, fargateProfiles, providerCreated, auditLogging, oldVpcCni, oldCoreDns);
    }

    ClusterTraits withAutoMode() {
        return new ClusterTraits(mode, version, platform, true, null, 0, providerCreated, auditLogging, false, false);
    }

    ClusterTraits withAgent(String status) {
        return new ClusterTraits(mode, version, platform, autoMode, status, fargateProfiles, providerCreated, auditLogging, oldVpcCni, oldCoreDns);
    }

    ClusterTraits withFargateProfiles(int n) {
        return new ClusterTraits(mode, version, platform, autoMode, agent, n, providerCreated, auditLogging, oldVpcCni, oldCoreDns);
    }

    ClusterTraits withProviderCreated(boolean created) {
        return new ClusterTraits(mode, version, platform, autoMode, agent, fargateProfiles, created, auditLogging, oldVpcCni, oldCoreDns);
    }

    ClusterTraits withAuditLogging() {
        return new ClusterTraits(mode, version, platform, autoMode, agent, fargateProfiles, providerCreated, true, oldVpcCni, oldCoreDns);
    }

    ClusterTraits withOldVpcCni() {
        return new ClusterTraits(mode, version, platform, autoMode, agent, fargateProfiles, providerCreated, auditLogging, true, oldCoreDns);
    }

    ClusterTraits withOldCoreDns() {
        return new ClusterTraits(mode, version, platform, autoMode, agent, fargateProfiles, providerCreated, auditLogging, oldVpcCni, true);
    }

    boolean belowPodIdentityMinimum() {
        return !KubernetesVersions.supportsPodIdentity(version, "eks." + platform);
    }
}
