package dev.eksatlas.simulator.fleet;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing the generator planted, for tests to check a scan and its analysis against. See
 * {@link SituationKind} for which fields each kind sets; unset fields are null.
 */
public record PlantedSituation(SituationKind kind, String accountId, String region, String clusterName, String resourceArn) {

    public static final Comparator<PlantedSituation> ORDER = Comparator
            .comparing(PlantedSituation::kind)
            .thenComparing(PlantedSituation::accountId)
            .thenComparing(PlantedSituation::region, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlantedSituation::clusterName, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(PlantedSituation::resourceArn, Comparator.nullsFirst(Comparator.naturalOrder()));

    public PlantedSituation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(accountId, "accountId");
    }
}
