package tally.adapter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.port.ModerationStore;

class SqliteModerationStoreTest extends ModerationStoreContract {
    @TempDir
    Path data;

    @Override
    ModerationStore open() {
        return JdbcModerationStore.sqlite(data);
    }

    @Test
    void theDatabaseIsAFileInTheDataFolderInWalModeWithFullSync() throws Exception {
        assertTrue(Files.isRegularFile(data.resolve("moderation.db")));
        Database db = Database.sqlite(data.resolve("moderation.db"));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertEquals("wal", one(s, "PRAGMA journal_mode"));
            assertEquals("2", one(s, "PRAGMA synchronous"), "FULL");
            assertEquals("1", one(s, "PRAGMA foreign_keys"));
        }
    }

    @Test
    void reopeningKeepsEverythingAndDoesNotMigrateAgain() {
        store.append(hide(CLAIM, T0));
        store.close();
        Database db = Database.sqlite(data.resolve("moderation.db"));
        assertTrue(Migrations.upToDate(db));
        ModerationStore again = JdbcModerationStore.sqlite(data);
        assertEquals(1, again.changes().size());
        assertEquals(CLAIM, again.changes().get(0).target());
    }

    @Test
    void theNewestMigrationFileIsTheVersionTheFastStartPathExpects() throws Exception {
        Path folder = Path.of(Migrations.class.getResource("/db/migration").toURI());
        int newest;
        try (var files = Files.list(folder)) {
            newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(Migrations.LATEST, Integer.toString(newest));
    }

    private static String one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
