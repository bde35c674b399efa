package tally.app.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.port.ModerationStore;
import tally.config.ClaimantDirectory;
import tally.model.PlainText;

/**
 * The moderators' use cases: hide or correct a claim (always with a reason), undo any change, read the log; members'
 * reports and the list moderators work from; the pinned summaries kept current. Every change is written to the store
 * before it acts, and acts at once (the corrected corpus reloads). Time comes from the injected clock. Thread-safe.
 *
 * <p>Members' reports are {@link MemberReports}'; the claim dates a correction may give, {@link ClaimDateLimits}'; what
 * each change of the log does now, {@link LogEntries}'.
 */
public final class Moderator {

    /** The longest reason a change may give. */
    public static final int REASON_LIMIT = 500;

    private final ModerationStore store;
    private final CorrectedCorpus corpus;
    private final FixReader fixes;
    private final Clock clock;
    private final MemberReports reports;
    private final Duration reloadEvery;

    public Moderator(ModerationStore store, CorrectedCorpus corpus, ClaimantDirectory directory, Clock clock,
                     int reportsPerHour) {
        this(store, corpus, directory, clock, reportsPerHour, Duration.ofSeconds(10));
    }

    /** @param reloadEvery how often a long-running process should call {@link #reload()} (config: reloadSeconds) */
    public Moderator(ModerationStore store, CorrectedCorpus corpus, ClaimantDirectory directory, Clock clock,
                     int reportsPerHour, Duration reloadEvery) {
        this.reloadEvery = Objects.requireNonNull(reloadEvery, "reloadEvery");
        this.store = Objects.requireNonNull(store, "store");
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.fixes = new FixReader(directory);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reports = new MemberReports(store, corpus, reportsPerHour);
    }

    /** Hides a claim from every reply. Refused when there is no such claim or it is already hidden. */
    public Change hide(String claimId, String reason, Actor actor) {
        CorrectedClaims.Entry entry = require(claimId);
        if (entry.hidden()) {
            throw new Refusal("claim " + entry.id() + " is already hidden; `claim log` shows by which change");
        }
        return record(entry, Change.Action.HIDE, Amendment.hiding(false), Amendment.hiding(true), reason, actor);
    }

    /**
     * Corrects one or more fields of a claim. Refused when a value cannot be read, when nothing would change (every
     * value already shown), or when the claim is hidden (undo the hide first).
     */
    public Change fix(String claimId, Fix fix, String reason, Actor actor) {
        CorrectedClaims.Entry entry = require(claimId);
        if (fix.isEmpty()) {
            throw new Refusal("say what to correct: the metric, claimant, relay, date or scope");
        }
        if (entry.hidden()) {
            throw new Refusal("claim " + entry.id() + " is hidden; undo the hide first (`claim log` shows its change)");
        }
        Amendment after = fixes.read(fix);
        ClaimDateLimits.refuseOutside(entry, after);
        Amendment before = Amendments.current(Objects.requireNonNull(entry.shown()), after.fields());
        if (Amendments.changesNothing(entry.shown(), after)) {
            throw new Refusal("claim " + entry.id() + " already shows these values; nothing to change"
                    + FixReader.aliasNote("--claimant", fix.claimant(), after.claimant())
                    + FixReader.aliasNote("--relay", fix.relay(), after.relay()));
        }
        return record(entry, Change.Action.FIX, before, after, reason, actor);
    }

    /** Undoes a change (a hide, a fix, or an undo, which puts back what it undid). */
    public Change undo(long changeId, String reason, Actor actor) {
        Change undo = store.undo(changeId, now(), actor, reason(reason));
        corpus.reload();
        return undo;
    }

    /** Every change, newest first, with what it does now. */
    public List<LogEntry> log() {
        corpus.reload();
        CorrectedClaims current = corpus.current();
        return LogEntries.of(store.changes(), current);
    }

    /** A claim by its id (or the key of any of its sources), hidden or shown. */
    public Optional<CorrectedClaims.Entry> claim(String id) {
        return corpus.current().find(id.strip());
    }

    /** The claims as they are shown now, with ids and corrections. */
    public CorrectedClaims claims() {
        return corpus.current();
    }

    /**
     * Files a member's report of a figure. One per member and figure (a second replaces the first); at most
     * {@code reportsPerHour} per member in any hour, else refused with when to try again.
     */
    public Report.Filed report(Actor member, String claimId, Report.Reason reason, @Nullable String text) {
        return reports.file(member, require(claimId), now(), reason, text);
    }

    /** Open reports grouped by figure, the most recently reported first. */
    public List<ReportedFigure> reports() {
        return reports.open();
    }

    /** Records a summary Tally posted and pinned, to keep it current. */
    public void pinned(PinnedSummary pin) {
        store.savePin(pin);
    }

    public List<PinnedSummary> pins() {
        return store.pins();
    }

    public boolean forgetPin(String messageId) {
        return store.removePin(messageId);
    }

    /**
     * Keeps the recipe of one of the bot's paged replies (too long for its buttons) under {@code key}, so that its
     * pages can be composed again after a restart; see {@link ModerationStore#keepRecipe}.
     */
    public void keepRecipe(String key, String recipe) {
        store.keepRecipe(key, recipe, now());
    }

    /** The recipe kept under {@code key}, if any. */
    public Optional<String> recipe(String key) {
        return store.recipe(key);
    }

    /** Told what changed whenever the figures may have changed: a correction, an undo, or a new corpus version. */
    public void onFiguresChanged(Consumer<String> listener) {
        corpus.onChange(listener);
    }

    /** Picks up changes other processes wrote to a shared database; see {@link CorrectedCorpus#reload()}. */
    public boolean reload() {
        return corpus.reload();
    }

    /** How often a long-running process (the bot) looks for changes other processes made. */
    public Duration reloadEvery() {
        return reloadEvery;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public String storeDescription() {
        return store.describe();
    }

    private Change record(CorrectedClaims.Entry entry, Change.Action action, Amendment before, Amendment after,
                          String reason, Actor actor) {
        ClaimRef ref = ClaimKeys.ref(entry.extracted(), entry.id());
        Change change = store.append(new Change.Draft(now(), actor, action, ref, before, after, reason(reason)));
        store.resolveReports(entry.id(), change.id());
        corpus.reload();
        return change;
    }

    private CorrectedClaims.Entry require(String claimId) {
        // an id is echoed in the refusal: without terminal controls
        String id = claimId == null ? "" : PlainText.oneLine(claimId).strip();
        if (id.isEmpty()) {
            throw new Refusal("give the claim's id (`tally figures --json` lists them)");
        }
        // ids are lower-case base 32 (ClaimKeys); one typed or pasted in capitals is the same id (trial 10)
        return corpus.current().find(id.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new Refusal(
                "no claim has the id '" + id
                + "' in the corpus now; `tally figures --json` lists the ids"));
    }

    private static String reason(@Nullable String reason) {
        // one line, without terminal controls: the reason is printed in the log and on Discord as typed
        String r = reason == null ? "" : PlainText.oneLine(reason).strip();
        if (r.isEmpty()) {
            throw new Refusal("every change needs a reason: say why (--reason \"...\")");
        }
        if (r.length() > REASON_LIMIT) {
            throw new Refusal("keep the reason to " + REASON_LIMIT + " characters");
        }
        return r;
    }
}
