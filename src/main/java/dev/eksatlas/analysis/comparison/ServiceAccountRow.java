package dev.eksatlas.analysis.comparison;

import dev.eksatlas.analysis.catalog.FindingText;
import java.util.List;

/**
 * One row of a cluster's service-account matrix. For a {@link MatrixStatus#WILDCARD_GRANT} row,
 * namespace and service account are the pattern as written ({@code *} for any).
 *
 * @param irsaRoleArns       roles whose grants name this service account (or pattern) exactly
 * @param wildcardRoleArns   roles whose glob or subject-less grants also cover it
 * @param associationRoleArn the association's role, or null
 * @param targetRoleArn      the association's target role, or null
 * @param noteText           why the status (English and keyed for other languages, ADR 0012), or null
 */
public record ServiceAccountRow(
        String namespace,
        String serviceAccount,
        List<String> irsaRoleArns,
        List<String> wildcardRoleArns,
        String associationRoleArn,
        String targetRoleArn,
        MatrixStatus status,
        FindingText noteText) {

    public ServiceAccountRow {
        irsaRoleArns = List.copyOf(irsaRoleArns);
        wildcardRoleArns = List.copyOf(wildcardRoleArns);
    }

    /** Why the status, in English as reports write it, or null. */
    public String note() {
        return noteText == null ? null : noteText.english();
    }
}
