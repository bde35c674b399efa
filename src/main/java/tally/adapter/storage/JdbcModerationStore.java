package tally.adapter.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Refusal;
import tally.app.moderation.Report;
import tally.app.port.ModerationStore;
import tally.app.port.StoreException;

/**
 * The {@link ModerationStore} over JDBC, the same SQL for SQLite and PostgreSQL. Each method runs in one transaction
 * on its own connection. Ids come from the {@code counter} table inside the writing transaction: the first statement
 * of every write locks that row, so concurrent writers (threads or processes) take turns and a check made after it
 * (is this change already undone?) cannot be overtaken.
 */
public final class JdbcModerationStore implements ModerationStore {

    private static final String CHANGE_COLUMNS = "id, at_ms, actor, action, claim_id, claim_file, claim_sentence, "
            + "claim_wording, claim_metric, before_json, after_json, reason, undoes, undone_by";
    private static final String REPORT_COLUMNS = "id, member, claim_id, claim_file, claim_sentence, claim_wording, "
            + "claim_metric, reason, note, filed_ms, resolved_by";

    private final Database database;

    private JdbcModerationStore(Database database) {
        this.database = database;
    }

    /** Opens (creating and migrating as needed) the store in {@code dataDir}/moderation.db. */
    public static JdbcModerationStore sqlite(java.nio.file.Path dataDir) {
        try {
            java.nio.file.Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir.toAbsolutePath() + " for the "
                    + "moderation database: " + e, e);
        }
        return open(Database.sqlite(dataDir.resolve(Database.SQLITE_FILE)));
    }

    /** Opens (migrating as needed) the store in a PostgreSQL database several processes may share. */
    public static JdbcModerationStore postgres(String url, @Nullable String user, @Nullable String password) {
        return open(Database.postgres(url, user, password));
    }

    static JdbcModerationStore open(Database database) {
        Migrations.apply(database);
        return new JdbcModerationStore(database);
    }

    @Override
    public Change append(Change.Draft d) {
        return write("record the change", c -> {
            long id = next(c, "change");
            Objects.requireNonNull(d.target(), "target");
            insertChange(c, new Change(id, d.at(), d.actor(), d.action(), d.target(), d.before(), d.after(),
                    d.reason(), null, null));
            return change(c, id);
        });
    }

    @Override
    public Change undo(long changeId, Instant at, Actor actor, String reason) {
        return write("undo change " + changeId, c -> {
            long id = next(c, "change");
            Change undone = findChange(c, changeId);
            if (undone == null) {
                throw new Refusal("there is no change " + changeId + "; `claim log` lists them");
            }
            if (!undone.inForce()) {
                throw new Refusal("change " + changeId + " is already undone (by change " + undone.undoneBy() + ")");
            }
            insertChange(c, new Change(id, at, actor, Change.Action.UNDO, undone.target(), undone.after(),
                    undone.before(), reason, changeId, null));
            // The undone change goes out of force. If it was an undo, the change it had undone comes back in force;
            // if that one was an undo too, its own target goes out again, and so on down the chain (trial 15: a
            // third undo in a row left the hide in force while the log said it was undone).
            Long by = id;
            for (Change current = undone; ; ) {
                setUndoneBy(c, current.id(), by);
                if (current.undoes() == null) {
                    break;
                }
                by = by == null ? current.id() : null;
                current = findChange(c, current.undoes());
            }
            return change(c, id);
        });
    }

    @Override
    public List<Change> changes() {
        return read("read the change log", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + CHANGE_COLUMNS + " FROM claim_change ORDER BY id")) {
                return Rows.changes(s.executeQuery());
            }
        });
    }

    @Override
    public long revision() {
        return read("read the revision", c -> counter(c, "change"));
    }

    @Override
    public Report.Filed file(Report draft) {
        return write("file the report", c -> {
            Report earlier = findReport(c, draft.member(), draft.claim().id());
            if (earlier != null) {
                try (PreparedStatement s = c.prepareStatement("UPDATE member_report SET reason = ?, note = ?, "
                        + "filed_ms = ?, resolved_by = NULL, claim_file = ?, claim_sentence = ?, claim_wording = ?, "
                        + "claim_metric = ? WHERE id = ?")) {
                    s.setString(1, draft.reason().id());
                    s.setString(2, draft.text());
                    s.setLong(3, draft.at().toEpochMilli());
                    claimTail(s, 4, draft.claim());
                    s.setLong(8, earlier.id());
                    s.executeUpdate();
                }
                return new Report.Filed(findReport(c, draft.member(), draft.claim().id()), earlier.resolvedBy() == null);
            }
            long id = next(c, "report");
            try (PreparedStatement s = c.prepareStatement("INSERT INTO member_report (" + REPORT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")) {
                s.setLong(1, id);
                s.setString(2, draft.member().value());
                s.setString(3, draft.claim().id());
                claimTail(s, 4, draft.claim());
                s.setString(8, draft.reason().id());
                s.setString(9, draft.text());
                s.setLong(10, draft.at().toEpochMilli());
                s.executeUpdate();
            }
            return new Report.Filed(findReport(c, draft.member(), draft.claim().id()), false);
        });
    }

    @Override
    public int reportsSince(Actor member, Instant since) {
        return read("count reports", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT count(*) FROM member_report WHERE member = ? AND filed_ms >= ?")) {
                s.setString(1, member.value());
                s.setLong(2, since.toEpochMilli());
                try (ResultSet rows = s.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    @Override
    public List<Report> openReports() {
        return read("read reports", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + REPORT_COLUMNS
                    + " FROM member_report WHERE resolved_by IS NULL ORDER BY filed_ms DESC, id DESC")) {
                return Rows.reports(s.executeQuery());
            }
        });
    }

    @Override
    public int resolveReports(String claimId, long changeId) {
        return write("resolve reports", c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE member_report SET resolved_by = ? WHERE claim_id = ? AND resolved_by IS NULL")) {
                s.setLong(1, changeId);
                s.setString(2, claimId);
                return s.executeUpdate();
            }
        });
    }

    @Override
    public void savePin(PinnedSummary pin) {
        write("record the pinned summary", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO pinned_summary (message_id, guild_id, "
                    + "channel_id, posted_ms, updated_ms, version, shown_json) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (message_id) DO UPDATE SET updated_ms = excluded.updated_ms, "
                    + "version = excluded.version, shown_json = excluded.shown_json")) {
                s.setString(1, pin.messageId());
                s.setString(2, pin.guildId());
                s.setString(3, pin.channelId());
                s.setLong(4, pin.postedAt().toEpochMilli());
                s.setLong(5, pin.updatedAt().toEpochMilli());
                s.setString(6, pin.version());
                s.setString(7, AmendmentJson.writeMap(pin.shown()));
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<PinnedSummary> pins() {
        return read("read pinned summaries", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT message_id, guild_id, channel_id, posted_ms, "
                    + "updated_ms, version, shown_json FROM pinned_summary ORDER BY posted_ms, message_id")) {
                return Rows.pins(s.executeQuery());
            }
        });
    }

    @Override
    public boolean removePin(String messageId) {
        return write("forget the pinned summary", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM pinned_summary WHERE message_id = ?")) {
                s.setString(1, messageId);
                return s.executeUpdate() > 0;
            }
        });
    }

    @Override
    public void keepRecipe(String key, String recipe, Instant at) {
        write("keep a reply's recipe", c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO reply_recipe (recipe_key, recipe, kept_ms) "
                    + "VALUES (?, ?, ?) ON CONFLICT (recipe_key) DO NOTHING")) {
                s.setString(1, key);
                s.setString(2, recipe);
                s.setLong(3, at.toEpochMilli());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public java.util.Optional<String> recipe(String key) {
        return read("read a reply's recipe", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT recipe FROM reply_recipe WHERE recipe_key = ?")) {
                s.setString(1, key);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? java.util.Optional.of(rows.getString(1)) : java.util.Optional.empty();
                }
            }
        });
    }

    @Override
    public String describe() {
        return database.describe();
    }

    @Override
    public void close() {
        // connections are per operation; nothing is held between calls
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T write(String what, Work<T> work) {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection c = database.connect()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return StoreFailures.of(database, what + " in the moderation database", e, true);
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The next value of a counter; locks its row until the transaction ends. */
    private static long next(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE counter SET value = value + 1 WHERE name = ?")) {
            s.setString(1, name);
            if (s.executeUpdate() != 1) {
                throw new SQLException("counter '" + name + "' is missing: the schema is damaged");
            }
        }
        return counter(c, name);
    }

    private static long counter(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    throw new SQLException("counter '" + name + "' is missing: the schema is damaged");
                }
                return rows.getLong(1);
            }
        }
    }

    private static void insertChange(Connection c, Change ch) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claim_change (" + CHANGE_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, ch.id());
            s.setLong(2, ch.at().toEpochMilli());
            s.setString(3, ch.actor().value());
            s.setString(4, ch.action().name());
            s.setString(5, Objects.requireNonNull(ch.target()).id());
            claimTail(s, 6, ch.target());
            s.setString(10, AmendmentJson.write(ch.before()));
            s.setString(11, AmendmentJson.write(ch.after()));
            s.setString(12, ch.reason());
            setLong(s, 13, ch.undoes());
            setLong(s, 14, ch.undoneBy());
            s.executeUpdate();
        }
    }

    /** file, sentence, wording, metric of a claim reference, from parameter {@code at} on. */
    private static void claimTail(PreparedStatement s, int at, tally.app.moderation.ClaimRef claim) throws SQLException {
        s.setString(at, claim.file());
        s.setString(at + 1, claim.sentence());
        s.setString(at + 2, claim.wording());
        s.setString(at + 3, claim.metric().id());
    }

    private static void setUndoneBy(Connection c, long changeId, @Nullable Long by) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE claim_change SET undone_by = ? WHERE id = ?")) {
            setLong(s, 1, by);
            s.setLong(2, changeId);
            s.executeUpdate();
        }
    }

    private static @Nullable Change findChange(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + CHANGE_COLUMNS + " FROM claim_change WHERE id = ?")) {
            s.setLong(1, id);
            List<Change> found = Rows.changes(s.executeQuery());
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static Change change(Connection c, long id) throws SQLException {
        return Objects.requireNonNull(findChange(c, id), "change just written");
    }

    private static @Nullable Report findReport(Connection c, Actor member, String claimId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + REPORT_COLUMNS
                + " FROM member_report WHERE member = ? AND claim_id = ?")) {
            s.setString(1, member.value());
            s.setString(2, claimId);
            List<Report> found = Rows.reports(s.executeQuery());
            return found.isEmpty() ? null : found.get(0);
        }
    }

    private static void setLong(PreparedStatement s, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }
}
