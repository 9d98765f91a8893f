package dev.eksatlas.reliability;

import java.util.List;

/**
 * One row of the reliability table: how often a case was tried, how often the app came through
 * (complete, or telling exactly what it could not do) and how often something was lost (a silently
 * smaller inventory, a destroyed snapshot, an escaped exception, a leaked secret). {@code failures}
 * holds the first few explanations of the lost tries.
 */
public record CaseResult(String name, int tries, int survived, int lost, String note, List<String> failures) {
    public CaseResult {
        failures = List.copyOf(failures);
    }

    public boolean allSurvived() {
        return lost == 0 && survived == tries;
    }
}
