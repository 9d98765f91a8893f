package dev.eksatlas.analysis.catalog;

/**
 * Every finding the analysis can report. The {@link #id()} strings are stable: exports, CSV files
 * and users' suppression lists key on them, so they are never renamed once released (add new ones
 * instead). {@link #severity()} is the usual severity; a few codes raise or lower it per instance,
 * as their Javadoc says. {@link #remediation()} is the default fix, in English.
 */
public enum FindingCode {
    // ---- Trust policy of one role (TrustPolicyClassifier) ----
    /** A {@code sub} glob wider than one service account. */
    WILDCARD_SUBJECT("wildcard-subject", Severity.MEDIUM,
            "Replace the glob with the exact subject system:serviceaccount:<namespace>:<service-account> under StringEquals, one value per service account."),
    MISSING_AUDIENCE_CONDITION("missing-audience-condition", Severity.MEDIUM,
            "Add \"StringEquals\": {\"<issuer>:aud\": \"sts.amazonaws.com\"} to the statement so that only tokens minted for STS are accepted."),
    NO_SUBJECT_CONDITION("no-subject-condition", Severity.HIGH,
            "Add \"StringEquals\": {\"<issuer>:sub\": \"system:serviceaccount:<namespace>:<service-account>\"}: without it every service account of every namespace of the cluster can assume the role."),
    /** A negated {@code sub} condition alone: every service account except the listed ones. */
    NEGATED_SUBJECT_CONDITION("negated-subject-condition", Severity.HIGH,
            "Grant by listing the allowed subjects under StringEquals instead of excluding some with a Not operator."),
    NON_EKS_OIDC("non-eks-oidc", Severity.INFO,
            "None: this statement trusts an OIDC issuer that is not an EKS cluster (e.g. a CI system) and is not part of IRSA."),
    LITERAL_WILDCARD_IN_STRINGEQUALS("literal-wildcard-in-stringequals", Severity.MEDIUM,
            "StringEquals compares literally, so '*' only matches a star: use StringLike for a glob, or better the exact subject under StringEquals."),
    /** MEDIUM; an accepted audience besides sts.amazonaws.com. */
    UNEXPECTED_AUDIENCE_VALUE("unexpected-audience-value", Severity.MEDIUM,
            "Accept only \"sts.amazonaws.com\" as <issuer>:aud unless the workload deliberately requests another audience."),
    /** MEDIUM when only {@code sts.amazonaws.com.cn} is accepted (IRSA tokens carry sts.amazonaws.com, also in China); INFO when both are. */
    CHINA_AUDIENCE_VALUE("china-audience-value", Severity.MEDIUM,
            "Use \"sts.amazonaws.com\" as the audience in China too: the EKS pod identity webhook requests that audience, and tokens for it are refused as 'Incorrect token audience' by a .cn-only condition."),
    CONDITION_KEY_ISSUER_MISMATCH("condition-key-issuer-mismatch", Severity.MEDIUM,
            "Make the condition keys name the same issuer as the statement's Federated principal (<issuer>:sub, <issuer>:aud)."),
    UNSATISFIABLE_CONDITION("unsatisfiable-condition", Severity.MEDIUM,
            "Fix or remove the grant: as written no token can ever satisfy it, and it only takes trust-policy space."),
    /** A statement trusting an OIDC provider that does not allow sts:AssumeRoleWithWebIdentity. */
    IRSA_ACTION_MISSING("irsa-action-missing", Severity.MEDIUM,
            "Allow \"sts:AssumeRoleWithWebIdentity\" in the statement; IRSA calls no other action."),
    IRSA_AND_POD_IDENTITY("irsa-and-pod-identity", Severity.INFO,
            "None if a migration is under way; once every workload uses Pod Identity, remove the IRSA statements."),
    POD_IDENTITY_UNCONDITIONED("pod-identity-unconditioned", Severity.LOW,
            "Optionally scope the statement, e.g. StringEquals on aws:RequestTag/kubernetes-namespace or aws:SourceArn of the cluster: as written any association in the account may use the role."),
    POD_IDENTITY_MISSING_TAG_SESSION("pod-identity-missing-tag-session", Severity.MEDIUM,
            "Add \"sts:TagSession\" to the statement's actions: EKS Pod Identity passes session tags and AssumeRole fails without it (unless the association disables session tags)."),
    POD_IDENTITY_ACTION_MISSING("pod-identity-action-missing", Severity.MEDIUM,
            "Allow \"sts:AssumeRole\" and \"sts:TagSession\" for pods.eks.amazonaws.com."),
    /** A Deny statement that takes away a grant entirely. */
    DENY_NEUTRALISES_GRANT("deny-neutralises-grant", Severity.MEDIUM,
            "Remove the grant the Deny cancels (or the Deny, if the grant is wanted): explicit Deny always wins."),
    /** A Deny statement that may take away a grant, depending on request values we cannot know. */
    DENY_MAY_RESTRICT_GRANT("deny-may-restrict-grant", Severity.INFO,
            "Check that the Deny's conditions exclude only what they should."),
    /** HIGH without conditions, MEDIUM with them. */
    ALLOW_ANY_PRINCIPAL("allow-any-principal", Severity.HIGH,
            "Name the principals that may assume the role instead of \"*\"."),
    NOT_PRINCIPAL_ALLOW("not-principal-allow", Severity.HIGH,
            "Replace NotPrincipal with Principal: Allow with NotPrincipal trusts everyone except the listed principals."),
    NOT_ACTION_ALLOW("not-action-allow", Severity.MEDIUM,
            "Replace NotAction with the actions needed (sts:AssumeRoleWithWebIdentity, or sts:AssumeRole and sts:TagSession)."),
    WILDCARD_ACTION("wildcard-action", Severity.LOW,
            "List the STS actions needed instead of \"*\" or \"sts:*\"."),
    SET_OPERATOR_ON_SINGLE_VALUED_KEY("set-operator-on-single-valued-key", Severity.LOW,
            "Drop the ForAllValues:/ForAnyValue: prefix: the key has one value; ForAllValues: is also true when the key is missing."),
    DUPLICATE_GRANT("duplicate-grant", Severity.LOW,
            "Remove the repeated grant to save trust-policy space."),
    UNKNOWN_CONDITION_OPERATOR("unknown-condition-operator", Severity.MEDIUM,
            "Use an IAM condition operator (StringEquals, StringLike, ...); IAM refuses unknown ones."),
    MALFORMED_STATEMENT("malformed-statement", Severity.MEDIUM,
            "Fix the statement: IAM would not accept it, so the stored policy may not be what was scanned."),
    UNPARSEABLE_POLICY("unparseable-policy", Severity.MEDIUM,
            "Check the role's trust policy by hand: it could not be read, so its grants are unknown."),
    TRUST_POLICY_NEAR_LIMIT("trust-policy-near-limit", Severity.MEDIUM,
            "Move workloads to EKS Pod Identity (one statement for every cluster), merge subjects into arrays, or request a quota increase (4,096 at most)."),
    TRUST_POLICY_OVER_DEFAULT_LIMIT("trust-policy-over-default-limit", Severity.MEDIUM,
            "This role relies on a raised trust-policy quota; the hard limit is 4,096 characters. Plan a move to EKS Pod Identity."),
    TRUST_POLICY_NEAR_MAX_LIMIT("trust-policy-near-max-limit", Severity.HIGH,
            "The role is close to the 4,096-character maximum: no quota increase can help; move workloads to EKS Pod Identity or split the role."),

