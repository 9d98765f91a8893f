package dev.eksatlas.inventory;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The user and password for a team inventory, found the way PostgreSQL's own tools find them: the
 * user from the URL, else {@code EKS_ATLAS_DB_USER}, else {@code PGUSER}, else the login name; the
 * password from {@code EKS_ATLAS_DB_PASSWORD}, else {@code PGPASSWORD}, else the password file
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}). When none gives a password, the caller may ask.
 * {@link #toString()} never shows the password.
 */
public record ServerLogin(String user, Optional<String> password, String passwordSource) {
    public static final String USER_ENV = "EKS_ATLAS_DB_USER";
    public static final String PASSWORD_ENV = "EKS_ATLAS_DB_PASSWORD";

    public static ServerLogin resolve(PostgresUrl url, Map<String, String> env, Path home) {
        String user = url.user()
                .or(() -> nonBlank(env.get(USER_ENV)))
                .or(() -> nonBlank(env.get("PGUSER")))
                .orElse(System.getProperty("user.name"));
        Optional<String> fromEnv = nonBlank(env.get(PASSWORD_ENV));
        if (fromEnv.isPresent()) {
            return new ServerLogin(user, fromEnv, PASSWORD_ENV);
        }
        Optional<String> fromPg = nonBlank(env.get("PGPASSWORD"));
        if (fromPg.isPresent()) {
            return new ServerLogin(user, fromPg, "PGPASSWORD");
        }
        Path file = nonBlank(env.get("PGPASSFILE")).map(Path::of).orElse(home.resolve(".pgpass"));
        Optional<String> fromFile = new PgPassFile(file).passwordFor(url, user);
        return new ServerLogin(user, fromFile, fromFile.isPresent() ? file.toString() : "none");
    }

    ServerLogin withPassword(String password, String source) {
        return new ServerLogin(user, Optional.of(password), source);
    }

    @Override
    public String toString() {
        return "ServerLogin[user=" + user + ", password from " + passwordSource + "]";
    }

    private static Optional<String> nonBlank(String s) {
        return Optional.ofNullable(s).filter(v -> !v.isBlank());
    }
}
