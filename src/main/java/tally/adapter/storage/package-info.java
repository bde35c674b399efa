/**
 * The {@link tally.app.port.ModerationStore} in a real database: SQLite in the data folder (the default) or a shared
 * PostgreSQL, over JDBC, with the schema managed by Flyway migrations (src/main/resources/db/migration).
 */
@NullMarked
package tally.adapter.storage;

import org.jspecify.annotations.NullMarked;
