package dev.eksatlas.scan;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.reliability.CaseResult;
import dev.eksatlas.reliability.Tally;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.ScriptedFault;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Scans of the demo fleet while the simulator misbehaves, each judged against the ground truth by
 * {@link GroundTruthCheck}. Faults hit operations picked by a seeded random, a few times each, so
 * some are outlasted by the SDK's retries and some are not.
 */
public final class ScanFaultCase implements AutoCloseable {
    public static final List<String> OPERATIONS = List.of("ListClusters", "DescribeCluster", "ListPodIdentityAssociations",
            "DescribePodIdentityAssociation", "ListAddons", "DescribeAddon", "ListFargateProfiles", "DescribeFargateProfile",
            "ListRoles", "GetRole", "ListOpenIDConnectProviders", "GetOpenIDConnectProvider", "ListAccountAliases",
            "GetCallerIdentity");
    /** Short timeouts so a stalled answer costs little; the stall is longer than the attempt timeout. */
    static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(1500);
    static final Duration STALL = Duration.ofMillis(2500);

    /** A way the simulator misbehaves, applied to one try with its random. */
    public enum Fault {
        THROTTLING_STORM("throttling storm (15 requests/s per account, service, region)",
                (sim, r) -> sim.setKnobs(SimulatorKnobs.NONE.withThrottleRps(15))),
        SERVER_ERRORS("10 % of calls answered 500/503", (sim, r) -> sim.setKnobs(SimulatorKnobs.NONE.withFailRate(0.10))),
        STALLED_PAST_ATTEMPT_TIMEOUT("answers stalled past the attempt timeout", scripted(ScriptedFault.STALL, 3, 3)),
        DROPPED_MID_BODY("connection dropped mid-body", scripted(ScriptedFault.DROP_CONNECTION, 4, 4)),
        TRUNCATED_BODY("well-framed answer holding half the document", scripted(ScriptedFault.TRUNCATED_BODY, 4, 3)),
        MALFORMED_BODY("status 200 with a body that is not JSON/XML", scripted(ScriptedFault.MALFORMED_BODY, 4, 3)),
        ENDLESS_BODY("a body that never ends", scripted(ScriptedFault.ENDLESS_BODY, 1, 1)),
        GIGANTIC_BODY("a body declared as 1 GiB", scripted(ScriptedFault.GIGANTIC_BODY, 1, 1));

        final String description;
        final BiConsumer<FleetSimulator, SplittableRandom> apply;

        Fault(String description, BiConsumer<FleetSimulator, SplittableRandom> apply) {
            this.description = description;
            this.apply = apply;
        }

        public String description() {
            return description;
        }

        /** {@code operations} operations picked at random, each failing the next 1..{@code maxCount} times. */
        private static BiConsumer<FleetSimulator, SplittableRandom> scripted(ScriptedFault fault, int operations, int maxCount) {
            return (sim, random) -> {
                sim.setKnobs(SimulatorKnobs.NONE.withSlowAnswers(0, STALL));
                for (int i = 0; i < operations; i++) {
                    sim.scriptNext(fault, 1 + random.nextInt(maxCount), OPERATIONS.get(random.nextInt(OPERATIONS.size())));
                }
            };
        }
    }

    private final Fleet fleet = Fleet.generate(FleetSpec.demo());
    private final FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), fleet);
    private final Path awsDir;
    private final List<String> regions = fleet.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();
    private final Map<String, String> profileOfAccount;

    public ScanFaultCase() throws IOException {
        awsDir = Files.createTempDirectory("atlas-faults");
        AwsConfigWriter.write(awsDir, fleet, sim.endpoint());
        profileOfAccount = fleet.accounts().stream().collect(Collectors.toMap(SimulatedAccount::accountId, a -> "demo-" + a.name()));
    }

    public FleetSimulator simulator() {
        return sim;
    }

    /** Scans {@code tries} times under {@code fault}; seeds are {@code seed}, {@code seed + 1}, ... */
    public CaseResult run(Fault fault, int tries, long seed) {
        Tally tally = new Tally("Scan: " + fault.description());
        int complete = 0;
        for (int i = 0; i < tries; i++) {
            GroundTruthCheck.Outcome outcome = tryOnce(fault, seed + i);
            if (outcome.verdict() == GroundTruthCheck.Verdict.LOST) {
                tally.lost("seed " + (seed + i) + ": " + outcome.problem());
            } else {
                tally.survived();
                complete += outcome.verdict() == GroundTruthCheck.Verdict.COMPLETE ? 1 : 0;
            }
        }
        return tally.result(complete + " complete, the others reported their gaps");
    }

    public GroundTruthCheck.Outcome tryOnce(Fault fault, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return scanWith(ATTEMPT_TIMEOUT, sim -> fault.apply.accept(sim, random)).outcome();
    }

    /** One scan of every account and region, judged. */
    public record Scan(GroundTruthCheck.Outcome outcome, List<AccountSnapshot> snapshots, ScanReport report) {
    }

    /** Scans after {@code setup} has set the simulator's faults; they are cleared afterwards. */
    public Scan scanWith(Duration attemptTimeout, Consumer<FleetSimulator> setup) {
        sim.clearScripted();
        sim.setKnobs(SimulatorKnobs.NONE);
        setup.accept(sim);
        List<AccountSnapshot> sink = new CopyOnWriteArrayList<>();
        try (SdkProfileResolver resolver = ScanFixtures.resolver(awsDir)) {
            ScanRequest request = new ScanRequest(List.copyOf(profileOfAccount.values()), RegionChoice.of(regions),
                    ScanFixtures.testLimits().withTimeouts(attemptTimeout, Duration.ofSeconds(30)));
            ScanReport report = new ScanService(resolver, Clock.systemUTC()).scan(request, ScanListener.NONE, CancelSignal.NEVER, sink::add);
            return new Scan(GroundTruthCheck.judge(fleet.snapshots(), sink, report, profileOfAccount), List.copyOf(sink), report);
        } finally {
            sim.clearScripted();
            sim.setKnobs(SimulatorKnobs.NONE);
        }
    }

    @Override
    public void close() {
        sim.close();
    }
}
