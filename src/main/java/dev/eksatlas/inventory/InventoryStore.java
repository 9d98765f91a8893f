package dev.eksatlas.inventory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Opens the inventory: an H2 file in the data folder, migrated by Flyway. A file that cannot be
 * read (corrupt, or written by a newer version) is never replaced: it is renamed aside, the user
 * is told through a {@link StartupNotice}, and a fresh inventory is started.
 */
public final class InventoryStore {
    public static final String FILE_BASE = "inventory";
    private static final Logger LOG = Logger.getLogger(InventoryStore.class.getName());
    static final String USER = "atlas";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final FileCompaction compaction;

    public InventoryStore(Clock clock) {
        this(clock, FileCompaction.DEFAULT);
    }

    InventoryStore(Clock clock, FileCompaction compaction) {
        this.clock = clock;
        this.compaction = compaction;
    }

    /** The H2 data file of an inventory folder. */
    public static Path databaseFile(Path dataDir) {
        return dataDir.resolve(FILE_BASE + ".mv.db");
    }

    public Database openFile(Path dataDir) {
        prepareFolder(dataDir);
        // AUTO_SERVER lets a second copy of the app share the file through the first one's
        // loopback server instead of failing on H2's file lock. WRITE_DELAY=0 writes each commit to
        // the file before the commit returns: with H2's default (500 ms) a process killed after a
        // commit lost the snapshot it had reported stored (CrashSafetyTest). REUSE_SPACE=FALSE: H2
        // writing a commit into freed space could leave a killed process's file reopening at an old
        // chunk, losing every snapshot since; space is given back by FileCompaction instead (ADR 0011).
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_BASE) + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
        Path file = databaseFile(dataDir);
        List<StartupNotice> notices = new ArrayList<>();
        SQLException unreadable = readOnlyProbe(dataDir);
        if (unreadable != null) {
            notices.add(setAside(dataDir, StartupNotice.Kind.CORRUPT_FILE_SET_ASIDE, firstLine(unreadable.getMessage())));
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, "");
            try {
                touch(pool);
                Migrations.apply(pool);
                H2FilePool files = new H2FilePool(url, file, compaction, pool);
                // A file left grown by a process that did not close it (killed, or sharing it) is compacted now.
                files.compactIfDue();
                return new Database(files::current, files::close, files::compactIfDue, file.toString(), notices);
            } catch (SQLException | FlywayException e) {
                pool.dispose();
                SQLException sql = sqlCause(e);
                if (sql != null && isInUse(sql)) {
                    throw new InventoryInUseException("The inventory " + file
                            + " is in use by another program and could not be shared with it. Close the other copy of"
                            + " EKS Identity Atlas, or choose another folder with --data-dir.", e);
                }
                if (sql != null && isUnreadable(sql)) {
                    notices.add(setAside(dataDir, StartupNotice.Kind.CORRUPT_FILE_SET_ASIDE, firstLine(sql.getMessage())));
                    continue;
                }
                throw new InventoryException("Could not open the inventory " + file + ": "
                        + firstLine(e.getMessage()), e);
            } catch (Migrations.NewerSchemaException e) {
                pool.dispose();
                notices.add(setAside(dataDir, StartupNotice.Kind.NEWER_SCHEMA_SET_ASIDE, e.getMessage()));
            }
        }
        throw new InventoryException("Could not start a fresh inventory in " + dataDir);
    }

    /** A private in-memory inventory (tests, benchmarks, the demo fleet without a data folder). */
    public static Database openInMemory(String name) {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", USER, "");
        try {
            Migrations.apply(pool);
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        return new Database(() -> pool, pool::dispose, Database.NO_COMPACTION, "in memory", List.of());
    }

    private static void prepareFolder(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new InventoryException("Cannot create the inventory folder " + dataDir + ": " + reason(e), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new InventoryException("The inventory folder " + dataDir + " is not writable. Choose another folder"
                    + " with --data-dir or fix its permissions.");
        }
    }

    /**
     * Opens an existing file read-only first: H2 opening a damaged file for writing rewrites its
     * header (rolling back to an older chunk) before it gives up, so the file set aside would no
     * longer be what the user had. Returns the failure when the file is unreadable; null when it
     * reads, does not exist yet, or is held by another copy of the app (the shared open handles that).
     */
    private static SQLException readOnlyProbe(Path dataDir) {
        if (!Files.exists(databaseFile(dataDir))) {
            return null;
        }
        String url = "jdbc:h2:file:" + dataDir.resolve(FILE_BASE) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, USER, "")) {
            c.isValid(5);
            return null;
        } catch (SQLException e) {
            return isUnreadable(e) ? e : null;
        }
    }

    private static void touch(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.isValid(5);
        }
    }

    private StartupNotice setAside(Path dataDir, StartupNotice.Kind kind, String detail) {
        Path file = databaseFile(dataDir);
        String tag = kind == StartupNotice.Kind.CORRUPT_FILE_SET_ASIDE ? "unreadable" : "newer-version";
        Path aside = dataDir.resolve(FILE_BASE + "." + tag + "-" + STAMP.format(clock.instant()) + ".mv.db");
        for (int n = 2; Files.exists(aside); n++) {
            aside = dataDir.resolve(FILE_BASE + "." + tag + "-" + STAMP.format(clock.instant()) + "-" + n + ".mv.db");
        }
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InventoryException("The inventory " + file + " cannot be read (" + detail + ") and could not be"
                    + " set aside (" + reason(e) + "). Nothing was changed; move it away by hand.", e);
        }
        StartupNotice notice = new StartupNotice(kind, file, aside, detail);
        LOG.warning(notice.message());
        return notice;
    }

    private static boolean isInUse(SQLException e) {
        return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 || e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1;
    }

    private static boolean isUnreadable(SQLException e) {
        int code = e.getErrorCode();
        return code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD
                || (code == ErrorCode.GENERAL_ERROR_1 && String.valueOf(e.getMessage()).toLowerCase().contains("corrupt"));
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        LOG.log(Level.FINE, "I/O failure", e);
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