    // ---- Fleet: linking clusters, providers, roles and associations ----
    OIDC_PROVIDER_ORPHANED("oidc-provider-orphaned", Severity.LOW,
            "Delete the IAM OIDC provider if no cluster in an unscanned account uses its issuer (it counts against the 100-provider quota)."),
    OIDC_PROVIDER_MISSING("oidc-provider-missing", Severity.HIGH,
            "Create the IAM OIDC provider for the issuer (eksctl utils associate-iam-oidc-provider --cluster <name> --approve), or remove the statements that name it."),
    /** The account holding a trusted provider was not scanned: its existence cannot be checked. */
    OIDC_PROVIDER_NOT_SCANNED("oidc-provider-not-scanned", Severity.INFO,
            "Scan the account that holds the provider to check it exists."),
    /** MEDIUM at 80 providers or more, HIGH at 100. */
    OIDC_PROVIDER_QUOTA("oidc-provider-quota", Severity.MEDIUM,
            "Delete orphaned providers and move clusters to EKS Pod Identity, which needs no OIDC provider: IAM allows 100 per account."),
    ASSOCIATION_ROLE_MISSING("association-role-missing", Severity.HIGH,
            "Create the role or point the association at an existing role (aws eks update-pod-identity-association)."),
    ASSOCIATION_ROLE_NOT_TRUSTING_POD_IDENTITY("association-role-not-trusting-pod-identity", Severity.HIGH,
            "Add a statement allowing pods.eks.amazonaws.com sts:AssumeRole and sts:TagSession whose conditions admit this association."),
    ASSOCIATION_ROLE_MISSING_TAG_SESSION("association-role-missing-tag-session", Severity.HIGH,
            "Add sts:TagSession to the role's pods.eks.amazonaws.com statement, or disable session tags on the association."),
    ASSOCIATION_TARGET_ROLE_MISSING("association-target-role-missing", Severity.HIGH,
            "Create the target role or fix the association's target role ARN."),
    ASSOCIATION_TARGET_ROLE_NOT_TRUSTING("association-target-role-not-trusting", Severity.MEDIUM,
            "Let the target role trust the association's role (AWS principal) for sts:AssumeRole and sts:TagSession."),
    /** HIGH when the cluster has associations (they do not work), LOW otherwise (migration is blocked). */
    POD_IDENTITY_UNSUPPORTED_VERSION("pod-identity-unsupported-version", Severity.HIGH,
            "Upgrade the cluster: Pod Identity needs Kubernetes 1.24 or later at the minimum platform version (1.24 eks.13, 1.25 eks.10, 1.26 eks.9, 1.27 eks.8, 1.28 eks.4)."),
    POD_IDENTITY_AGENT_MISSING("pod-identity-agent-missing", Severity.HIGH,
            "Install the agent: aws eks create-addon --cluster-name <cluster> --addon-name eks-pod-identity-agent"),
    POD_IDENTITY_AGENT_UNHEALTHY("pod-identity-agent-unhealthy", Severity.MEDIUM,
            "Look at the add-on's health issues (aws eks describe-addon) and repair or update it."),
    /** MEDIUM when associations target namespaces a Fargate profile selects, INFO otherwise. */
    FARGATE_LIMITS_POD_IDENTITY("fargate-limits-pod-identity", Severity.MEDIUM,
            "Keep IRSA for pods that run on Fargate: EKS Pod Identity works on Linux EC2 nodes only."),
    IRSA_SHADOWS_POD_IDENTITY("irsa-shadows-pod-identity", Severity.MEDIUM,
            "Remove the eks.amazonaws.com/role-arn annotation from the service account and restart its pods: the SDK credential chain tries IRSA (web identity) before Pod Identity (container credentials)."),
    SHARED_ROLE_NEEDS_PER_CLUSTER_TRUST("shared-role-needs-per-cluster-trust", Severity.LOW,
            "Move the role to EKS Pod Identity: one pods.eks.amazonaws.com statement serves every cluster, instead of one statement per cluster's issuer."),
    /** MEDIUM at 800 or more of the 1,000 associations a cluster may have (not adjustable). */
    POD_IDENTITY_ASSOCIATION_QUOTA("pod-identity-association-quota", Severity.MEDIUM,
            "Reuse roles across service accounts with session-tag conditions, or split workloads across clusters: EKS allows 1,000 associations per cluster."),
    /** MEDIUM; HIGH when the token is within 7 days of being rejected (90 days) or past them. */
    STALE_SERVICE_ACCOUNT_TOKEN("stale-service-account-token", Severity.MEDIUM,
            "Update the workload's Kubernetes client library to one that refreshes tokens (Go 0.15.7, Python 12.0.0, Java 9.0.0, JavaScript 0.10.3, Ruby master branch, Haskell 0.3.0.0, C# 7.0.5 or later), or the add-on to its minimum; until then recreate its pods (kubectl rollout restart deployment/<name> -n <namespace>) before 90 days pass."),
    /** The stale-token check was asked for, but the cluster has no audit log in CloudWatch Logs to look in. */
    STALE_TOKEN_CHECK_UNAVAILABLE("stale-token-check-unavailable", Severity.LOW,
            "Enable the cluster's audit log (aws eks update-cluster-config --name <cluster> --logging '{\"clusterLogging\":[{\"types\":[\"audit\"],\"enabled\":true}]}') and scan again with the stale-token check: without it, tokens EKS will refuse after 90 days cannot be seen. CloudWatch Logs charges for the audit log it keeps."),
    /** An EKS add-on too old to re-fetch its service account token: vpc-cni below 1.8.0, coredns below 1.8.4 (MEDIUM); kube-proxy older than the cluster's Kubernetes minor version (LOW: the guide asks only for "a current version"). */
    ADDON_BELOW_TOKEN_REFRESH_MINIMUM("addon-below-token-refresh-minimum", Severity.MEDIUM,
            "Update the add-on to <minimum> or later (aws eks update-addon --cluster-name <cluster> --addon-name <addon> --addon-version <version>): older versions keep their service account token, which EKS rejects 90 days after it was issued."),
    COVERAGE_GAP("coverage-gap", Severity.LOW,
            "Grant the scanning role the missing permission (or enable the region) and scan again.");

    private final String id;
    private final Severity severity;
    private final String remediation;

    FindingCode(String id, Severity severity, String remediation) {
        this.id = id;
        this.severity = severity;
        this.remediation = remediation;
    }

    /** The stable code, e.g. {@code wildcard-subject}. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    public String remediation() {
        return remediation;
    }

    public static FindingCode byId(String id) {
        for (FindingCode c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no finding code " + id);
    }
}
