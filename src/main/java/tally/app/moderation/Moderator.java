package tally.app.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tally.app.port.ModerationStore;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.ClaimField;
import tally.model.PlainText;

/**
 * The moderators' use cases: hide or correct a claim (always with a reason), undo any change, read the log; members'
 * reports and the list moderators work from; the pinned summaries kept current. Every change is written to the store
 * before it acts, and acts at once (the corrected corpus reloads). Time comes from the injected clock. Thread-safe.
 */
public final class Moderator {

    /** The longest reason a change may give. */
    public static final int REASON_LIMIT = 500;
    static final int YEARS_BEFORE_REPORTS = 5;

    private final ModerationStore store;
    private final CorrectedCorpus corpus;
    private final FixReader fixes;
    private final Clock clock;
    private final int reportsPerHour;
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
        if (reportsPerHour < 1) {
            throw new IllegalArgumentException("reportsPerHour must be at least 1");
        }
        this.reportsPerHour = reportsPerHour;
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
        refuseDateAfterItsReports(entry, after);
        Amendment before = Amendments.current(Objects.requireNonNull(entry.shown()), after.fields());
        if (Amendments.changesNothing(entry.shown(), after)) {
            throw new Refusal("claim " + entry.id() + " already shows these values; nothing to change"
                    + aliasNote("--claimant", fix.claimant(), after.claimant())
                    + aliasNote("--relay", fix.relay(), after.relay()));
        }
        return record(entry, Change.Action.FIX, before, after, reason, actor);
    }

    /**
     * Why a typed source changed nothing when the directory read it as a claimant the claim already has: "Westerners"
     * is a name of "Western officials (unnamed)", which the moderator could not tell from "nothing to change" (trial
     * 8). Empty when the words typed were the id or the name shown, or named no listed claimant.
     */
    private static String aliasNote(String option, @Nullable String typed, @Nullable Claimant read) {
        if (typed == null || read == null || !read.listed() || typed.equalsIgnoreCase(read.id())
                || typed.equalsIgnoreCase(read.name())) {
            return "";
        }
        return "; " + option + " '" + typed + "' is a name of " + read.name() + " (id " + read.id()
                + ") in config/claimants.json, which the claim has already";
    }

    /**
     * A claim is made before any article reports it: a claim date after the latest publication date of its sources
     * (a month after that publication's month) is a slip, refused with what would be possible. So is a date more than
     * {@value #YEARS_BEFORE_REPORTS} years before its earliest report ("0001-01-01", "2204" typed as "2024"'s slip the
     * other way): the war these figures count is younger than that, and a reply would state the slip as the claim date.
     */
    private static void refuseDateAfterItsReports(CorrectedClaims.Entry entry, Amendment after) {
        tally.model.ClaimDate date = after.date();
        if (date == null || date.date() == null) {
            return;
        }
        List<java.time.LocalDate> reported = Objects.requireNonNull(entry.shown()).sources().stream()
                .map(tally.model.Source::published).filter(Objects::nonNull).map(tally.model.Published::date).toList();
        if (reported.isEmpty()) {
            return;
        }
        java.time.LocalDate latest = java.util.Collections.max(reported);
        // a month is stored as its first day, so it is compared with the first day of the latest report's month
        boolean month = date.precision() == tally.model.DatePrecision.MONTH;
        if (date.date().isAfter(month ? latest.withDayOfMonth(1) : latest)) {
            throw new Refusal("claim " + entry.id() + " is reported on " + latest + " at the latest, so it was made by "
                    + "then; a claim date of " + date.iso() + " is after it");
        }
        java.time.LocalDate earliest = java.util.Collections.min(reported);
        // five years to the day, as the README promises (it was rounded down to 1 January, so a date nearly six years
        // before was let through: trial 8); a month counts by its last day, as any day of it may be meant
        java.time.LocalDate floor = earliest.minusYears(YEARS_BEFORE_REPORTS);
        java.time.LocalDate latestMeant = month ? date.date().withDayOfMonth(date.date().lengthOfMonth()) : date.date();
        if (latestMeant.isBefore(floor)) {
            throw new Refusal("claim " + entry.id() + " is first reported on " + earliest + "; a claim date of "
                    + date.iso() + " is more than " + YEARS_BEFORE_REPORTS + " years before it, which looks like a slip"
                    + " (the earliest accepted is " + floor + ")");
        }
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
        List<Change> changes = store.changes();
        List<LogEntry> entries = new ArrayList<>();
        // newest first, so each fix is checked against the fields later fixes of its claim set again
        Map<String, Set<ClaimField>> setLater = new HashMap<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            Change c = changes.get(i);
            LogEntry e = entry(c, current);
            if (e.state() == LogEntry.State.IN_FORCE && c.action() == Change.Action.FIX) {
                Set<ClaimField> later = setLater.computeIfAbsent(Objects.requireNonNull(c.target()).id(),
                        k -> java.util.EnumSet.noneOf(ClaimField.class));
                if (later.containsAll(c.after().fields())) {
                    e = new LogEntry(c, LogEntry.State.SUPERSEDED, e.claimId());
                }
                later.addAll(c.after().fields());
            }
            entries.add(e);
        }
        return entries;
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
        CorrectedClaims.Entry entry = require(claimId);
        Instant now = now();
        if (store.reportsSince(member, now.minus(Duration.ofHours(1))) >= reportsPerHour) {
            throw new Refusal("you have sent " + reportsPerHour + " reports in the last hour, the most Tally takes; "
                    + "try again later. Thank you for checking the figures.");
        }
        String note = text == null || text.isBlank() ? null : PlainText.neutralised(text).strip();
        note = note == null || note.isEmpty() ? null : note;
        if (note != null && note.length() > Report.TEXT_LIMIT) {
            throw new Refusal("keep it to " + Report.TEXT_LIMIT + " characters");
        }
        if (reason == Report.Reason.OTHER && note == null) {
            throw new Refusal("say in a few words what is wrong with this figure");
        }
        ClaimRef ref = ClaimKeys.ref(entry.extracted(), entry.id());
        return store.file(new Report(0, member, ref, reason, note, now, null));
    }

    /** Open reports grouped by figure, the most recently reported first. */
    public List<ReportedFigure> reports() {
        Map<String, List<Report>> byClaim = new LinkedHashMap<>();
        for (Report r : store.openReports()) {
            byClaim.computeIfAbsent(r.claim().id(), k -> new ArrayList<>()).add(r);
        }
        CorrectedClaims current = corpus.current();
        List<ReportedFigure> figures = new ArrayList<>();
        byClaim.forEach((id, reports) -> {
            Map<Report.Reason, Integer> reasons = new EnumMap<>(Report.Reason.class);
            List<String> texts = new ArrayList<>();
            for (Report r : reports) {
                reasons.merge(r.reason(), 1, Integer::sum);
                if (r.text() != null) {
                    texts.add(r.text());
                }
            }
            Claim shown = current.locate(reports.get(0).claim()).map(CorrectedClaims.Entry::shown).orElse(null);
            figures.add(new ReportedFigure(id, reports.get(0).claim(), reports.size(), reports.get(0).at(), reasons,
                    texts, shown));
        });
        return figures;
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

    private static LogEntry entry(Change c, CorrectedClaims current) {
        if (!c.inForce()) {
            return new LogEntry(c, LogEntry.State.UNDONE, current.locate(Objects.requireNonNull(c.target()))
                    .map(CorrectedClaims.Entry::id).orElse(null));
        }
        Optional<CorrectedClaims.Entry> on = c.action() == Change.Action.UNDO
                ? current.locate(Objects.requireNonNull(c.target())) : current.actedOn(c);
        if (c.action() == Change.Action.UNDO) {
            return new LogEntry(c, LogEntry.State.IN_FORCE, on.map(CorrectedClaims.Entry::id).orElse(null));
        }
        return on.map(e -> new LogEntry(c, LogEntry.State.IN_FORCE, e.id()))
                .orElseGet(() -> new LogEntry(c, LogEntry.State.CLAIM_MISSING, null));
    }
}
