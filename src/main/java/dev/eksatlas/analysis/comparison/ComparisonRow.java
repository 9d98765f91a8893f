package dev.eksatlas.analysis.comparison;

/**
 * One row of a cluster's side-by-side view. Each implementation keeps its measured values in
 * typed fields (for localised text and exports); the English texts are built from them.
 */
public sealed interface ComparisonRow permits RoleExtensibilityRow, ClusterScalabilityRow, RoleScalabilityRow,
        RoleReusabilityRow, SupportedEnvironmentsRow, SupportedVersionsRow {

    RowKey key();

    /** This cluster's IRSA fact, in English. */
    String irsaFact();

    /** This cluster's Pod Identity fact, in English. */
    String podIdentityFact();

    RowVerdict verdict();

    /** A short verdict, in English. */
    String verdictText();
}
