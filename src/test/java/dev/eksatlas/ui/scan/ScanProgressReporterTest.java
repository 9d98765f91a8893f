package dev.eksatlas.ui.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.scan.ScanProgress;
import dev.eksatlas.ui.common.Messages;
import dev.eksatlas.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScanProgressReporterTest {
    private record Update(long done, long total, String message) {
    }

    private final List<Update> updates = new ArrayList<>();
    private final TaskRunner.Progress progress = new TaskRunner.Progress() {
        @Override
        public void update(long done, long total, String message) {
            updates.add(new Update(done, total, message));
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
    private final ScanProgressReporter reporter = new ScanProgressReporter(progress, new Messages(Locale.ENGLISH));

    @Test
    void mapsCallsToProgressAndTheWhereaboutsToTheStatusLine() {
        reporter.onProgress(new ScanProgress(12, 40, "111122223333", "eu-west-1", "prod-euw1-a", "DescribeCluster"));
        reporter.onProgress(new ScanProgress(13, 40, "111122223333", "global", null, "GetRole"));

        assertThat(updates).containsExactly(
                new Update(12, 40, "111122223333 · eu-west-1 · prod-euw1-a: DescribeCluster (12 of 40 calls)"),
                new Update(13, 40, "111122223333 · global: GetRole (13 of 40 calls)"));
    }

    @Test
    void aLateEventFromAnotherThreadNeverMovesTheBarBack() {
        reporter.onProgress(new ScanProgress(20, 50, "a", null, null, "ListRoles"));
        reporter.onProgress(new ScanProgress(19, 50, "a", null, null, "ListRoles"));
        reporter.onProgress(new ScanProgress(21, 60, "a", null, null, "ListRoles"));

        assertThat(updates).extracting(Update::done).containsExactly(20L, 21L);
    }
}
