package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;

/** Where each finished account goes (the inventory's writer, wired by the composition root). */
@FunctionalInterface
public interface SnapshotSink {
    void accept(AccountSnapshot snapshot);
}
