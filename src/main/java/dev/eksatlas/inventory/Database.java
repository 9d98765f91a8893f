package dev.eksatlas.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * An open, migrated inventory database and what the user must be told about opening it.
 * Closing it releases the file (an H2 inventory) or the connections (a PostgreSQL one).
 */
public final class Database implements AutoCloseable {
    private final DataSource dataSource;
    private final Runnable onClose;
    private final String description;
    private final List<StartupNotice> notices;

    Database(DataSource dataSource, Runnable onClose, String description, List<StartupNotice> notices) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        this.description = description;
        this.notices = List.copyOf(notices);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Where this inventory lives, for the user (a file path, "in memory", or a PostgreSQL server and database; never a password). */
    public String description() {
        return description;
    }

    public List<StartupNotice> notices() {
        return notices;
    }

    @Override
    public void close() {
        onClose.run();
    }
}
