package dev.eksatlas.simulator.fleet;

import java.util.EnumSet;
import java.util.Set;

/** Situations that must occur at least once: {@link #take} says yes the first time it is asked about each. */
final class Forced {
    private final boolean enabled;
    private final Set<SituationKind> taken = EnumSet.noneOf(SituationKind.class);

    Forced(boolean enabled) {
        this.enabled = enabled;
    }

    boolean take(SituationKind kind) {
        return enabled && taken.add(kind);
    }

    boolean pending(SituationKind kind) {
        return enabled && !taken.contains(kind);
    }
}
