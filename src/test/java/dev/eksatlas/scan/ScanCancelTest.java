package dev.eksatlas.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancel really stops the scan, quickly, and leaves the previous snapshot untouched. */
class ScanCancelTest {
    @TempDir
    Path awsDir;

    @Test
    void cancelMidScanStopsQuicklyAndLeavesThePreviousSnapshotUntouched() throws Exception {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()));
                Database db = InventoryStore.openInMemory("cancel-" + UUID.randomUUID());
                SdkProfileResolver resolver = ScanFixtures.resolver(awsDir)) {
            AwsConfigWriter.write(awsDir, sim.fleet(), sim.endpoint());
            List<String> regions = sim.fleet().accountNamed("prod").snapshot().regions();
            ScanService service = new ScanService(resolver, Clock.systemUTC());
            SnapshotWriter writer = new SnapshotWriter(db);
            ScanRequest request = new ScanRequest(List.of("demo-prod"), RegionChoice.of(regions), ScanFixtures.testLimits());
            service.scan(request, ScanListener.NONE, CancelSignal.NEVER, writer::save);
            SnapshotRepository repository = new SnapshotRepository(db);
            AccountSnapshot before = repository.findLatest().getFirst();

            sim.setKnobs(SimulatorKnobs.NONE.withLatency(Duration.ofMillis(40), Duration.ZERO));
            AtomicBoolean cancel = new AtomicBoolean();
            CountDownLatch halfWay = new CountDownLatch(1);
            ScanListener listener = p -> {
                if (p.callsDone() >= 60) {
                    halfWay.countDown();
                }
            };
            AtomicLong cancelledAt = new AtomicLong();
            Thread canceller = Thread.ofVirtual().start(() -> {
                try {
                    halfWay.await();
                } catch (InterruptedException e) {
                    return;
                }
                cancelledAt.set(System.nanoTime());
                cancel.set(true);
            });

            assertThatThrownBy(() -> service.scan(request, listener, cancel::get, writer::save))
                    .isInstanceOf(ScanCancelledException.class);
            long stoppedAfterMillis = (System.nanoTime() - cancelledAt.get()) / 1_000_000;
            canceller.join();
            System.out.println("scan stopped " + stoppedAfterMillis + " ms after cancel");

            assertThat(stoppedAfterMillis).isLessThan(3_000);
            assertThat(repository.findRunsByAccount(before.accountId())).hasSize(1);
            assertThat(repository.findLatest().getFirst()).isEqualTo(before);
        }
    }
}
