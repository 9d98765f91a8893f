package dev.eksatlas.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * An open, migrated inventory database and what the user must be told about opening it.
 * Closing it releases the file.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final String description;
    private final List<StartupNotice> notices;

    Database(JdbcConnectionPool pool, String description, List<StartupNotice> notices) {
        this.pool = pool;
        this.description = description;
        this.notices = List.copyOf(notices);
    }

    public DataSource dataSource() {
        return pool;
    }

    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** Where this inventory lives, for the user (a file path, or "in memory"). */
    public String description() {
        return description;
    }

    public List<StartupNotice> notices() {
        return notices;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
