package dev.eksatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eksatlas.Launcher;
import dev.eksatlas.domain.AccountSnapshot;
import dev.eksatlas.inventory.Database;
import dev.eksatlas.inventory.InventoryStore;
import dev.eksatlas.inventory.PostgresUrl;
import dev.eksatlas.inventory.ServerLogin;
import dev.eksatlas.inventory.SnapshotRepository;
import dev.eksatlas.inventory.SnapshotWriter;
import dev.eksatlas.inventory.TestPostgres;
import dev.eksatlas.inventory.TestSnapshots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a team inventory, end to end in separate processes (as a user runs it, with
 * the login in the environment): {@code inventory copy} both ways, {@code --db-url} for export,
 * and a refused login in plain words.
 */
class TeamInventoryCommandTest {
    @TempDir
    Path dir;

    private PostgresUrl db;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.createDatabase();
    }

    @AfterEach
    void dropDatabase() {
        if (db != null) {
            TestPostgres.dropDatabase(db);
        }
    }

    @Test
    void copiesAnH2InventoryToPostgresqlAndBackAndExportsFromIt() throws Exception {
        Path local = dir.resolve("local");
        try (Database h2 = new InventoryStore(Clock.systemUTC()).openFile(local)) {
            new SnapshotWriter(h2).save(TestSnapshots.account("111122223333", 2));
            new SnapshotWriter(h2).save(TestSnapshots.account("444455556666", 1));
        }

        Files.createDirectories(dir.resolve("csv"));
        Result there = run(TestPostgres.password(), "inventory", "copy", "--from", local.toString(), "--to", db.jdbcUrl());
        Result again = run(TestPostgres.password(), "inventory", "copy", "--from", local.toString(), "--to", db.jdbcUrl());
        Result export = run(TestPostgres.password(), "--data-dir", dir.resolve("prefs").toString(), "--db-url", db.jdbcUrl(),
                "export", "--report", "all", "--out", dir.resolve("csv").toString());
        Result back = run(TestPostgres.password(), "inventory", "copy", "--from", db.jdbcUrl(), "--to", dir.resolve("back").toString());

        assertThat(there.status()).as(there.output()).isZero();
        assertThat(there.output()).contains("Copied 2 snapshots of 2 accounts").contains("row counts of every table match");
        assertThat(again.status()).as(again.output()).isEqualTo(1);
        assertThat(again.output()).contains("already holds 2 snapshots").contains("--overwrite");
        assertThat(export.status()).as(export.output()).isZero();
        assertThat(export.output()).contains("Wrote");
        assertThat(Files.readString(dir.resolve("csv/clusters.csv"))).contains("prod-1");
        assertThat(Files.exists(dir.resolve("prefs/" + InventoryStore.FILE_BASE + ".mv.db"))).as("no H2 file made beside --db-url").isFalse();
        assertThat(back.status()).as(back.output()).isZero();
        assertThat(latest(dir.resolve("back"))).isEqualTo(latest(local)).hasSize(2);
    }

    @Test
    void aWrongPasswordIsRefusedInPlainWordsAndNeverShown() throws Exception {
        Result refused = run("wrong-secret-7", "inventory", "copy", "--from", db.jdbcUrl(), "--to", dir.resolve("x").toString());

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output()).contains("refused the login of user " + TestPostgres.user()).doesNotContain("wrong-secret-7");
    }

    private static List<AccountSnapshot> latest(Path dataDir) {
        try (Database h2 = new InventoryStore(Clock.systemUTC()).openFile(dataDir)) {
            return new SnapshotRepository(h2).findLatest().stream().map(s -> s.withRun(null)).toList();
        }
    }

    private record Result(int status, String output) {
    }

    private Result run(String password, String... args) throws IOException, InterruptedException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBin, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("EKS_ATLAS_DB"));
        env.put(ServerLogin.USER_ENV, TestPostgres.user());
        env.put(ServerLogin.PASSWORD_ENV, password);
        env.put("PGPASSFILE", dir.resolve("no-pgpass").toString());
        env.put("EKS_ATLAS_HOME", dir.resolve("home").toString());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("eks-atlas " + String.join(" ", args) + " did not finish");
        }
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
