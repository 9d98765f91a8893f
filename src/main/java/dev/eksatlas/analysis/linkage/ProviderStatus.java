package dev.eksatlas.analysis.linkage;

/** What an IAM OIDC provider is for, as far as the scans tell. */
public enum ProviderStatus {
    /** A scanned cluster has its issuer. */
    LINKED,
    /** No scanned cluster has its issuer, and the account and region that would hold it were fully scanned. */
    ORPHANED,
    /** No scanned cluster has its issuer, but the region was not (fully) scanned. */
    UNCERTAIN,
    /** Not an EKS issuer (e.g. a CI system's). */
    NOT_EKS
}
