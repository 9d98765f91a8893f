package dev.eksatlas.ui.shell;

import dev.eksatlas.domain.ScanRun;
import java.util.List;

/** What the shell needs from the inventory: the newest snapshot header of every account. */
@FunctionalInterface
public interface InventorySummary {
    List<ScanRun> latestRuns();
}
