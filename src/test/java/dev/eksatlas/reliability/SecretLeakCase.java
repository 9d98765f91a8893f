package dev.eksatlas.reliability;

import dev.eksatlas.Launcher;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.fleet.Fleet;
import dev.eksatlas.simulator.fleet.FleetSpec;
import dev.eksatlas.simulator.fleet.SimulatedAccount;
import dev.eksatlas.simulator.sts.SessionTokens;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Scans the simulator with known secrets — static keys, static keys with a session token, and an
 * assume-role chain whose session credentials the simulator issues — through the real command line
 * in a child JVM (the app's own logging), exports every report, then searches every byte of the data
 * folder (database files, logs), the exports and the command's output for them. A try survives with
 * zero hits; the AWS files themselves must contain them (the search works).
 */
public final class SecretLeakCase {
    static final String STATIC_SECRET = "Reliab1lityStaticSecret/abcdefghij0123456789+KLMN";
    static final String SESSION_SECRET = "Reliab1litySessionSecret/zyxwvutsrq9876543210+PQRS";
    /** Prefixes of what the simulator issues: session tokens, and the secrets of static and assumed-role keys. */
    static final List<String> ISSUED = List.of("SIMv1.", "simulated/session-secret/", "simulated/secret/");

    public CaseResult run(int tries) throws IOException, InterruptedException {
        Tally tally = new Tally("Secrets in database, logs, exports");
        Fleet fleet = Fleet.generate(FleetSpec.demo());
        try (FleetSimulator sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.demo()), fleet)) {
            for (int i = 0; i < tries; i++) {
                tally.check(tryOnce(sim, fleet));
            }
        }
        return tally.result("static keys, static session token, assume-role chain; scan + export all; search every file");
    }

    private String tryOnce(FleetSimulator sim, Fleet fleet) throws IOException, InterruptedException {
        Path root = Files.createTempDirectory("atlas-secrets");
        List<SimulatedAccount> accounts = fleet.accounts();
        String sessionToken = SessionTokens.issue(new SessionTokens.Session(accounts.get(1).accountId(), "EksAtlasReadOnly",
                "reliability-probe", Instant.now().plus(6, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)));
        Path aws = writeProfiles(root.resolve("aws"), sim, accounts, sessionToken);
        Path data = root.resolve("data");
        Path exports = root.resolve("exports");
        Files.createDirectories(exports);
        StringBuilder output = new StringBuilder();
        int scan = cli(aws, output, "--data-dir", data.toString(), "scan", "--profile", "static-keys", "--profile", "static-session",
                "--profile", "chained", "--rate", "iam=500,eks=500,sts=500", "--regions", accounts.getFirst().homeRegion());
        int export = cli(aws, output, "--data-dir", data.toString(), "export", "--report", "all", "--out", exports.toString());
        if (scan != 0 || export != 0) {
            return "scan exited " + scan + ", export " + export + ": " + output;
        }
        List<String> needles = new ArrayList<>(List.of(STATIC_SECRET, SESSION_SECRET, sessionToken));
        needles.addAll(ISSUED);
        if (hits(List.of(aws), List.of(STATIC_SECRET, SESSION_SECRET, sessionToken)).size() != 3) {
            return "the search does not find the secrets in the AWS files themselves";
        }
        if (countFiles(data.resolve("logs")) == 0 || countFiles(exports) < 5 || !Files.exists(data.resolve("inventory.mv.db"))) {
            return "expected a database, logs and exports in " + root;
        }
        List<String> found = hits(List.of(data, exports), needles);
        for (String needle : needles) {
            if (output.indexOf(needle) >= 0) {
                found.add("command output: " + needle);
            }
        }
        return found.isEmpty() ? null : "found " + found;
    }

    private static Path writeProfiles(Path aws, FleetSimulator sim, List<SimulatedAccount> accounts, String sessionToken) throws IOException {
        Files.createDirectories(aws);
        String region = accounts.getFirst().homeRegion();
        String endpoint = "endpoint_url = " + sim.endpoint() + "\nregion = " + region + "\n";
        Files.writeString(aws.resolve("config"), "[profile static-keys]\n" + endpoint
                + "\n[profile static-session]\n" + endpoint
                + "\n[profile chained]\nrole_arn = arn:aws:iam::" + accounts.get(2).accountId() + ":role/EksAtlasReadOnly\n"
                + "source_profile = static-keys\n" + endpoint, StandardCharsets.UTF_8);
        Files.writeString(aws.resolve("credentials"), "[static-keys]\naws_access_key_id = " + accounts.getFirst().accessKeyId()
                + "\naws_secret_access_key = " + STATIC_SECRET
                + "\n\n[static-session]\naws_access_key_id = ASIASIM" + accounts.get(1).accountId() + "PROB"
                + "\naws_secret_access_key = " + SESSION_SECRET + "\naws_session_token = " + sessionToken + "\n", StandardCharsets.UTF_8);
        return aws;
    }

    private static int cli(Path aws, StringBuilder output, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("AWS_CONFIG_FILE", aws.resolve("config").toString());
        env.put("AWS_SHARED_CREDENTIALS_FILE", aws.resolve("credentials").toString());
        env.remove("AWS_PROFILE");
        env.remove("AWS_ACCESS_KEY_ID");
        env.remove("AWS_SECRET_ACCESS_KEY");
        env.remove("AWS_SESSION_TOKEN");
        Process p = pb.start();
        output.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    /** "file: needle" for every needle found in the bytes of any file under the folders (as UTF-8 and as ISO-8859-1). */
    static List<String> hits(List<Path> folders, List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    for (String needle : needles) {
                        if (text.contains(needle) || text.contains(utf16(needle))) {
                            found.add(file + ": " + needle);
                        }
                    }
                }
            }
        }
        return found;
    }

    /** H2 may store strings as UTF-16 in places; search that form too. */
    private static String utf16(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1);
    }

    private static long countFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
