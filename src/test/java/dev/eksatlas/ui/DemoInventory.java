package dev.eksatlas.ui;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.scan.CancelSignal;
import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.ScanListener;
import dev.eksatlas.scan.ScanRequest;
import dev.eksatlas.scan.ScanService;
import dev.eksatlas.scan.SdkProfileResolver;
import dev.eksatlas.settings.AppSettings;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The simulator's {@code demo} fleet as a user's first scan would store it: scanned once per test
 * JVM through the real SDK clients over loopback, then written into each test's data folder with
 * the real {@link SnapshotWriter}, so the window starts on it.
 */
final class DemoInventory {
    private static final Fleet FLEET = Fleet.generate(FleetSpec.demo());
    private static List<AccountSnapshot> scanned;

    private DemoInventory() {
    }

    static Fleet fleet() {
        return FLEET;
    }

    static synchronized List<AccountSnapshot> snapshots() {
        if (scanned == null) {
            scanned = scan();
        }
        return scanned;
    }

    /**
     * Writes the scanned demo fleet into {@code dataDir}'s inventory, and into its settings the
     * {@code language} and a window of 1000×1000 (the headless screen's size) at its top left.
     */
    static void writeInto(Path dataDir, String language) {
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            SnapshotWriter writer = new SnapshotWriter(db);
            snapshots().forEach(writer::save);
        }
        AppSettings settings = AppSettings.load(dataDir);
        settings.put("language", language);
        settings.put("window.width", 1000);
        settings.put("window.height", 1000);
        settings.put("window.x", 0);
        settings.put("window.y", 0);
        settings.save();
    }

    private static List<AccountSnapshot> scan() {
        Path aws;
        try {
            aws = Files.createTempDirectory("demo-aws");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), FLEET)) {
            AwsConfigWriter.write(aws, FLEET, sim.endpoint());
            List<String> profiles = FLEET.snapshots().stream().map(AccountSnapshot::profile).toList();
            List<String> regions = FLEET.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
            ScanLimits limits = ScanLimits.defaults().withRates(1000, 1000, 1000)
                    .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
            List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();
            try (SdkProfileResolver resolver = new SdkProfileResolver(() -> ProfileFile.aggregator()
                    .addFile(ProfileFile.builder().content(aws.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                    .addFile(ProfileFile.builder().content(aws.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                    .build())) {
                new ScanService(resolver, Clock.systemUTC())
                        .scan(new ScanRequest(profiles, RegionChoice.of(regions), limits), ScanListener.NONE, CancelSignal.NEVER, sink::add);
            }
            return new ArrayList<>(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
