package dev.eksatlas.simulator.fleet;

/** A Kubernetes service account: where a workload's AWS credentials are bound. */
record Workload(String namespace, String serviceAccount) {
}
