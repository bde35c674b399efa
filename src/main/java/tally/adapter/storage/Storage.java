package tally.adapter.storage;

import java.nio.file.Path;
import java.util.Map;
import tally.app.port.ModerationStore;

/** Opens the moderation store the settings name. */
public final class Storage {

    private Storage() {
    }

    /**
     * PostgreSQL when the settings give an address (connected and migrated now, so a wrong address stops the start);
     * else SQLite in {@code dataDir}, created on the first write: a command that only reads, on a data folder without
     * a database, never creates one or pays for it.
     *
     * @throws tally.app.port.StoreException when the database cannot be reached or migrated, saying which and why
     */
    public static ModerationStore open(StorageSettings settings, Path dataDir, Map<String, String> env) {
        if (settings.postgres()) {
            String password = env.get(StorageSettings.PASSWORD_VARIABLE);
            return JdbcModerationStore.postgres(settings.databaseUrl(),
                    settings.databaseUser().isEmpty() ? null : settings.databaseUser(),
                    password == null || password.isEmpty() ? null : password);
        }
        return new DeferredSqliteStore(dataDir);
    }
}
