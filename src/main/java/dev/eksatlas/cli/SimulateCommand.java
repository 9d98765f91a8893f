package dev.eksatlas.cli;

import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eks-atlas simulate}: serves a simulated AWS fleet on loopback until stopped (Ctrl-C). */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Serves a generated fleet of AWS accounts over the EKS, IAM, STS and CloudWatch Logs wire protocols on 127.0.0.1, "
                + "until stopped with Ctrl-C.",
                "Access keys: AKIASIM followed by the account ID (any secret). Point AWS SDKs or the AWS CLI at the printed endpoint."})
public final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--fleet", defaultValue = "demo", paramLabel = "PRESET", description = "tiny, demo or large (default: ${DEFAULT-VALUE}).")
    String fleet;
    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated fleet; the same seed gives the same fleet.")
    Long seed;
    @Option(names = "--accounts", paramLabel = "N", description = "Override the preset's number of accounts.")
    Integer accounts;
    @Option(names = "--regions", paramLabel = "N", description = "Override the preset's regions per account.")
    Integer regions;
    @Option(names = "--clusters", paramLabel = "N", description = "Override the preset's number of clusters.")
    Integer clusters;
    @Option(names = "--roles", paramLabel = "N", description = "Override the preset's number of IAM roles.")
    Integer roles;
    @Option(names = "--associations", paramLabel = "N", description = "Override the preset's number of Pod Identity associations.")
    Integer associations;
    @Option(names = "--port", defaultValue = "0", paramLabel = "P", description = "Port on 127.0.0.1 (default: any free port).")
    int port;
    @Option(names = "--latency-ms", defaultValue = "0", paramLabel = "L", description = "Latency added to every call.")
    long latencyMs;
    @Option(names = "--jitter-ms", defaultValue = "0", paramLabel = "J", description = "Up to this much more latency, at random.")
    long jitterMs;
    @Option(names = "--fail-rate", defaultValue = "0", paramLabel = "F", description = "Share of calls (0-1) failing with 500 or 503.")
    double failRate;
    @Option(names = "--throttle-rps", defaultValue = "0", paramLabel = "R",
            description = "Requests per second per account, service and region before AWS's throttling errors (0 = no limit).")
    double throttleRps;
    @Option(names = "--deny", paramLabel = "SPEC", description = "Deny access to matching calls, e.g. 'account=111122223333,service=eks' "
            + "or 'region=eu-west-1;operation=ListPodIdentityAssociations'. Keys: account, region, service, operation. Repeatable.")
    List<String> deny = new ArrayList<>();
    @Option(names = "--page-size", defaultValue = "0", paramLabel = "N", description = "Largest page any list call returns (0 = as AWS).")
    int pageSize;
    @Option(names = "--write-aws-config", paramLabel = "DIR",
            description = "Write DIR/config and DIR/credentials with one profile per simulated account.")
    Path awsConfigDir;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    SimulatorConfig config() {
        FleetSpec f = FleetSpec.preset(fleet);
        f = seed == null ? f : f.withSeed(seed);
        f = accounts == null ? f : f.withAccounts(accounts);
        f = regions == null ? f : f.withRegionsPerAccount(regions);
        f = clusters == null ? f : f.withClusters(clusters);
        f = roles == null ? f : f.withRoles(roles);
        f = associations == null ? f : f.withAssociations(associations);
        List<DenyRule> rules = new ArrayList<>();
        deny.forEach(d -> rules.addAll(DenyRule.parse(d)));
        SimulatorKnobs knobs = SimulatorKnobs.NONE.withLatency(Duration.ofMillis(latencyMs), Duration.ofMillis(jitterMs))
                .withFailRate(failRate).withThrottleRps(throttleRps).withDeny(rules).withMaxPageSize(pageSize);
        return SimulatorConfig.of(f).withPort(port).withKnobs(knobs);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        FleetSimulator sim;
        try {
            sim = FleetSimulator.start(config());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            // A bad preset, size, deny spec or busy port: say so without a stack trace (2 = usage error, as picocli uses).
            spec.commandLine().getErr().println("eks-atlas simulate: " + e.getMessage());
            return 2;
        }
        Thread hook = Thread.ofPlatform().unstarted(() -> stop(sim, out));
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            describe(sim, out);
            stopped.await();
            return 0;
        } finally {
            stop(sim, out);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C: the hook is running, which is how we got here.
            }
        }
    }

    /** Stops serving, as Ctrl-C does. */
    void stop() {
        stopped.countDown();
    }

    private void stop(FleetSimulator sim, PrintWriter out) {
        if (closed.compareAndSet(false, true)) {
            sim.close();
            out.println("Simulator stopped.");
            out.flush();
        }
        stopped.countDown();
    }

    private void describe(FleetSimulator sim, PrintWriter out) throws IOException {
        FleetSpec f = sim.fleet().spec();
        out.printf("Simulated AWS (EKS, IAM, STS, CloudWatch Logs) for fleet '%s' (seed %d) at %s%n", f.preset(), f.seed(), sim.endpoint());
        out.printf("%-18s %-14s %-16s %-22s %s%n", "PROFILE", "ACCOUNT", "ALIAS", "ACCESS KEY", "REGIONS");
        for (SimulatedAccount a : sim.fleet().accounts()) {
            out.printf("%-18s %-14s %-16s %-22s %s%n", a.profile(), a.accountId(), a.alias(), a.accessKeyId(),
                    String.join(",", a.snapshot().regions()));
        }
        if (awsConfigDir != null) {
            List<Path> files = AwsConfigWriter.write(awsConfigDir, sim.fleet(), sim.endpoint());
            out.printf("Wrote %s and %s%nUse them with: AWS_CONFIG_FILE=%s AWS_SHARED_CREDENTIALS_FILE=%s%n",
                    files.get(0), files.get(1), files.get(0).toAbsolutePath(), files.get(1).toAbsolutePath());
        }
        out.println("Serving until stopped (Ctrl-C).");
        out.flush();
    }
}
