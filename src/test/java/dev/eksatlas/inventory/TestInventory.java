package dev.eksatlas.inventory;

import java.util.UUID;

/**
 * An empty, migrated inventory for one test on the chosen database: H2 in memory, or a fresh
 * database on the PostgreSQL test server ({@link TestPostgres}). Closing it drops what it made.
 */
public final class TestInventory implements AutoCloseable {
    /** The databases every inventory test runs on. */
    public enum Backend { H2, POSTGRESQL }

    private final Database database;
    private final PostgresUrl server;

    private TestInventory(Database database, PostgresUrl server) {
        this.database = database;
        this.server = server;
    }

    public static TestInventory open(Backend backend) {
        if (backend == Backend.H2) {
            return new TestInventory(InventoryStore.openInMemory("test-" + UUID.randomUUID()), null);
        }
        PostgresUrl db = TestPostgres.createDatabase();
        try {
            return new TestInventory(TestPostgres.open(db), db);
        } catch (RuntimeException e) {
            TestPostgres.dropDatabase(db);
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        if (server != null) {
            TestPostgres.dropDatabase(server);
        }
    }
}
