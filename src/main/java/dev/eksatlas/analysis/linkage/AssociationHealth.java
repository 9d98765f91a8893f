package dev.eksatlas.analysis.linkage;

/** Whether an association can give its pods credentials, as far as the scanned trust policies tell. */
public enum AssociationHealth {
    OK(false),
    /** The role is not in its (completely scanned) account. */
    ROLE_MISSING(true),
    /** The role's account or the role itself could not be read. */
    ROLE_UNKNOWN(false),
    /** The role does not trust pods.eks.amazonaws.com, or its conditions exclude this association. */
    ROLE_NOT_TRUSTING(true),
    /** The role trusts Pod Identity without sts:TagSession while the association sends session tags. */
    ROLE_MISSING_TAG_SESSION(true),
    TARGET_ROLE_MISSING(true),
    TARGET_ROLE_UNKNOWN(false),
    /** The target role does not let the association's role assume it. */
    TARGET_ROLE_NOT_TRUSTING(true);

    private final boolean broken;

    AssociationHealth(boolean broken) {
        this.broken = broken;
    }

    public boolean broken() {
        return broken;
    }
}
