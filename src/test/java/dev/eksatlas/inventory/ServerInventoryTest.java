package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a team inventory on the real PostgreSQL test server: migrations, logins and the errors in plain words. */
class ServerInventoryTest {
    private PostgresUrl db;

    @TempDir
    Path home;

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
    void migratesAFreshDatabaseWithTheSameMigrationsAsH2() throws SQLException {
        try (Database pg = TestPostgres.open(db); Database h2 = InventoryStore.openInMemory("same-migrations")) {
            assertThat(appliedVersions(pg)).isNotEmpty().isEqualTo(appliedVersions(h2));
            assertThat(new SnapshotRepository(pg).findLatestRuns()).isEmpty();
            assertThat(pg.description()).isEqualTo(db.describe() + " (user " + TestPostgres.user() + ")");
        }
    }

    @Test
    void reopensADatabaseWithItsSnapshots() {
        try (Database pg = TestPostgres.open(db)) {
            new SnapshotWriter(pg).save(TestSnapshots.account("111122223333", 2));
        }
        try (Database pg = TestPostgres.open(db)) {
            assertThat(new SnapshotRepository(pg).findLatest().getFirst().withRun(null))
                    .isEqualTo(TestSnapshots.account("111122223333", 2));
        }
    }

    @Test
    void refusesASchemaNewerThanTheAppAndLeavesItAlone() throws SQLException {
        try (Database pg = TestPostgres.open(db)) {
            new SnapshotWriter(pg).save(TestSnapshots.account("111122223333", 1));
            try (Connection c = pg.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, execution_time, success)"
                        + " VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'atlas', 1, TRUE)");
            }
        }

        assertThatThrownBy(() -> TestPostgres.open(db))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("upgraded by a newer version of EKS Identity Atlas")
                .hasMessageContaining("99")
                .hasMessageContaining("nothing was changed");
        TestPostgres.admin(db, "DELETE FROM flyway_schema_history WHERE version = '99'");
        try (Database pg = TestPostgres.open(db)) {
            assertThat(new SnapshotRepository(pg).findLatestRuns()).hasSize(1);
        }
    }

    @Test
    void saysWhenTheServerCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        PostgresUrl nowhere = new PostgresUrl("127.0.0.1", closedPort, db.database(), Map.of());

        assertThatThrownBy(() -> TestPostgres.open(nowhere))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("The PostgreSQL server at 127.0.0.1:" + closedPort + " cannot be reached");
    }

    @Test
    void saysWhenTheLoginIsRefusedWithoutShowingThePassword() {
        Map<String, String> env = Map.of(ServerLogin.USER_ENV, TestPostgres.user(), ServerLogin.PASSWORD_ENV, "not-the-password-42",
                "PGPASSFILE", home.resolve("none").toString());

        assertThatThrownBy(() -> new ServerInventory(env, home, PasswordPrompt.none()).open(db))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("refused the login of user " + TestPostgres.user())
                .hasMessageContaining("authentication failed")
                .hasMessageContaining("came from " + ServerLogin.PASSWORD_ENV)
                .message().doesNotContain("not-the-password-42");
    }

    @Test
    void saysWhenTheDatabaseDoesNotExist() {
        PostgresUrl missing = new PostgresUrl(db.host(), db.port(), "no_such_inventory", Map.of());

        assertThatThrownBy(() -> TestPostgres.open(missing))
                .isInstanceOf(InventoryException.class)
                .hasMessageStartingWith("The database no_such_inventory does not exist on the PostgreSQL server at "
                        + db.host() + ":" + db.port());
    }

    @Test
    void asksForThePasswordOnceWhenNoneIsGiven() {
        Map<String, String> env = Map.of(ServerLogin.USER_ENV, TestPostgres.user(), "PGPASSFILE", home.resolve("none").toString());
        List<String> asked = new ArrayList<>();
        PasswordPrompt prompt = (inventory, user) -> {
            asked.add(inventory + " as " + user);
            return Optional.of(TestPostgres.password());
        };

        try (Database pg = new ServerInventory(env, home, prompt).open(db)) {
            assertThat(new SnapshotRepository(pg).findLatestRuns()).isEmpty();
        }
        assertThat(asked).containsExactly(db.describe() + " as " + TestPostgres.user());
    }

    @Test
    void aDeclinedPromptSaysWhereAPasswordCanBeGiven() {
        Map<String, String> env = Map.of(ServerLogin.USER_ENV, TestPostgres.user(), "PGPASSFILE", home.resolve("none").toString());
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> new ServerInventory(env, home, (i, u) -> {
            asked.incrementAndGet();
            return Optional.empty();
        }).open(db))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("asks for a password for user " + TestPostgres.user())
                .hasMessageContaining(ServerLogin.PASSWORD_ENV);
        assertThat(asked).hasValue(1);
    }

    @Test
    void readsThePasswordFromThePgpassFile() throws IOException {
        Path pgpass = home.resolve(".pgpass");
        Files.writeString(pgpass, "# host:port:db:user:password\nother:1:*:*:wrong\n" + db.host() + ":" + db.port() + ":*:"
                + TestPostgres.user() + ":" + TestPostgres.password().replace("\\", "\\\\").replace(":", "\\:") + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = new HashMap<>(Map.of(ServerLogin.USER_ENV, TestPostgres.user()));

        try (Database pg = new ServerInventory(env, home, (i, u) -> {
            throw new AssertionError("asked for a password although ~/.pgpass has it");
        }).open(db)) {
            assertThat(new SnapshotRepository(pg).findLatestRuns()).isEmpty();
        }
    }

    private static List<String> appliedVersions(Database database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT \"version\" FROM \"flyway_schema_history\""
                        + " WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
