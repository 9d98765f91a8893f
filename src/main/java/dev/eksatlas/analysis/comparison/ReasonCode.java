package dev.eksatlas.analysis.comparison;

/** Why a cluster is not simply READY for Pod Identity; stable keys for localised texts. */
public enum ReasonCode {
    VERSION_UNSUPPORTED(true),
    VERSION_UNKNOWN(false),
    AGENT_MISSING(false),
    AGENT_NOT_ACTIVE(false),
    AGENT_UNKNOWN(false),
    FARGATE_PROFILES(false),
    SHARED_ROLES(false),
    TRUST_POLICY_FULL(false),
    CROSS_ACCOUNT_ROLES(false),
    IRSA_SHADOWING(false),
    BROKEN_ASSOCIATIONS(false),
    COVERAGE_GAPS(false);

    private final boolean blocking;

    ReasonCode(boolean blocking) {
        this.blocking = blocking;
    }

    public boolean blocking() {
        return blocking;
    }
}
