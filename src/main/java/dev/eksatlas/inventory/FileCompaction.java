package dev.eksatlas.inventory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Keeps an H2 inventory file from growing without end. The file is opened with
 * {@code REUSE_SPACE=FALSE} (ADR 0011): H2 then appends every commit and never reuses or compacts
 * space on its own, because writing into reused space is what let a killed process reopen at an
 * old chunk. Space is given back here instead, when the app opens or closes the file and at the
 * window's reloads ({@link Database#compactIfDue}): once the
 * file has passed {@code minBytes} and its live data fills less than {@code maxLivePercent} of it,
 * {@code SHUTDOWN COMPACT} copies the live data to {@code inventory.mv.db.tempFile} and renames
 * that over the file while H2 still holds the file's lock. A kill at any moment leaves the old file
 * or the new one, each complete (docs/reliability.md).
 *
 * <p>Compaction shuts the database down, so it runs only when this is its only session: never
 * while another copy of the app, or another connection of this one, is using the file.
 */
final class FileCompaction {
    private static final Logger LOG = Logger.getLogger(FileCompaction.class.getName());

    /** A demo-fleet inventory is about 3 MB compacted and a {@code large}-fleet one about 70 MB. */
    static final FileCompaction DEFAULT = new FileCompaction(32L << 20, 50);

    private final long minBytes;
    private final int maxLivePercent;

    FileCompaction(long minBytes, int maxLivePercent) {
        this.minBytes = minBytes;
        this.maxLivePercent = maxLivePercent;
    }

    /** A cheap look at the file's size: below the floor, opening need not consider compaction at all. */
    boolean mayBeDue(Path file) {
        try {
            return Files.size(file) >= minBytes;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the file is due for compaction, by the live share H2 reports; the session count is
     * checked again at the compaction itself. False when it cannot tell.
     */
    boolean isDue(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection()) {
            return due(usage(c));
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Could not read the inventory's fill rate", e);
            return false;
        }
    }

    /**
     * Disposes of the pool and, when due and alone, compacts the file. Whatever happens, the pool is
     * disposed and the file holds everything committed before: a failed compaction leaves it as it was.
     * Says whether the file was compacted.
     */
    boolean disposeCompactingIfDue(JdbcConnectionPool pool, String url, Path file) {
        if (!mayBeDue(file)) {
            pool.dispose();
            return false;
        }
        Connection c;
        try {
            // A connection outside the pool keeps the database open across dispose(), for the check
            // and the compaction; a pooled one would fail its rollback on close once the database is shut.
            c = DriverManager.getConnection(url, InventoryStore.USER, "");
        } catch (SQLException e) {
            pool.dispose();
            return false;
        }
        pool.dispose();
        try (c) {
            Usage usage = usage(c);
            if (usage.sessions() != 1 || !due(usage)) {
                return false;
            }
            long started = System.nanoTime();
            try (Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            }
            LOG.info(() -> String.format("Compacted the inventory %s from %,d to %,d bytes (%d%% live) in %d ms", file,
                    usage.fileBytes(), sizeOf(file), usage.livePercent(), (System.nanoTime() - started) / 1_000_000));
            return true;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not compact the inventory " + file + "; it is unchanged", e);
            return false;
        }
    }

    private record Usage(int sessions, long fileBytes, int livePercent) {
    }

    private boolean due(Usage usage) {
        return usage.fileBytes() >= minBytes && usage.livePercent() < maxLivePercent;
    }

    private static Usage usage(Connection c) throws SQLException {
        int sessions;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rs.next();
            sessions = rs.getInt(1);
        }
        long fileBytes = 0;
        int livePercent = 100;
        // CHUNKS_FILL_RATE: the share of the file's chunks still holding live pages.
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SETTING_NAME, SETTING_VALUE"
                + " FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
            while (rs.next()) {
                if (rs.getString(1).equals("info.FILE_SIZE")) {
                    fileBytes = Long.parseLong(rs.getString(2));
                } else {
                    livePercent = Integer.parseInt(rs.getString(2));
                }
            }
        }
        return new Usage(sessions, fileBytes, livePercent);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
