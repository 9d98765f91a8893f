package dev.eksatlas.simulator.fleet;

/**
 * What the generator plants, each recorded as a {@link PlantedSituation}. The comment of each kind
 * says exactly when it is recorded and which fields of the situation are set, so a test can expect
 * a scan plus analysis to find the same set. {@code region} and {@code clusterName} are null for
 * things IAM holds (IAM is global) unless the situation is about one cluster.
 */
public enum SituationKind {
    // ---- Clusters: region, clusterName, resourceArn = cluster ARN ----
    /** Workloads use IRSA only: roles trust the cluster's issuer; no Pod Identity associations. */
    CLUSTER_IRSA_ONLY,
    /** Workloads use Pod Identity only: associations; no role trusts the cluster's issuer. */
    CLUSTER_POD_IDENTITY_ONLY,
    /** Some service accounts on IRSA, others on Pod Identity, none on both. */
    CLUSTER_MIXED,
    /** Some service accounts on both: a role trusting the issuer and pods.eks.amazonaws.com, plus an association. */
    CLUSTER_MIGRATING,
    /** Kubernetes below 1.24, or 1.24–1.28 below the platform version Pod Identity needs (eks.13/10/9/8/4). */
    CLUSTER_BELOW_POD_IDENTITY_MINIMUM,
    /** Compute config enabled (EKS Auto Mode); the Pod Identity agent is built in. */
    AUTO_MODE_CLUSTER,
    /** Audit logging ({@code audit} log type) enabled. */
    AUDIT_LOGGING_ENABLED,
    /** No IAM OIDC provider for the cluster's issuer in the cluster's account. */
    CLUSTER_WITHOUT_OIDC_PROVIDER,
    /** Pod Identity associations exist, but no {@code eks-pod-identity-agent} add-on and no Auto Mode. */
    POD_IDENTITY_AGENT_MISSING,

    // ---- Add-ons and Fargate: region, clusterName, resourceArn = add-on or Fargate profile ARN ----
    /** The {@code eks-pod-identity-agent} add-on is DEGRADED. */
    POD_IDENTITY_AGENT_DEGRADED,
    /** {@code vpc-cni} below 1.8.0 or {@code coredns} below 1.8.4: too old to refresh service account tokens. */
    ADDON_BELOW_TOKEN_REFRESH_MINIMUM,
    /** A Fargate profile (its pods cannot use Pod Identity). One per profile. */
    FARGATE_PROFILE,

    // ---- Pod Identity associations: region, clusterName, resourceArn = association ARN ----
    /** {@code targetRoleArn} names a role in another account. */
    CROSS_ACCOUNT_TARGET_ROLE,
    /** Owned by an EKS add-on ({@code ownerArn} set). */
    ADDON_OWNED_ASSOCIATION,
    /** {@code roleArn} names a role that does not exist (deleted after the association was made). */
    ASSOCIATION_ROLE_DELETED,
    /** {@code disableSessionTags} is true. */
    SESSION_TAGS_DISABLED,
    /** The same service account is also trusted through IRSA in that cluster (IRSA wins in the SDK chain). */
    SERVICE_ACCOUNT_ON_BOTH,

    // ---- Roles: resourceArn = role ARN; clusterName (and region) set when about one cluster's statement ----
    /** An IRSA role trusting the issuers of two or more clusters (one statement each). Cluster null. */
    IRSA_ROLE_SHARED,
    /** Trust policy of 1,639–2,048 non-white-space characters (80 % or more of the default quota). Cluster null. */
    TRUST_POLICY_NEAR_LIMIT,
    /** Trust policy over 2,048 non-white-space characters (needs a raised quota; at most 4,096). Cluster null. */
    TRUST_POLICY_OVER_DEFAULT_LIMIT,
    /** Trust policy of 3,277 non-white-space characters or more (80 % of the 4,096 maximum); also OVER_DEFAULT_LIMIT. Cluster null. */
    TRUST_POLICY_NEAR_MAX_LIMIT,
    /** An IRSA statement whose {@code sub} is a {@code StringLike} wildcard. Per role and cluster. */
    WILDCARD_SUBJECT,
    /** An IRSA statement without an {@code aud} condition. Per role and cluster. */
    MISSING_AUDIENCE_CONDITION,
    /** An IRSA statement without a {@code sub} condition: any service account of the cluster. Per role and cluster. */
    MISSING_SUBJECT_CONDITION,
    /** A role trusting a non-EKS OIDC issuer (GitHub Actions). Cluster null. */
    NON_EKS_ISSUER_TRUST,
    /** A role trusting pods.eks.amazonaws.com with {@code aws:RequestTag/...} conditions. Cluster null. */
    POD_IDENTITY_TRUST_WITH_REQUEST_TAGS,
    /** A role trusting pods.eks.amazonaws.com with no condition at all (any association of the account may use it). Cluster null. */
    POD_IDENTITY_TRUST_WITHOUT_REQUEST_TAGS,

    // ---- OIDC providers: resourceArn = provider ARN; region = the issuer's region, cluster null ----
    /** An EKS-issuer provider whose cluster no longer exists in the account. */
    ORPHANED_OIDC_PROVIDER,
    /** A provider for a non-EKS issuer ({@code token.actions.githubusercontent.com}). Region null. */
    NON_EKS_OIDC_PROVIDER,

    // ---- Accounts: region, clusterName and resourceArn null ----
    /** The account has 100 OIDC providers, the IAM quota. */
    OIDC_PROVIDERS_AT_QUOTA
}
