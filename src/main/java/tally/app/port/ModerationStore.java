package tally.app.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Report;

/**
 * Port: where moderators' work is kept — the change log (corrections and their undos), members' reports and the
 * summaries Tally pinned — and the bot's recipes of paged replies too long for a button (round 64). Implementations: SQLite in the data folder, PostgreSQL shared by several processes, and an
 * in-memory one for tests; one contract test suite holds them to the same behaviour.
 *
 * <p>Every method is one transaction: when it returns, what it wrote is durable (the store's own guarantee: SQLite's
 * WAL with a full sync at commit, PostgreSQL's commit); when it throws, nothing it meant to write is kept. Times are
 * kept to the millisecond. Thread-safe, and safe with other processes writing the same database.
 *
 * @throws StoreException from any method when the database cannot be read or written, saying where and why
 */
public interface ModerationStore extends AutoCloseable {

    /** Appends a hide or fix to the log; returns it with its id (the next in sequence). */
    Change append(Change.Draft draft);

    /**
     * Undoes change {@code changeId} by appending an undo: a hide or fix stops acting; undoing an undo puts the change
     * it undid back in force. Refused with {@link tally.app.moderation.Refusal} when there is no such change or it is
     * already undone.
     */
    Change undo(long changeId, Instant at, Actor actor, String reason);

    /** The whole log, oldest first. */
    List<Change> changes();

    /**
     * A number that grows with every change written by any process (never with reports or pins), so a process can
     * tell cheaply whether its corrections are stale. 0 for an empty log.
     */
    long revision();

    /**
     * Files a member's report. One report per member and claim id: a second report of the same claim replaces the
     * reason, text and time of the first (and reopens it if it was resolved) instead of adding another.
     */
    Report.Filed file(Report draft);

    /** How many reports the member filed (or refiled) at or after {@code since}: the rate limit counts these. */
    int reportsSince(Actor member, Instant since);

    /** Reports no change has resolved yet, newest first. */
    List<Report> openReports();

    /** Marks the open reports of a claim id resolved by a change; returns how many. */
    int resolveReports(String claimId, long changeId);

    /** Records or replaces (by message id) a pinned summary. */
    void savePin(PinnedSummary pin);

    /** The pinned summaries Tally keeps current, oldest first. */
    List<PinnedSummary> pins();

    /** Forgets a pinned summary (its message is gone or superseded); false when it was not recorded. */
    boolean removePin(String messageId);

    /**
     * Keeps the recipe of a paged reply under {@code key} (a digest of the recipe, so the same recipe always has the
     * same key): the bot composes the reply again from it when a member turns a page it has forgotten. Keeping a key
     * again changes nothing.
     */
    void keepRecipe(String key, String recipe, Instant at);

    /** The recipe kept under {@code key}; empty when none is (a key from another database, or forged). */
    Optional<String> recipe(String key);

    /** Where the data lives, for logs and errors: "SQLite data/moderation.db", "PostgreSQL db.example.org/tally". */
    String describe();

    @Override
    void close();
}
