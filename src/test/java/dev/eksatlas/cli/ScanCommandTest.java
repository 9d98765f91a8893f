package dev.eksatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.domain.ScanRun;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.simulator.AwsConfigWriter;
import dev.eksatlas.simulator.FleetSimulator;
import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import dev.eksatlas.simulator.faults.SimulatorKnobs;
import dev.eksatlas.simulator.fleet.FleetSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eks-atlas scan} end to end: AWS profile files, the simulator, the inventory file. */
class ScanCommandTest {
    @TempDir
    Path dir;

    private FleetSimulator sim;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws IOException {
        sim = FleetSimulator.start(SimulatorConfig.of(FleetSpec.tiny()));
        AwsConfigWriter.write(dir.resolve("aws"), sim.fleet(), sim.endpoint());
        System.setProperty("aws.configFile", dir.resolve("aws/config").toString());
        System.setProperty("aws.sharedCredentialsFile", dir.resolve("aws/credentials").toString());
    }

    @AfterEach
    void stop() {
        System.clearProperty("aws.configFile");
        System.clearProperty("aws.sharedCredentialsFile");
        sim.close();
    }

    private int scan(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString(), "scan"));
        all.addAll(List.of(args));
        return AtlasCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
    }

    private String profile() {
        return sim.fleet().accounts().getFirst().profile();
    }

    @Test
    void scansIntoTheInventoryAndPrintsASummary() {
        int status = scan("--profile", profile());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("accounts:        1").contains("clusters:        3").contains("coverage gaps:   0")
                .containsPattern("api calls: +\\d+");
        try (Database db = new InventoryStore(Clock.systemUTC()).openFile(dir.resolve("data"))) {
            List<ScanRun> runs = new SnapshotRepository(db).findLatestRuns();
            assertThat(runs).singleElement().satisfies(r -> {
                assertThat(r.accountId()).isEqualTo(sim.fleet().accounts().getFirst().accountId());
                assertThat(r.counts().clusters()).isEqualTo(3);
            });
        }
    }

    @Test
    void withoutTheSwitchTheSummarySaysStaleTokensWereNotCheckedAndNoLogsCallIsMade() {
        int status = scan("--profile", profile());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("stale tokens:    not checked (--stale-tokens)");
        assertThat(sim.requestCounts().byOperation().keySet()).noneMatch(op -> op.startsWith("logs:"));
    }

    @Test
    void theStaleTokenSwitchWarnsOfTheCostAndChecksEveryCluster() {
        int status = scan("--profile", profile(), "--stale-tokens", "--stale-token-window", "2d");

        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("over the last 2d").contains("bills the data each query scans");
        assertThat(out.toString()).containsPattern("stale tokens: +\\d+ service accounts in \\d+ of 3 clusters checked");
    }

    @Test
    void aWindowWithoutTheSwitchIsRefused() {
        int status = scan("--profile", profile(), "--stale-token-window", "2d");

        assertThat(status).isEqualTo(1);
        assertThat(err.toString()).contains("--stale-token-window needs --stale-tokens");
        assertThat(sim.requestCounts().total()).isZero();
    }

    @Test
    void exitsWithTwoAndListsTheGapsWhenSomethingCouldNotBeRead() {
        sim.setKnobs(SimulatorKnobs.NONE.withDeny(DenyRule.parse("operation=ListPodIdentityAssociations")));

        int status = scan("--profile", profile());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("gap: account").contains("ListPodIdentityAssociations").contains("AccessDeniedException");
    }

    @Test
    void aMalformedConfigLineIsReportedWithItsLineAndTheOtherProfilesScan() throws IOException {
        Path config = dir.resolve("aws/config");
        Files.writeString(config, Files.readString(config) + "\n[profile broken\nthis line is not a setting\n");

        int status = scan("--profile", profile());

        assertThat(status).as(err + "\n" + out).isZero();
        assertThat(err.toString()).contains("warning: " + config + ", line");
    }

    @Test
    void anExpiredSsoSessionSaysWhichLoginToRun() throws Exception {
        Path home = dir.resolve("home");
        Path cache = Files.createDirectories(home.resolve(".aws/sso/cache"));
        // The legacy SSO form caches the token under the SHA-1 of the start URL.
        String startUrl = "https://example.awsapps.com/start";
        String sha1 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                .digest(startUrl.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(cache.resolve(sha1 + ".json"), "{\"accessToken\":\"t\",\"expiresAt\":\""
                + Instant.now().minusSeconds(3600).toString() + "\",\"region\":\"us-east-1\",\"startUrl\":\"" + startUrl + "\"}");
        Path config = Files.writeString(dir.resolve("sso-config"), """
                [profile dev-sso]
                sso_start_url = https://example.awsapps.com/start
                sso_region = us-east-1
                sso_account_id = 111122223333
                sso_role_name = ReadOnly
                region = us-east-1
                """);

        ProcessBuilder p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.eksatlas.Launcher",
                "--data-dir", dir.resolve("data").toString(), "scan", "--profile", "dev-sso")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.log").toFile())
                .directory(dir.toFile());
        p.environment().put("HOME", home.toString());
        p.environment().put("AWS_CONFIG_FILE", config.toString());
        p.environment().put("AWS_SHARED_CREDENTIALS_FILE", dir.resolve("none").toString());
        Process child = p.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(dir.resolve("child.log"));

        assertThat(child.exitValue()).as(output).isEqualTo(1);
        assertThat(output).contains("aws sso login --profile dev-sso");
    }
}
