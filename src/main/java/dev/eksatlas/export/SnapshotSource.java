package dev.eksatlas.export;

import dev.eksatlas.domain.AccountSnapshot;
import java.util.List;

/** Where exports get their data: the latest stored snapshot of each account. */
@FunctionalInterface
public interface SnapshotSource {

    /**
     * The latest snapshot of each account that the selection's profile or account allows (the
     * cluster is left to the reports); empty when nothing matching was ever scanned.
     */
    List<AccountSnapshot> latest(Selection selection);
}
