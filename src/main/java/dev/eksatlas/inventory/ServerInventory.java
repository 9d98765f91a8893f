package dev.eksatlas.inventory;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a team inventory on a PostgreSQL server: logs in, applies the same Flyway migrations as
 * the H2 file, and says in plain words what went wrong when it cannot (server unreachable, login
 * refused, database missing, schema newer than this app). Unlike a local file, a shared database
 * is never set aside: a newer schema stops this app instead.
 */
public final class ServerInventory {
    private static final int CONNECT_TIMEOUT_SECONDS = 10;

    private final Map<String, String> env;
    private final Path home;
    private final PasswordPrompt prompt;

    public ServerInventory(Map<String, String> env, Path home, PasswordPrompt prompt) {
        this.env = env;
        this.home = home;
        this.prompt = prompt;
    }

    public Database open(PostgresUrl url) {
        ServerLogin login = ServerLogin.resolve(url, env, home);
        PGSimpleDataSource ds = dataSource(url, login);
        try {
            touch(ds);
        } catch (SQLException e) {
            if (!canAsk(e, login)) {
                throw explain(url, login, e);
            }
            Optional<String> typed = prompt.ask(url.describe(), login.user());
            if (typed.isEmpty()) {
                throw explain(url, login, e);
            }
            login = login.withPassword(typed.get(), "prompt");
            ds = dataSource(url, login);
            try {
                touch(ds);
            } catch (SQLException again) {
                throw explain(url, login, again);
            }
        }
        try {
            Migrations.apply(ds);
        } catch (Migrations.NewerSchemaException e) {
            throw new InventoryException("The team inventory " + url.describe() + " was upgraded by a newer version of"
                    + " EKS Identity Atlas (" + e.getMessage() + "). Update this app to use it; nothing was changed.", e);
        } catch (FlywayException e) {
            throw new InventoryException("Could not prepare the team inventory " + url.describe() + ": "
                    + firstLine(e.getMessage()), e);
        }
        PGSimpleDataSource open = ds;
        return new Database(() -> open, () -> { }, Database.NO_COMPACTION, url.describe() + " (user " + login.user() + ")", List.of());
    }

    static PGSimpleDataSource dataSource(PostgresUrl url, ServerLogin login) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url.jdbcUrl());
        ds.setUser(login.user());
        login.password().ifPresent(ds::setPassword);
        ds.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        ds.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        ds.setApplicationName("EKS Identity Atlas");
        // Sends a batch of child rows as multi-row INSERTs: far fewer round trips to a server across the network.
        ds.setReWriteBatchedInserts(true);
        return ds;
    }

    private static void touch(PGSimpleDataSource ds) throws SQLException {
        try (Connection c = ds.getConnection()) {
            c.isValid(CONNECT_TIMEOUT_SECONDS);
        }
    }

    /** A missing or refused password may be typed by the user, once, unless it was typed already. */
    private static boolean canAsk(SQLException e, ServerLogin login) {
        return !"prompt".equals(login.passwordSource()) && (isMissingPassword(e) || isLoginRefused(e));
    }

    private static boolean isMissingPassword(SQLException e) {
        return "08004".equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("no password was provided");
    }

    private static boolean isLoginRefused(SQLException e) {
        return "28P01".equals(e.getSQLState()) || "28000".equals(e.getSQLState());
    }

    static InventoryException explain(PostgresUrl url, ServerLogin login, SQLException e) {
        String where = url.host() + ":" + url.port();
        Throwable cause = e.getCause();
        if (cause instanceof UnknownHostException) {
            return new InventoryException("The PostgreSQL server " + url.host() + " is unknown: the name does not resolve."
                    + " Check the host in the address of the team inventory.", e);
        }
        if (cause instanceof ConnectException || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
            return new InventoryException("The PostgreSQL server at " + where + " cannot be reached (" + cause.getMessage()
                    + "). Check the address and port, that the server is running and accepts TCP connections, and the network"
                    + " between here and there.", e);
        }
        if (isMissingPassword(e)) {
            return new InventoryException("The PostgreSQL server at " + where + " asks for a password for user " + login.user()
                    + " and none was given. Set " + ServerLogin.PASSWORD_ENV + " (or PGPASSWORD), add it to ~/.pgpass, or"
                    + " run where you can be asked for it.", e);
        }
        if (isLoginRefused(e)) {
            return new InventoryException("The PostgreSQL server at " + where + " refused the login of user " + login.user()
                    + " to database " + url.database() + " (authentication failed: wrong password, unknown user, or no access"
                    + " allowed from here). The password came from " + login.passwordSource() + ".", e);
        }
        if ("3D000".equals(e.getSQLState())) {
            return new InventoryException("The database " + url.database() + " does not exist on the PostgreSQL server at "
                    + where + ". Check its name in the address, or ask the server's administrator to create it"
                    + " (CREATE DATABASE " + url.database() + ").", e);
        }
        return new InventoryException("Could not open the team inventory " + url.describe() + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
