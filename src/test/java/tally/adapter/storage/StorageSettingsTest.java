package tally.adapter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ConfigException;

/** config/storage.json is read strictly at start: every mistake stops it with the file and what is wrong. */
class StorageSettingsTest {

    @TempDir
    Path config;

    private ConfigException refused(String json) throws Exception {
        Files.writeString(config.resolve(StorageSettings.FILE), json);
        return assertThrows(ConfigException.class, () -> StorageSettings.load(config));
    }

    @Test
    void theShippedFileIsValidAndMeansSqliteInTheDataFolder() {
        StorageSettings shipped = StorageSettings.load(Path.of("config"));
        assertEquals(StorageSettings.DEFAULT, shipped);
        assertTrue(!shipped.postgres());
    }

    @Test
    void withoutTheFileTheDefaultsApply() {
        assertEquals(StorageSettings.DEFAULT, StorageSettings.load(config));
    }

    @Test
    void aKeyLeftOutTakesItsDefault() throws Exception {
        Files.writeString(config.resolve(StorageSettings.FILE), "{\"reportsPerHour\": 3}");
        assertEquals(new StorageSettings("", "", 3, 10), StorageSettings.load(config));
    }

    @Test
    void aPostgresAddressIsAccepted() throws Exception {
        Files.writeString(config.resolve(StorageSettings.FILE), """
                {"databaseUrl": "jdbc:postgresql://db.example.org:5432/tally", "databaseUser": "tally",
                 "reportsPerHour": 5, "reloadSeconds": 30}""");
        StorageSettings s = StorageSettings.load(config);
        assertTrue(s.postgres());
        assertEquals("tally", s.databaseUser());
    }

    @Test
    void mistakesAreRefusedWithTheFileAndWhatToDo() throws Exception {
        String mysql = refused("{\"databaseUrl\": \"jdbc:mysql://x/y\", \"databaseUser\": \"\", \"reportsPerHour\": 5, "
                + "\"reloadSeconds\": 5}").getMessage();
        assertTrue(mysql.contains("storage.json") && mysql.contains("databaseUrl must be empty (SQLite in the data folder"), mysql);
        String secret = refused("{\"databaseUrl\": \"jdbc:postgresql://h/db?password=hunter2\", \"databaseUser\": \"\", "
                + "\"reportsPerHour\": 5, \"reloadSeconds\": 5}").getMessage();
        assertTrue(secret.contains("TALLY_DATABASE_PASSWORD") && !secret.contains("hunter2"), secret);
        assertTrue(refused("{\"databaseUrl\": \"\", \"databaseUser\": \"\", \"reportsPerHour\": 0, \"reloadSeconds\": 5}")
                .getMessage().contains("reportsPerHour must be 1..1000, was 0"));
        assertTrue(refused("{\"databaseUrl\": \"\", \"databaseUser\": \"\", \"reportsPerHour\": 5, \"reloadSeconds\": 0}")
                .getMessage().contains("reloadSeconds must be 1..3600"));
        String typo = refused("{\"databaseURL\": \"jdbc:postgresql://h/db\"}").getMessage();
        assertTrue(typo.contains("storage.json") && typo.contains("databaseURL"), typo);
    }
}
