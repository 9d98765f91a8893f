package dev.eksatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.simulator.SimulatorConfig;
import dev.eksatlas.simulator.faults.DenyRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {

    @Test
    void optionsBecomeFleetAndKnobs() {
        SimulateCommand cmd = new SimulateCommand();
        new CommandLine(cmd).parseArgs("--fleet", "tiny", "--seed", "5", "--clusters", "4", "--port", "0", "--latency-ms", "20",
                "--fail-rate", "0.1", "--throttle-rps", "50", "--deny", "account=111122223333,service=eks", "--deny", "region=eu-west-1",
                "--page-size", "3");
        SimulatorConfig c = cmd.config();
        assertThat(c.fleet().preset()).isEqualTo("tiny");
        assertThat(c.fleet().seed()).isEqualTo(5);
        assertThat(c.fleet().clusters()).isEqualTo(4);
        assertThat(c.knobs().latency()).isEqualTo(Duration.ofMillis(20));
        assertThat(c.knobs().failRate()).isEqualTo(0.1);
        assertThat(c.knobs().throttleRps()).isEqualTo(50);
        assertThat(c.knobs().maxPageSize()).isEqualTo(3);
        assertThat(c.knobs().deny()).containsExactly(new DenyRule("111122223333", null, "eks", null), new DenyRule(null, "eu-west-1", null, null));
    }

    @Test
    void badOptionsAreReportedWithoutStartingAServer() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        assertThat(AtlasCommand.commandLine(out, out).execute("simulate", "--fleet", "huge")).isEqualTo(2);
        assertThat(AtlasCommand.commandLine(out, out).execute("simulate", "--deny", "acount=1")).isEqualTo(2);
        assertThat(text.toString()).contains("unknown fleet preset 'huge' (tiny, demo, large)", "unknown deny key 'acount'")
                .doesNotContain("at dev.eksatlas");
    }

    @Test
    void servesPrintsProfilesWritesAwsConfigAndStops(@TempDir Path dir) throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        CommandLine cl = AtlasCommand.commandLine(out, out);
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() ->
                cl.execute("simulate", "--fleet", "demo", "--write-aws-config", dir.toString()));
        for (int i = 0; i < 200 && !text.toString().contains("Serving until stopped"); i++) {
            Thread.sleep(25);
        }
        assertThat(text.toString()).contains("at http://127.0.0.1:", "demo-prod", "demo-staging", "demo-sandbox", "AKIASIM111122223333");
        assertThat(Files.readString(dir.resolve("config"))).contains("[profile demo-prod]", "endpoint_url = http://127.0.0.1:");
        assertThat(Files.readString(dir.resolve("credentials"))).contains("[demo-staging]", "aws_access_key_id = AKIASIM444455556666");
        SimulateCommand running = cl.getSubcommands().get("simulate").getCommand();
        running.stop();
        assertThat(exit.get(5, TimeUnit.SECONDS)).isZero();
        assertThat(text.toString()).contains("Simulator stopped.");
    }
}
