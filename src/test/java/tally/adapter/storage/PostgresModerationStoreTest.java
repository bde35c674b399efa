package tally.adapter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tally.app.port.ModerationStore;
import tally.app.port.StoreException;

class PostgresModerationStoreTest extends ModerationStoreContract {
    private String url;

    @Override
    ModerationStore open() {
        url = TestPostgres.newDatabase();
        return JdbcModerationStore.postgres(url, null, null);
    }

    @Test
    void twoProcessesSharingTheDatabaseSeeEachOthersChanges() {
        ModerationStore second = JdbcModerationStore.postgres(url, null, null);
        store.append(hide(CLAIM, T0));
        assertEquals(1, second.revision());
        second.undo(1, T0.plusSeconds(1), MOD, "wrong claim");
        assertEquals(2, store.revision());
        assertTrue(!store.changes().get(0).inForce());
    }

    @Test
    void anUnreachableDatabaseFailsWithWhereAndWhyButNoPassword() {
        StoreException e = assertThrows(StoreException.class,
                () -> JdbcModerationStore.postgres("jdbc:postgresql://127.0.0.1:1/tally?password=hunter2", "tally", "hunter2"));
        assertTrue(e.getMessage().contains("PostgreSQL jdbc:postgresql://127.0.0.1:1/tally"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot reach the moderation database PostgreSQL "
                + "jdbc:postgresql://127.0.0.1:1/tally (Connection to 127.0.0.1:1 refused."), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
