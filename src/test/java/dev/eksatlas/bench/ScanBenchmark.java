package dev.eksatlas.bench;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.scan.CancelSignal;
import dev.eksatlas.scan.RegionChoice;
import dev.eksatlas.scan.ScanLimits;
import dev.eksatlas.scan.ScanReport;
import dev.eksatlas.scan.ScanRequest;
import dev.eksatlas.scan.ScanService;
import dev.eksatlas.scan.SdkProfileResolver;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * Scans the simulator's {@code large} fleet (10 accounts x 4 regions, 300 clusters, 10,000 roles,
 * 6,000 associations) with 25 ms added to every call and the simulator throttling each account,
 * service and region beyond {@code bench.simRps}; prints calls, wall time, calls per second, peak
 * heap, the floor set by the rate limits and the longest chain of dependent calls, and the same
 * scan at concurrency 1. Prints figures only.
 * Run: {@code mvn -B -Pbench test -Dtest=ScanBenchmark} (about 10 minutes; add
 * {@code "-Dtest.argLine=-Xmx512m"} to prove the heap bound; {@code -Dbench.sequential=false} skips the sequential run).
 */
@Tag("benchmark")
class ScanBenchmark {
    private static final Duration LATENCY = Duration.ofMillis(25);
    private static final double SIM_RPS = Double.parseDouble(System.getProperty("bench.simRps", "150"));
    /** The scan's own limit, set just below the simulator's, as it is set below AWS's in production. */
    private static final double SCAN_RPS = SIM_RPS * 0.9;
    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);
    /** GetCallerIdentity, then ListClusters, DescribeCluster || (ListPodIdentityAssociations, DescribePodIdentityAssociation). */
    private static final int LONGEST_CHAIN = 4;

    @Test
    void scansTheLargeFleet() throws Exception {
        Fleet fleet = Fleet.generate(FleetSpec.large());
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.large())
                .withKnobs(SimulatorKnobs.NONE.withLatency(LATENCY, Duration.ZERO).withThrottleRps(SIM_RPS)), fleet)) {
            Path aws = Files.createTempDirectory("bench-aws");
            AwsConfigWriter.write(aws, fleet, sim.endpoint());
            List<String> profiles = fleet.accounts().stream().map(a -> a.profile()).toList();
            List<String> regions = fleet.snapshots().stream().flatMap(s -> s.regions().stream()).distinct().sorted().toList();

            double floor = floorSeconds(fleet);
            System.out.printf("%nlarge fleet, %d ms per call, simulator limit %.0f calls/s per account+service+region, scan limit %.0f%n",
                    LATENCY.toMillis(), SIM_RPS, SCAN_RPS);
            System.out.printf("floor: %.1f s (rate limits and a chain of %d dependent calls)%n", floor, LONGEST_CHAIN);
            // The first scan runs in a fresh JVM, as a user's first scan after starting the app
            // does: the JIT compiles the SDK while it scans. The second shows the steady state.
            Run concurrent = null;
            for (String round : List.of("first scan in a fresh JVM", "second scan, same JVM")) {
                concurrent = scan(aws, profiles, regions, CONCURRENCY);
                print("concurrency " + CONCURRENCY + ", " + round, concurrent);
                System.out.printf("  %.2f x the floor; simulator answers: %s%n", concurrent.seconds() / floor, outcomes(sim));
                sim.requestCounts().reset();
            }
            if (Boolean.parseBoolean(System.getProperty("bench.sequential", "true"))) {
                Run sequential = scan(aws, profiles, regions, 1);
                print("concurrency 1 (a sequential script)", sequential);
                System.out.printf("speed-up over sequential: %.1f x%n", sequential.seconds() / concurrent.seconds());
            }
        }
    }

    /** Answers by outcome (ok, Throttling, ...), summed over operations. */
    private static Map<String, Long> outcomes(FleetSimulator sim) {
        return sim.requestCounts().byOutcome().entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getKey().substring(e.getKey().lastIndexOf(' ') + 1), java.util.TreeMap::new, Collectors.summingLong(Map.Entry::getValue)));
    }

    private record Run(ScanReport report, double seconds, long peakHeapBytes, long peakLiveBytes, double cpuSeconds, Timeline timeline) {
    }

    /** CPU time of this JVM (scanner and simulator together), which other processes on the machine do not inflate. */
    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    private static Run scan(Path aws, List<String> profiles, List<String> regions, int concurrency) {
        ScanLimits limits = ScanLimits.defaults().withMaxInFlight(concurrency).withRates(SCAN_RPS, SCAN_RPS, SCAN_RPS);
        HeapSampler heap = new HeapSampler();
        try (SdkProfileResolver resolver = new SdkProfileResolver(() -> ProfileFile.aggregator()
                .addFile(ProfileFile.builder().content(aws.resolve("credentials")).type(ProfileFile.Type.CREDENTIALS).build())
                .addFile(ProfileFile.builder().content(aws.resolve("config")).type(ProfileFile.Type.CONFIGURATION).build())
                .build())) {
            System.gc();
            heap.start();
            double cpu0 = processCpuSeconds();
            long t0 = System.nanoTime();
            Timeline timeline = new Timeline(t0);
            ScanReport report = new ScanService(resolver, Clock.systemUTC()).scan(
                    new ScanRequest(profiles, RegionChoice.of(regions), limits), timeline::record, CancelSignal.NEVER, s -> { });
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Run(report, seconds, heap.stop(), heap.peakLive(), processCpuSeconds() - cpu0, timeline);
        }
    }

    private static void print(String label, Run run) {
        ScanReport r = run.report();
        List<AccountSnapshot> s = r.accounts().stream().map(a -> a.snapshot()).toList();
        System.out.printf("%s: %d accounts, %d clusters, %d roles, %d associations, %d gaps; %d API calls in %.1f s = %.0f calls/s;"
                        + " peak heap %d MB (%d MB live after a collection); max heap %d MB; CPU %.1f s (%.2f ms per call, scanner and simulator); load average %.1f%n",
                label, s.size(), s.stream().mapToInt(a -> a.clusters().size()).sum(), s.stream().mapToInt(a -> a.roles().size()).sum(),
                s.stream().mapToInt(a -> a.associations().size()).sum(), s.stream().mapToInt(a -> a.coverageGaps().size()).sum(),
                r.apiCalls(), run.seconds(), r.apiCalls() / run.seconds(), run.peakHeapBytes() >> 20, run.peakLiveBytes() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, run.cpuSeconds(),
                run.cpuSeconds() * 1000 / r.apiCalls(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        run.timeline().print();
    }

    /**
     * The shortest possible scan: each rate-limit bucket (account+IAM, account+region+EKS) needs
     * its calls / the simulator's rate; the slowest bucket, plus the longest dependent chain at the
     * added latency, bounds any scan from below.
     */
    private static double floorSeconds(Fleet fleet) {
        double slowest = 0;
        for (AccountSnapshot a : fleet.snapshots()) {
            long getRoles = a.roles().stream().filter(r -> r.trustPolicy().contains(":oidc-provider/")
                    || r.trustPolicy().contains("pods.eks.amazonaws.com")).count();
            long iam = getRoles + a.oidcProviders().size() + 1 + 1 + (a.roles().size() + 999) / 1000;
            slowest = Math.max(slowest, iam / SIM_RPS);
            Map<String, Long> eksByRegion = a.regions().stream().collect(Collectors.toMap(r -> r, r -> 0L));
            for (var c : a.clusters()) {
                long n = 4 + a.associations().stream().filter(x -> x.clusterName().equals(c.name()) && x.region().equals(c.region())).count()
                        + a.addons().stream().filter(x -> x.clusterName().equals(c.name()) && x.region().equals(c.region())).count()
                        + a.fargateProfiles().stream().filter(x -> x.clusterName().equals(c.name()) && x.region().equals(c.region())).count();
                eksByRegion.merge(c.region(), n, Long::sum);
            }
            for (long n : eksByRegion.values()) {
                slowest = Math.max(slowest, (n + 1) / SIM_RPS);
            }
        }
        return slowest + LONGEST_CHAIN * LATENCY.toMillis() / 1000.0;
    }

    /**
     * Where the wall time goes: calls finished in each second, and the rate-limit buckets that
     * finished last (a bucket that starts late or runs alone at the end shows up here).
     */
    private static final class Timeline {
        private final long t0;
        private final java.util.concurrent.ConcurrentHashMap<Integer, AtomicLong> perSecond = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, java.util.concurrent.ConcurrentHashMap<Integer, AtomicLong>> series =
                new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<String, long[]> buckets = new java.util.concurrent.ConcurrentHashMap<>();

        Timeline(long t0) {
            this.t0 = t0;
        }

        void record(dev.eksatlas.scan.ScanProgress p) {
            long now = System.nanoTime() - t0;
            perSecond.computeIfAbsent((int) (now / 1_000_000_000L), k -> new AtomicLong()).incrementAndGet();
            String bucket = p.account() + "/" + (p.region() == null ? "global" : p.region());
            series.computeIfAbsent(bucket, k -> new java.util.concurrent.ConcurrentHashMap<>())
                    .computeIfAbsent((int) (now / 1_000_000_000L), k -> new AtomicLong()).incrementAndGet();
            buckets.compute(bucket, (k, v) -> v == null ? new long[] {1, now, now} : new long[] {v[0] + 1, v[1], now});
        }

        void print() {
 System.out.println("  calls finished per second: " + new java.util.TreeMap<>(perSecond));
            System.out.println("  the rate-limit buckets that finished last:");
            buckets.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2])).limit(4)
                    .forEach(e -> System.out.printf("    bucket %s: %d calls, first %.1f s, last %.1f s%n", e.getKey(),
                            e.getValue()[0], e.getValue()[1] / 1e9, e.getValue()[2] / 1e9));
            buckets.entrySet().stream().max(java.util.Comparator.comparingLong(e -> e.getValue()[2])).ifPresent(e ->
                    System.out.println("  the last one's calls per second: " + new java.util.TreeMap<>(series.get(e.getKey()))));
        }
    }

    /** Samples heap in use every 20 ms (garbage included, so an upper bound of what the scan needs). */
    private static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        /** Heap in use right after the last collection: what the scan really holds. */
        private final AtomicLong peakLive = new AtomicLong();
        private Thread thread;

        void start() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP) {
                            used += pool.getUsage().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                    long live = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
                            live += pool.getCollectionUsage().getUsed();
                        }
                    }
                    peakLive.accumulateAndGet(live, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long stop() throws IllegalStateException {
            thread.interrupt();
            return peak.get();
        }

        long peakLive() {
            return peakLive.get();
        }
    }
}
