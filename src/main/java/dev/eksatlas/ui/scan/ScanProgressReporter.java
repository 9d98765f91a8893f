package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.ScanListener;
import dev.eksatlas.scan.ScanProgress;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Passes the scan's progress events to the task: calls done out of calls planned, and the account,
 * region and cluster at hand as the status line. Events come from many scan threads; a late event
 * never moves the bar back.
 */
final class ScanProgressReporter implements ScanListener {
    private final TaskRunner.Progress progress;
    private final Messages messages;
    private long shownDone = -1;

    ScanProgressReporter(TaskRunner.Progress progress, Messages messages) {
        this.progress = progress;
        this.messages = messages;
    }

    @Override
    public synchronized void onProgress(ScanProgress p) {
        if (p.callsDone() <= shownDone) {
            return;
        }
        shownDone = p.callsDone();
        String where = Stream.of(p.account(), p.region(), p.cluster()).filter(Objects::nonNull).collect(Collectors.joining(" · "));
        progress.update(p.callsDone(), Math.max(p.callsDone(), p.callsPlanned()),
                messages.get("scan.status.call", where, p.message(), p.callsDone(), p.callsPlanned()));
    }
}
