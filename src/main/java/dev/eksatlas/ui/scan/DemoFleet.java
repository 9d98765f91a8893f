package dev.eksatlas.ui.scan;

import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.profiles.ProfileCatalog;
import dev.eksatlas.scan.profiles.ProfileLocations;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * "Demo fleet (simulated)": the in-process AWS simulator serving a generated fleet, started when
 * the demo is chosen and stopped when another profile is chosen or the app closes. Its profiles
 * (one per simulated account, static keys the simulator made up, {@code endpoint_url} pointing at
 * it) are written to a folder of the data directory and read like any AWS files; no real
 * credential is involved.
 */
public final class DemoFleet implements AutoCloseable {
    /** The simulator does not throttle unless told to: scan it faster than AWS's own levels allow. */
    private static final ScanLimits LIMITS = ScanLimits.defaults().withRates(200, 200, 200);

    private final Path folder;
    private final FleetSpec spec;
    private Fleet fleet;
    private FleetSimulator simulator;

    /** @param folder where the demo's {@code config} and {@code credentials} go (written only by this class) */
    public DemoFleet(Path folder, FleetSpec spec) {
        this.folder = folder;
        this.spec = spec;
    }

    /** The profile names of the simulated accounts ({@code demo-prod}, ...), without starting anything. */
    public synchronized List<String> profileNames() {
        return fleet().accounts().stream().map(SimulatedAccount::profile).toList();
    }

    /** Starts the simulator if it is not running and gives what a scan of all its accounts needs. */
    public synchronized ScanTarget start() {
        if (simulator == null) {
            simulator = FleetSimulator.start(SimulatorConfig.of(spec), fleet());
            try {
                AwsConfigWriter.write(folder, fleet(), simulator.endpoint());
            } catch (IOException e) {
                stop();
                throw new UncheckedIOException(e);
            }
        }
        ProfileCatalog catalog = ProfileCatalog.load(new ProfileLocations(folder.resolve("config"), folder.resolve("credentials"), "default"));
        List<String> regions = fleet().snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
        return new ScanTarget(catalog, profileNames(), RegionChoice.of(regions), LIMITS);
    }

    /** The running simulator, e.g. for tests that add latency or deny rules. */
    public synchronized Optional<FleetSimulator> running() {
        return Optional.ofNullable(simulator);
    }

    public synchronized void stop() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Fleet fleet() {
        if (fleet == null) {
            fleet = Fleet.generate(spec);
        }
        return fleet;
    }
}
