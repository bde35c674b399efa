package tally.adapter.storage;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tally.app.moderation.Actor;
import tally.app.moderation.Change;
import tally.app.moderation.PinnedSummary;
import tally.app.moderation.Refusal;
import tally.app.moderation.Report;
import tally.app.port.ModerationStore;

/**
 * The {@link ModerationStore} in memory, for unit tests of the layers above: the same behaviour as the database
 * stores (the contract test runs against all three), including times kept to the millisecond. Thread-safe.
 */
public final class InMemoryModerationStore implements ModerationStore {

    private final List<Change> changes = new ArrayList<>();
    private final List<Report> reports = new ArrayList<>();
    private final Map<String, PinnedSummary> pins = new LinkedHashMap<>();
    private final Map<String, String> recipes = new LinkedHashMap<>();
    private long reportIds;

    @Override
    public synchronized Change append(Change.Draft d) {
        Change change = new Change(changes.size() + 1L, ms(d.at()), d.actor(), d.action(), d.target(), d.before(),
                d.after(), d.reason(), null, null);
        changes.add(change);
        return change;
    }

    @Override
    public synchronized Change undo(long changeId, Instant at, Actor actor, String reason) {
        if (changeId < 1 || changeId > changes.size()) {
            throw new Refusal("there is no change " + changeId + "; `claim log` lists them");
        }
        Change undone = changes.get((int) changeId - 1);
        if (!undone.inForce()) {
            throw new Refusal("change " + changeId + " is already undone (by change " + undone.undoneBy() + ")");
        }
        long id = changes.size() + 1L;
        Change undo = new Change(id, ms(at), actor, Change.Action.UNDO, undone.target(), undone.after(),
                undone.before(), reason, changeId, null);
        changes.add(undo);
        Long by = id;
        for (Change current = undone; ; ) {
            setUndoneBy(current.id(), by);
            if (current.undoes() == null) {
                break;
            }
            by = by == null ? current.id() : null;
            current = changes.get((int) (long) current.undoes() - 1);
        }
        return undo;
    }

    private void setUndoneBy(long changeId, Long by) {
        Change c = changes.get((int) changeId - 1);
        changes.set((int) changeId - 1, new Change(c.id(), c.at(), c.actor(), c.action(), c.target(), c.before(),
                c.after(), c.reason(), c.undoes(), by));
    }

    @Override
    public synchronized List<Change> changes() {
        return List.copyOf(changes);
    }

    @Override
    public synchronized long revision() {
        return changes.size();
    }

    @Override
    public synchronized Report.Filed file(Report draft) {
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.member().equals(draft.member()) && r.claim().id().equals(draft.claim().id())) {
                Report replaced = new Report(r.id(), r.member(), draft.claim(), draft.reason(), draft.text(),
                        ms(draft.at()), null);
                reports.set(i, replaced);
                return new Report.Filed(replaced, r.resolvedBy() == null);
            }
        }
        Report fresh = new Report(++reportIds, draft.member(), draft.claim(), draft.reason(), draft.text(),
                ms(draft.at()), null);
        reports.add(fresh);
        return new Report.Filed(fresh, false);
    }

    @Override
    public synchronized int reportsSince(Actor member, Instant since) {
        return (int) reports.stream().filter(r -> r.member().equals(member) && !r.at().isBefore(since)).count();
    }

    @Override
    public synchronized List<Report> openReports() {
        return reports.stream().filter(r -> r.resolvedBy() == null)
                .sorted(Comparator.comparing(Report::at).thenComparing(Report::id).reversed()).toList();
    }

    @Override
    public synchronized int resolveReports(String claimId, long changeId) {
        int count = 0;
        for (int i = 0; i < reports.size(); i++) {
            Report r = reports.get(i);
            if (r.claim().id().equals(claimId) && r.resolvedBy() == null) {
                reports.set(i, new Report(r.id(), r.member(), r.claim(), r.reason(), r.text(), r.at(), changeId));
                count++;
            }
        }
        return count;
    }

    @Override
    public synchronized void savePin(PinnedSummary pin) {
        PinnedSummary earlier = pins.get(pin.messageId());
        PinnedSummary kept = earlier == null ? pin : earlier.updated(pin.updatedAt(), pin.version(), pin.shown());
        pins.put(pin.messageId(), new PinnedSummary(kept.guildId(), kept.channelId(), kept.messageId(),
                ms(kept.postedAt()), ms(kept.updatedAt()), kept.version(), kept.shown()));
    }

    @Override
    public synchronized List<PinnedSummary> pins() {
        return pins.values().stream().sorted(Comparator.comparing(PinnedSummary::postedAt)
                .thenComparing(PinnedSummary::messageId)).toList();
    }

    @Override
    public synchronized boolean removePin(String messageId) {
        return pins.remove(Objects.requireNonNull(messageId)) != null;
    }

    @Override
    public synchronized void keepRecipe(String key, String recipe, Instant at) {
        recipes.putIfAbsent(Objects.requireNonNull(key), Objects.requireNonNull(recipe));
    }

    @Override
    public synchronized java.util.Optional<String> recipe(String key) {
        return java.util.Optional.ofNullable(recipes.get(key));
    }

    @Override
    public String describe() {
        return "in memory";
    }

    @Override
    public void close() {
        // nothing held
    }

    private static Instant ms(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }
}
