package dev.eksatlas.inventory;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The throwaway PostgreSQL server that {@code scripts/test-postgres.sh start} runs (and {@code .ci/run}
 * always runs): its address comes from {@code EKS_ATLAS_TEST_PG_URL}, {@code _USER} and {@code _PASSWORD}.
 * Each test gets a database of its own, dropped afterwards. Without the variables the PostgreSQL
 * variants are skipped, unless {@code EKS_ATLAS_TEST_PG_REQUIRED} is set (CI), where they fail.
 */
public final class TestPostgres {
    public static final String URL_ENV = "EKS_ATLAS_TEST_PG_URL";
    public static final String REQUIRED_ENV = "EKS_ATLAS_TEST_PG_REQUIRED";

    private TestPostgres() {
    }

    /** Skips (or, in CI, fails) the calling test when no test server is configured. */
    public static PostgresUrl server() {
        String url = System.getenv(URL_ENV);
        if (url == null || url.isBlank()) {
            String why = URL_ENV + " is not set: no PostgreSQL test server. Run `eval \"$(scripts/test-postgres.sh start)\"`"
                    + " first to run the PostgreSQL variants (.ci/run always does).";
            if (System.getenv(REQUIRED_ENV) != null) {
                fail(why + " " + REQUIRED_ENV + " is set, so this is an error.");
            }
            Assumptions.abort(why);
        }
        return PostgresUrl.parse(url);
    }

    public static String user() {
        return System.getenv().getOrDefault("EKS_ATLAS_TEST_PG_USER", "atlas");
    }

    public static String password() {
        return System.getenv().getOrDefault("EKS_ATLAS_TEST_PG_PASSWORD", "");
    }

    /** The environment the app would see for the test server's login (no password file). */
    public static Map<String, String> loginEnv() {
        return Map.of(ServerLogin.USER_ENV, user(), ServerLogin.PASSWORD_ENV, password(), "PGPASSFILE", "/nonexistent/pgpass");
    }

    /** Creates an empty database on the test server and returns its address. */
    public static PostgresUrl createDatabase() {
        PostgresUrl server = server();
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin(server, "CREATE DATABASE " + name);
        return new PostgresUrl(server.host(), server.port(), name, Map.of());
    }

    public static void dropDatabase(PostgresUrl db) {
        admin(server(), "DROP DATABASE IF EXISTS " + db.database() + " WITH (FORCE)");
    }

    /** Opens (and migrates) the database as the app does. */
    public static Database open(PostgresUrl db) {
        return new ServerInventory(loginEnv(), Path.of("/nonexistent"), PasswordPrompt.none()).open(db);
    }

    public static void admin(PostgresUrl server, String sql) {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), user(), password());
                Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test server: " + sql + ": " + e.getMessage(), e);
        }
    }
}
