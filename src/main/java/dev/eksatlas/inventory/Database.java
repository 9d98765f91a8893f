package dev.eksatlas.inventory;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * An open, migrated inventory database and what the user must be told about opening it.
 * Closing it releases the file (an H2 inventory) or the connections (a PostgreSQL one).
 *
 * <p>An H2 file is append-only and is compacted now and then (ADR 0011). Compaction shuts the
 * database down, so {@link #compactIfDue} first holds back new connections and waits until none
 * handed out by {@link #connection()} is still open.
 */
public final class Database implements AutoCloseable {
    /** For databases that never need compacting (in memory, PostgreSQL). */
    static final BooleanSupplier NO_COMPACTION = () -> false;

    private final Supplier<DataSource> dataSource;
    private final Runnable onClose;
    private final BooleanSupplier compaction;
    private final String description;
    private final List<StartupNotice> notices;
    private final Object gate = new Object();
    private int inUse;
    private boolean heldBack;

    Database(Supplier<DataSource> dataSource, Runnable onClose, BooleanSupplier compaction, String description,
            List<StartupNotice> notices) {
        this.dataSource = dataSource;
        this.onClose = onClose;
        this.compaction = compaction;
        this.description = description;
        this.notices = List.copyOf(notices);
    }

    public DataSource dataSource() {
        return dataSource.get();
    }

    Connection connection() throws SQLException {
        if (compaction == NO_COMPACTION) {
            return dataSource.get().getConnection();
        }
        synchronized (gate) {
            while (heldBack) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("Interrupted while the inventory was being compacted", e);
                }
            }
            inUse++;
        }
        try {
            return counted(dataSource.get().getConnection());
        } catch (SQLException | RuntimeException e) {
            released();
            throw e;
        }
    }

    /**
     * Compacts an H2 file that has grown past its live data, when no connection of this app is in
     * use within {@code wait} and no other program shares the file. Callers are held back meanwhile
     * (seconds for a large inventory). Says whether the file was compacted; always false for an
     * inventory in memory or on PostgreSQL.
     */
    public boolean compactIfDue(Duration wait) {
        if (compaction == NO_COMPACTION) {
            return false;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (gate) {
            heldBack = true;
            try {
                while (inUse > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    gate.wait(Math.max(1, left / 1_000_000));
                }
                return compaction.getAsBoolean();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                heldBack = false;
                gate.notifyAll();
            }
        }
    }

    private void released() {
        synchronized (gate) {
            inUse--;
            gate.notifyAll();
        }
    }

    /** The connection, counted as in use until it is closed. */
    private Connection counted(Connection c) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    boolean closing = method.getName().equals("close") && method.getParameterCount() == 0;
                    try {
                        return method.invoke(c, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (closing && closed.compareAndSet(false, true)) {
                            released();
                        }
                    }
                });
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
