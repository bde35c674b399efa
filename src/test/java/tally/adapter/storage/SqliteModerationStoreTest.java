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

    /**
     * A damaged moderation.db (its first bytes overwritten) is one line naming the file, what is wrong and to restore
     * the backup, not Flyway's block of SQL State, Error Code and Message lines.
     */
    @Test
    void aDamagedDatabaseIsOneLineNamingTheFileAndTheBackupToRestore() throws Exception {
        store.append(hide(CLAIM, T0));
        store.close();
        Path file = data.resolve("moderation.db");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("garbage garbage garbage!".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        }
        tally.app.port.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                tally.app.port.StoreException.class, () -> JdbcModerationStore.sqlite(data));
        assertEquals("the moderation database SQLite " + file + " is damaged (file is not a database); stop Tally and"
                + " restore it from a backup (README: \"Where the data lives, and backing it up\")", e.getMessage());
    }

    /** The near miss: a failure that is no damage (a read on a folder that is gone) stays one line saying what. */
    @Test
    void aFailureThatIsNoDamageSaysWhatFailedInOneLine() throws Exception {
        store.close();
        Database db = Database.sqlite(data.resolve("missing-folder").resolve("moderation.db"));
        tally.app.port.StoreException e = org.junit.jupiter.api.Assertions.assertThrows(
                tally.app.port.StoreException.class, () -> JdbcModerationStore.open(db));
        assertTrue(e.getMessage().startsWith("could not bring the moderation database to schema version "
                + Migrations.LATEST + " (SQLite "),
                e.getMessage());
        assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("damaged"), e.getMessage());
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
