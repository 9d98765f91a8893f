package dev.eksatlas.inventory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Reads a password from a libpq password file ({@code ~/.pgpass} or {@code $PGPASSFILE}): lines of
 * {@code hostname:port:database:username:password}, {@code *} matching anything, {@code \:} and
 * {@code \\} escaping, the first matching line winning. Like libpq, a file that group or others
 * may read is ignored (with a warning) on systems with POSIX permissions.
 */
final class PgPassFile {
    private static final Logger LOG = Logger.getLogger(PgPassFile.class.getName());

    private final Path file;

    PgPassFile(Path file) {
        this.file = file;
    }

    Optional<String> passwordFor(PostgresUrl url, String user) {
        if (!Files.isRegularFile(file) || tooOpen()) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warning("Could not read the password file " + file + ": " + InventoryStore.reason(e));
            return Optional.empty();
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f.get(0), url.host()) && matches(f.get(1), String.valueOf(url.port()))
                    && matches(f.get(2), url.database()) && matches(f.get(3), user)) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private boolean tooOpen() {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            boolean open = perms.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
            if (open) {
                LOG.warning("Ignoring the password file " + file + ": group or others may read it (chmod 0600 it, as libpq asks).");
            }
            return open;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (ch == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
