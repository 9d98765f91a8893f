package dev.eksatlas.analysis.comparison;

import java.util.List;

/** A cluster's Pod Identity readiness and the reasons behind it (empty when READY). */
public record PodIdentityReadiness(Readiness verdict, List<ReadinessReason> reasons) {

    public PodIdentityReadiness {
        reasons = List.copyOf(reasons);
    }

    static PodIdentityReadiness of(List<ReadinessReason> reasons) {
        Readiness verdict = reasons.stream().anyMatch(r -> r.code().blocking()) ? Readiness.BLOCKED
                : reasons.isEmpty() ? Readiness.READY : Readiness.READY_WITH_WARNINGS;
        return new PodIdentityReadiness(verdict, reasons);
    }
}
