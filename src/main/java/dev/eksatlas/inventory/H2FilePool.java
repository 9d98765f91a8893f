package dev.eksatlas.inventory;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connection pool of an H2 inventory file, which a compaction replaces: compaction shuts the
 * database down, so the pool is disposed before it and a new one made after (ADR 0011).
 */
final class H2FilePool {
    private final String url;
    private final Path file;
    private final FileCompaction compaction;
    private volatile JdbcConnectionPool pool;

    H2FilePool(String url, Path file, FileCompaction compaction, JdbcConnectionPool pool) {
        this.url = url;
        this.file = file;
        this.compaction = compaction;
        this.pool = pool;
    }

    DataSource current() {
        return pool;
    }

    /**
     * Compacts the file if it is due and this pool's connections are the database's only sessions.
     * The caller makes sure none of them is in use. Says whether the file was compacted.
     */
    boolean compactIfDue() {
        if (!compaction.mayBeDue(file) || !compaction.isDue(pool)) {
            return false;
        }
        boolean compacted = compaction.disposeCompactingIfDue(pool, url, file);
        pool = JdbcConnectionPool.create(url, InventoryStore.USER, "");
        return compacted;
    }

    /** Releases the file, compacting it when due. */
    void close() {
        compaction.disposeCompactingIfDue(pool, url, file);
    }
}
