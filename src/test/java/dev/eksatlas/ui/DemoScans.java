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
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * An inventory made the way the app makes one: the simulator's demo fleet scanned with the real
 * SDK clients and stored by {@link SnapshotWriter}, twice. The first scan cannot read EKS in one
 * region of {@code prod} (a snapshot with a coverage gap and fewer clusters); the second reads it,
 * but cannot call GetRole in {@code sandbox}, so the latest snapshots carry a coverage gap too.
 */
public record DemoScans(Fleet fleet, String deniedRegion) {

    public static DemoScans scanTwiceInto(Path dataDir, Path awsDir) throws IOException {
        Fleet fleet = Fleet.generate(FleetSpec.demo());
        SimulatedAccount prod = fleet.accountNamed("prod");
        String deniedRegion = prod.snapshot().regions().get(1);
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), fleet);
             Database db = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            AwsConfigWriter.write(awsDir, fleet, sim.endpoint());
            SnapshotWriter writer = new SnapshotWriter(db);
            try (SdkProfileResolver resolver = new SdkProfileResolver(() -> ProfileFile.aggregator()
                    .addFile(ProfileFile.builder().content(awsDir.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                    .addFile(ProfileFile.builder().content(awsDir.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                    .build())) {
                sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse(
                        "account=" + prod.accountId() + ",region=" + deniedRegion + ",service=eks")));
                scan(fleet, resolver).forEach(writer::save);
                sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse(
                        "account=" + fleet.accountNamed("sandbox").accountId() + ",operation=GetRole")));
                scan(fleet, resolver).forEach(writer::save);
            }
        }
        return new DemoScans(fleet, deniedRegion);
    }

    private static List<AccountSnapshot> scan(Fleet fleet, SdkProfileResolver resolver) {
        List<String> profiles = fleet.accounts().stream().map(SimulatedAccount::profile).toList();
        List<String> regions = fleet.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
        ScanLimits limits = ScanLimits.defaults().withRates(1000, 1000, 1000).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(30));
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();
        new ScanService(resolver, Clock.systemUTC()).scan(new ScanRequest(profiles, RegionChoice.of(regions), limits),
                ScanListener.NONE, CancelSignal.NEVER, sink::add);
        return sink;
    }

    public String prodAccountId() {
        return fleet.accountNamed("prod").accountId();
    }
}
