package tally.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import tally.app.port.StoreException;

/**
 * Brings the schema to the version this Tally expects with Flyway (the SQL files under db/migration, applied in order,
 * each recorded in flyway_schema_history; concurrent processes take turns under Flyway's lock). Flyway itself is
 * only started when the history does not already end at {@link #LATEST}: it costs a few hundred milliseconds of
 * class loading and scanning, which every command-line question would otherwise pay.
 */
final class Migrations {

    /** The version of the newest file under db/migration (a test checks they agree). */
    static final String LATEST = "2";
    static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    static void apply(Database database) {
        if (upToDate(database)) {
            return;
        }
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(database.source())
                    .locations(LOCATION)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            // Flyway's message is a block of lines; the README promises one
            throw StoreFailures.of(database, "bring the moderation database to schema version " + LATEST, e, false);
        }
        if (!upToDate(database)) {
            throw new StoreException("the moderation database (" + database.describe() + ") is not at schema version "
                    + LATEST + " after migrating; was it written by a newer Tally?");
        }
    }

    /** True when the newest successful migration recorded is exactly {@link #LATEST}; false when none is recorded. */
    static boolean upToDate(Database database) {
        String sql = "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL "
                + "ORDER BY installed_rank DESC";
        try (Connection c = database.connect(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rows = s.executeQuery()) {
            return rows.next() && LATEST.equals(rows.getString(1)) && rows.getBoolean(2);
        } catch (SQLException e) {
            // no history table yet (a new database), or one Flyway must look at
            return false;
        }
    }
}
