package dev.eksatlas.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the user and password of a team inventory come from, as PostgreSQL's own tools find them. */
class ServerLoginTest {
    private static final PostgresUrl URL = PostgresUrl.parse("jdbc:postgresql://db.example.com:5432/atlas");

    @TempDir
    Path home;

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # url user | EKS_ATLAS_DB_USER | PGUSER | expected
            ana        | bob               | carol  | ana
            -          | bob               | carol  | bob
            -          | -                 | carol  | carol
            """)
    void takesTheUserFromTheUrlThenTheEnvironment(String urlUser, String atlasUser, String pgUser, String expected) {
        PostgresUrl url = PostgresUrl.parse(URL.jdbcUrl() + (urlUser == null ? "" : "?user=" + urlUser));
        Map<String, String> env = new HashMap<>();
        if (atlasUser != null) {
            env.put(ServerLogin.USER_ENV, atlasUser);
        }
        env.put("PGUSER", pgUser);

        assertThat(ServerLogin.resolve(url, env, home).user()).isEqualTo(expected);
    }

    @Test
    void prefersTheAppsPasswordVariableOverPgpasswordAndNeverShowsIt() {
        ServerLogin login = ServerLogin.resolve(URL, Map.of(ServerLogin.PASSWORD_ENV, "s3cret", "PGPASSWORD", "other"), home);

        assertThat(login.password()).hasValue("s3cret");
        assertThat(login.passwordSource()).isEqualTo(ServerLogin.PASSWORD_ENV);
        assertThat(login.toString()).doesNotContain("s3cret");
    }

    @Test
    void readsTheFirstMatchingLineOfThePasswordFileWithWildcardsAndEscapes() throws IOException {
        Path file = pgpass("""
                # hostname:port:database:username:password
                db.example.com:5433:*:ana:wrong-port
                db.example.com:5432:other:ana:wrong-db
                *:5432:atlas:ana:pa\\:ss\\\\word
                *:*:*:*:fallback
                """, "rw-------");

        ServerLogin login = ServerLogin.resolve(URL, Map.of(ServerLogin.USER_ENV, "ana", "PGPASSFILE", file.toString()), home);

        assertThat(login.password()).hasValue("pa:ss\\word");
        assertThat(login.passwordSource()).isEqualTo(file.toString());
    }

    @Test
    void ignoresAPasswordFileOthersMayRead() throws IOException {
        Path file = pgpass("*:*:*:*:too-open\n", "rw-r--r--");

        ServerLogin login = ServerLogin.resolve(URL, Map.of(ServerLogin.USER_ENV, "ana", "PGPASSFILE", file.toString()), home);

        assertThat(login.password()).isEmpty();
    }

    @Test
    void looksForDotPgpassInTheHomeFolderByDefault() throws IOException {
        Files.move(pgpass("*:*:atlas:ana:from-home\n", "rw-------"), home.resolve(".pgpass"));

        assertThat(ServerLogin.resolve(URL, Map.of(ServerLogin.USER_ENV, "ana"), home).password()).hasValue("from-home");
    }

    private Path pgpass(String content, String permissions) throws IOException {
        Path file = home.resolve("pgpass-" + permissions.hashCode());
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
        return file;
    }
}
