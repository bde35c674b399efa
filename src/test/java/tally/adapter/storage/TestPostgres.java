package tally.adapter.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL server for the whole test run (starting one takes seconds), from the binaries zonky ships in a
 * Maven artifact; each test gets a schema of its own on it (a new database would cost a checkpoint each). Stopped
 * when the test JVM exits.
 */
public final class TestPostgres {
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TestPostgres() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // A test server: durability across a crash of the server itself is not what these tests check.
                server = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for the tests", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "test-postgres-stop"));
        }
        return server;
    }

    /** A new, empty schema; the JDBC address that works in it (user, no password, as the test server allows). */
    public static String newDatabase() {
        String name = "tally_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test schema " + name, e);
        }
        return server().getJdbcUrl("postgres", "postgres") + "&currentSchema=" + name;
    }
}
