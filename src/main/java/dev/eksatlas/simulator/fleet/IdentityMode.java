package dev.eksatlas.simulator.fleet;

/** How a cluster's workloads are meant to get AWS credentials, before workloads are generated. */
enum IdentityMode {
    IRSA_ONLY, POD_IDENTITY_ONLY, MIXED, MIGRATING;

    boolean usesIrsa() {
        return this != POD_IDENTITY_ONLY;
    }

    boolean usesPodIdentity() {
        return this != IRSA_ONLY;
    }
}
