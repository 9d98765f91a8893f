package dev.eksatlas.bench;

import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.domain.EksCluster;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eks.EksClient;

/**
 * Requests per second the simulator serves with no added latency, from several keep-alive client
 * threads in the same JVM (so clients and server share the machine's cores). Prints figures only.
 * Run: {@code mvn -B -Pbench test -Dtest=SimulatorBenchmark}
 */
@Tag("benchmark")
class SimulatorBenchmark {
    private static final int THREADS = Integer.getInteger("bench.threads", 8);
    private static final long WARMUP_MS = Long.getLong("bench.warmupMs", 3000);
    private static final long MEASURE_MS = Long.getLong("bench.measureMs", 5000);

    @Test
    void requestsPerSecondOverRawHttp() throws Exception {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            SimulatedAccount prod = sim.fleet().accountNamed("prod");
            List<HttpRequest> requests = mix(sim.endpoint(), prod);
            // One client shared by the threads: it keeps one keep-alive connection per concurrent request.
            // Its callbacks run on its selector thread (direct executor) rather than hopping to a pool.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
            run("java.net.http, " + requests.size() + "-request mix (EKS describe/list, IAM GetRole, STS)", () -> {
                int[] i = {0};
                return () -> {
                    HttpResponse<byte[]> r = http.send(requests.get(i[0]++ % requests.size()), HttpResponse.BodyHandlers.ofByteArray());
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("status " + r.statusCode());
                    }
                };
            }, sim);
        }
    }

    /** A minimal blocking HTTP/1.1 keep-alive client: shows what the server can do when clients cost little. */
    @Test
    void requestsPerSecondOverPlainKeepAliveSockets() throws Exception {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            SimulatedAccount prod = sim.fleet().accountNamed("prod");
            EksCluster c = prod.snapshot().clusters().getFirst();
            byte[] request = ("GET /clusters/" + c.name() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth(prod, c.region(), "eks")
                    + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            run("plain keep-alive sockets, EKS DescribeCluster", () -> {
                try {
                    java.net.Socket socket = new java.net.Socket("127.0.0.1", sim.port());
                    socket.setTcpNoDelay(true);
                    var in = new java.io.BufferedInputStream(socket.getInputStream());
                    var out = socket.getOutputStream();
                    return () -> {
                        out.write(request);
                        out.flush();
                        readResponse(in);
                    };
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, sim);
        }
    }

    private static void readResponse(java.io.InputStream in) throws java.io.IOException {
        StringBuilder line = new StringBuilder();
        int length = -1;
        while (true) {
            int ch = in.read();
            if (ch < 0) {
                throw new java.io.EOFException();
            }
            if (ch == '\n') {
                String l = line.toString().trim();
                if (l.isEmpty()) {
                    break;
                }
                if (l.regionMatches(true, 0, "content-length:", 0, 15)) {
                    length = Integer.parseInt(l.substring(15).trim());
                }
                line.setLength(0);
            } else {
                line.append((char) ch);
            }
        }
        in.readNBytes(length);
    }

    @Test
    void requestsPerSecondThroughTheSdk() throws Exception {
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()))) {
            SimulatedAccount prod = sim.fleet().accountNamed("prod");
            EksCluster cluster = prod.snapshot().clusters().getFirst();
            run("AWS SDK v2 EksClient.describeCluster (signing included)", () -> {
                EksClient eks = EksClient.builder().endpointOverride(sim.endpoint()).region(Region.of(cluster.region()))
                        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(prod.accessKeyId(), "x"))).build();
                return () -> eks.describeCluster(b -> b.name(cluster.name()));
            }, sim);
        }
    }

    /**
     * CPU time of the server's threads: the JDK server's dispatcher and the carrier threads of the
     * virtual threads that run the exchanges (nothing else in this JVM runs virtual threads).
     */
    private static long serverCpuNanos() {
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("HTTP-Dispatcher") || info.getThreadName().startsWith("ForkJoinPool-1-worker"))) {
                sum += Math.max(0, mx.getThreadCpuTime(info.getThreadId()));
            }
        }
        return sum;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<HttpRequest> mix(URI endpoint, SimulatedAccount account) {
        AccountSnapshot s = account.snapshot();
        List<HttpRequest> out = new ArrayList<>();
        for (EksCluster c : s.clusters().subList(0, 5)) {
            out.add(get(endpoint, account, c.region(), "/clusters/" + c.name()));
            out.add(get(endpoint, account, c.region(), "/clusters/" + c.name() + "/pod-identity-associations"));
            out.add(get(endpoint, account, c.region(), "/clusters/" + c.name() + "/addons"));
        }
        out.add(get(endpoint, account, "us-east-1", "/clusters"));
        for (var role : s.roles().subList(0, 5)) {
            out.add(post(endpoint, account, "iam", "Action=GetRole&Version=2010-05-08&RoleName=" + role.name()));
        }
        out.add(post(endpoint, account, "sts", "Action=GetCallerIdentity&Version=2011-06-15"));
        return out;
    }

    private static HttpRequest get(URI endpoint, SimulatedAccount a, String region, String path) {
        return HttpRequest.newBuilder(URI.create(endpoint + path)).header("Authorization", auth(a, region, "eks")).GET().build();
    }

    private static HttpRequest post(URI endpoint, SimulatedAccount a, String service, String form) {
        return HttpRequest.newBuilder(URI.create(endpoint + "/")).header("Authorization", auth(a, "us-east-1", service))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String auth(SimulatedAccount a, String region, String service) {
        return "AWS4-HMAC-SHA256 Credential=" + a.accessKeyId() + "/20261101/" + region + "/" + service
                + "/aws4_request, SignedHeaders=host;x-amz-date, Signature=0";
    }

    interface Caller {
        void call() throws Exception;
    }

    interface CallerFactory {
        Caller create();
    }

    private static void run(String label, CallerFactory factory, FleetSimulator sim) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean measuring = new AtomicBoolean();
        LongAdder done = new LongAdder();
        LongAdder failed = new LongAdder();
        CountDownLatch finished = new CountDownLatch(THREADS);
        for (int t = 0; t < THREADS; t++) {
            Caller caller = factory.create();
            Thread.ofPlatform().name("bench-client-" + t).start(() -> {
                try {
                    while (!stop.get()) {
                        try {
                            caller.call();
                            if (measuring.get()) {
                                done.increment();
                            }
                        } catch (Exception e) {
                            failed.increment();
                        }
                    }
                } finally {
                    finished.countDown();
                }
            });
        }
        Thread.sleep(WARMUP_MS);
        long served0 = sim.requestCounts().total();
        long serverCpu0 = serverCpuNanos();
        long processCpu0 = processCpuNanos();
        measuring.set(true);
        long t0 = System.nanoTime();
        Thread.sleep(MEASURE_MS);
        measuring.set(false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long served = sim.requestCounts().total() - served0;
        double serverMicros = (serverCpuNanos() - serverCpu0) / 1e3 / Math.max(1, served);
        double coresUsed = (processCpuNanos() - processCpu0) / 1e9 / seconds;
        stop.set(true);
        finished.await();
        System.out.printf("SimulatorBenchmark: %s: %,.0f requests/s (%d client threads, %d cores, load average %.1f, %.1f s measured, %d failures)%n",
                label, done.sum() / seconds, THREADS, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), seconds, failed.sum());
        System.out.printf("SimulatorBenchmark: server counted %,.0f requests/s; server threads used %.0f µs CPU per request "
                + "(about %,.0f requests/s per core if the server had the CPU to itself)%n", served / seconds, serverMicros, 1e6 / serverMicros);
        // Other processes share the machine: say how much CPU this JVM (clients and server) really got.
        System.out.printf("SimulatorBenchmark: this JVM got %.2f cores on average: %,.0f requests/s per core it used%n",
                coresUsed, served / seconds / coresUsed);
    }
}
