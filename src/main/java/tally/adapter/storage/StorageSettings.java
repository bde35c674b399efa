package tally.adapter.storage;

import java.nio.file.Path;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import tally.config.JsonFiles;

/**
 * config/storage.json: where moderators' work is kept. Optional: without the file, SQLite in the data folder.
 *
 * @param databaseUrl    empty for SQLite at {@code <data>/moderation.db}; or {@code jdbc:postgresql://host:port/db}
 *                       for a PostgreSQL database several processes share (the password never goes here: it is read
 *                       from the environment variable {@value #PASSWORD_VARIABLE})
 * @param databaseUser   the PostgreSQL user; empty for the driver's default
 * @param reportsPerHour how many figures one member may report in any hour, 1 to 1000
 * @param reloadSeconds  how often a running bot looks for changes other processes made to a shared database, 1 to 3600
 */
public record StorageSettings(String databaseUrl, String databaseUser, int reportsPerHour, int reloadSeconds) {

    public static final String FILE = "storage.json";
    public static final String PASSWORD_VARIABLE = "TALLY_DATABASE_PASSWORD";
    public static final StorageSettings DEFAULT = new StorageSettings("", "", 10, 10);

    public StorageSettings {
        databaseUrl = databaseUrl == null ? "" : databaseUrl.strip();
        databaseUser = databaseUser == null ? "" : databaseUser.strip();
        if (!databaseUrl.isEmpty() && !databaseUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("databaseUrl must be empty (SQLite in the data folder, "
                    + "<data>/moderation.db) or a PostgreSQL address such as jdbc:postgresql://db.example.org:5432/tally; got '"
                    + Database.withoutSecrets(databaseUrl) + "'");
        }
        if (databaseUrl.toLowerCase(java.util.Locale.ROOT).contains("password=")) {
            throw new IllegalArgumentException("databaseUrl must not hold the password: set " + PASSWORD_VARIABLE
                    + " in the environment instead");
        }
        if (reportsPerHour < 1 || reportsPerHour > 1000) {
            throw new IllegalArgumentException("reportsPerHour must be 1..1000, was " + reportsPerHour);
        }
        if (reloadSeconds < 1 || reloadSeconds > 3600) {
            throw new IllegalArgumentException("reloadSeconds must be 1..3600, was " + reloadSeconds);
        }
    }

    /** From the file: a key left out takes its default (an empty file means SQLite with the defaults). */
    @JsonCreator
    static StorageSettings fromJson(@JsonProperty("databaseUrl") @Nullable String databaseUrl,
                                    @JsonProperty("databaseUser") @Nullable String databaseUser,
                                    @JsonProperty("reportsPerHour") @Nullable Integer reportsPerHour,
                                    @JsonProperty("reloadSeconds") @Nullable Integer reloadSeconds) {
        return new StorageSettings(databaseUrl == null ? DEFAULT.databaseUrl() : databaseUrl,
                databaseUser == null ? DEFAULT.databaseUser() : databaseUser,
                reportsPerHour == null ? DEFAULT.reportsPerHour() : reportsPerHour,
                reloadSeconds == null ? DEFAULT.reloadSeconds() : reloadSeconds);
    }

    /** Reads {@code configDir}/storage.json, or the defaults when there is none; a mistake stops the start. */
    public static StorageSettings load(Path configDir) {
        return JsonFiles.readIfPresent(configDir.resolve(FILE), StorageSettings.class, DEFAULT);
    }

    public boolean postgres() {
        return !databaseUrl.isEmpty();
    }
}
