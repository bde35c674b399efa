package tally.adapter.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Refusal;
import tally.app.moderation.Report;
import tally.app.port.ModerationStore;

/**
 * SQLite in the data folder, opened when first needed: while {@code moderation.db} does not exist, reads answer as an
 * empty store does without creating it (so {@code ask} on a fresh data folder loads no database driver); the first
 * write creates and migrates it. Once the file exists every call goes to it.
 */
final class DeferredSqliteStore implements ModerationStore {

    private final Path dataDir;
    private volatile @Nullable JdbcModerationStore open;

    DeferredSqliteStore(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** The store if the file exists (opening it), else null. */
    private @Nullable JdbcModerationStore ifExists() {
        JdbcModerationStore store = open;
        if (store != null) {
            return store;
        }
        return Database.sqliteFileExists(dataDir) ? forWriting() : null;
    }

    private synchronized JdbcModerationStore forWriting() {
        if (open == null) {
            open = JdbcModerationStore.sqlite(dataDir);
        }
        return open;
    }

    @Override
    public Change append(Change.Draft draft) {
        return forWriting().append(draft);
    }

    @Override
    public Change undo(long changeId, Instant at, Actor actor, String reason) {
        JdbcModerationStore store = ifExists();
        if (store == null) {
            throw new Refusal("there is no change " + changeId + "; `claim log` lists them");
        }
        return store.undo(changeId, at, actor, reason);
    }

    @Override
    public List<Change> changes() {
        JdbcModerationStore store = ifExists();
        return store == null ? List.of() : store.changes();
    }

    @Override
    public long revision() {
        JdbcModerationStore store = ifExists();
        return store == null ? 0 : store.revision();
    }

    @Override
    public Report.Filed file(Report draft) {
        return forWriting().file(draft);
    }

    @Override
    public int reportsSince(Actor member, Instant since) {
        JdbcModerationStore store = ifExists();
        return store == null ? 0 : store.reportsSince(member, since);
    }

    @Override
    public List<Report> openReports() {
        JdbcModerationStore store = ifExists();
        return store == null ? List.of() : store.openReports();
    }

    @Override
    public int resolveReports(String claimId, long changeId) {
        JdbcModerationStore store = ifExists();
        return store == null ? 0 : store.resolveReports(claimId, changeId);
    }

    @Override
    public void savePin(PinnedSummary pin) {
        forWriting().savePin(pin);
    }

    @Override
    public List<PinnedSummary> pins() {
        JdbcModerationStore store = ifExists();
        return store == null ? List.of() : store.pins();
    }

    @Override
    public boolean removePin(String messageId) {
        JdbcModerationStore store = ifExists();
        return store != null && store.removePin(messageId);
    }

    @Override
    public void keepRecipe(String key, String recipe, Instant at) {
        forWriting().keepRecipe(key, recipe, at);
    }

    @Override
    public java.util.Optional<String> recipe(String key) {
        JdbcModerationStore store = ifExists();
        return store == null ? java.util.Optional.empty() : store.recipe(key);
    }

    @Override
    public String describe() {
        return "SQLite " + dataDir.resolve(Database.SQLITE_FILE);
    }

    @Override
    public void close() {
        JdbcModerationStore store = open;
        if (store != null) {
            store.close();
        }
    }
}
