package dev.eksatlas.inventory;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Applies the Flyway migrations in {@code db/migration}; refuses a schema newer than this app knows. */
final class Migrations {
    private Migrations() {
    }

    static void apply(DataSource ds) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        for (MigrationInfo info : flyway.info().all()) {
            // Flyway tolerates "future" migrations by default; an older app must not write into a newer schema.
            if (info.getState() == MigrationState.FUTURE_SUCCESS || info.getState() == MigrationState.FUTURE_FAILED) {
                throw new NewerSchemaException("schema version " + info.getVersion() + " (\"" + info.getDescription()
                        + "\"); this app knows up to " + latestKnown(flyway));
            }
        }
        flyway.migrate();
    }

    private static String latestKnown(Flyway flyway) {
        MigrationInfo[] pending = flyway.info().all();
        String latest = "none";
        for (MigrationInfo i : pending) {
            if (i.getState() != MigrationState.FUTURE_SUCCESS && i.getState() != MigrationState.FUTURE_FAILED && i.getVersion() != null) {
                latest = i.getVersion().toString();
            }
        }
        return latest;
    }

    static final class NewerSchemaException extends RuntimeException {
        NewerSchemaException(String message) {
            super(message);
        }
    }
}
