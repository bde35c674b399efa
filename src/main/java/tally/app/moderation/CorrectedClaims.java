package tally.app.moderation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimField;
import tally.model.ClaimOrder;
import tally.model.Moderation;

/**
 * One corpus version's claims with their ids and the corrections in force applied: a change acts on the claim
 * {@link ClaimFinder} finds for it, later changes win field by field, and a hidden claim leaves the list (it stays
 * findable by id, for the log and for moderators). A change whose claim is gone is listed in {@link #missing()}.
 * Immutable.
 */
public final class CorrectedClaims {

    /** One claim as extracted and as shown. {@code shown} is null when hidden. */
    public record Entry(String id, Claim extracted, @Nullable Claim shown) {
        public boolean hidden() {
            return shown == null;
        }
    }

    private final List<Entry> entries;
    private final List<Claim> extracted;
    private final String[] ids;
    /** Built on first need: a corpus version nobody corrects or looks a claim up in never pays for it. */
    private volatile @Nullable ClaimFinder finder;
    private final List<Claim> shownNewestFirst;
    private final Map<Long, String> foundIds;
    private final List<Change> missing;
    private final boolean changesAnything;

    /** @param extracted the claims of one corpus version, newest first (as {@code CorpusIndex.claims} returns them) */
    public CorrectedClaims(List<Claim> extracted, List<Change> log) {
        extracted = List.copyOf(extracted);
        this.extracted = extracted;
        this.ids = ids(extracted);
        Amendment[] effective = new Amendment[extracted.size()];
        Map<Long, String> found = new HashMap<>();
        List<Change> lost = new ArrayList<>();
        for (Change change : log) {
            if (change.action() == Change.Action.UNDO || !change.inForce() || change.target() == null) {
                continue;
            }
            int at = finder().find(change.target());
            if (at < 0) {
                lost.add(change);
                continue;
            }
            found.put(change.id(), ids[at]);
            effective[at] = (effective[at] == null ? Amendment.NONE : effective[at]).then(change.after());
        }
        List<Entry> all = new ArrayList<>(extracted.size());
        List<Claim> shown = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            Claim claim = apply(extracted.get(i), effective[i], ids[i]);
            all.add(new Entry(ids[i], extracted.get(i), claim));
            if (claim != null) {
                shown.add(claim);
            }
        }
        if (!found.isEmpty()) {
            // a corrected date or metric can move a claim; otherwise the claims came in the port's order already
            shown.sort(ClaimOrder.NEWEST_FIRST);
        }
        this.entries = Collections.unmodifiableList(all);
        this.shownNewestFirst = Collections.unmodifiableList(shown);
        this.foundIds = Map.copyOf(found);
        this.missing = List.copyOf(lost);
        this.changesAnything = !found.isEmpty();
    }

    private ClaimFinder finder() {
        ClaimFinder f = finder;
        if (f == null) {
            f = new ClaimFinder(extracted, ids);
            finder = f;
        }
        return f;
    }

    /** Claims as replies show them, newest first; hidden ones left out. */
    public List<Claim> shown() {
        return shownNewestFirst;
    }

    /** The claim with this id: its shown id, or the key of any of its sources. Empty when none or ambiguous. */
    public Optional<Entry> find(String id) {
        List<Integer> at = finder().byId(id);
        return at.size() == 1 ? Optional.of(entries.get(at.get(0))) : Optional.empty();
    }

    /** The entry a change acts on now, or empty when its claim is gone (or the change is not in force). */
    public Optional<Entry> actedOn(Change change) {
        String id = foundIds.get(change.id());
        return id == null ? Optional.empty() : find(id);
    }

    /** Where a change would find its claim, in force or not. */
    public Optional<Entry> locate(ClaimRef ref) {
        int at = finder().find(ref);
        return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    /** Hides and fixes in force whose claim no longer exists, oldest first. */
    public List<Change> missing() {
        return missing;
    }

    /** False when no change in force acts on any claim: replies then show the extraction as it is. */
    public boolean changesAnything() {
        return changesAnything;
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * Shown ids: the first source's key, with the metric added when two claims share that key, and a number after it
     * when even that is shared. Deterministic for the same extraction.
     */
    static String[] ids(List<Claim> claims) {
        String[] base = new String[claims.size()];
        Map<String, Integer> uses = new HashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            base[i] = ClaimKeys.of(claims.get(i));
            uses.merge(base[i], 1, Integer::sum);
        }
        String[] ids = new String[claims.size()];
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            if (uses.get(base[i]) == 1) {
                ids[i] = base[i];
                continue;
            }
            String withMetric = base[i] + "-" + claims.get(i).metric().id();
            int n = seen.merge(withMetric, 1, Integer::sum);
            ids[i] = n == 1 ? withMetric : withMetric + "_" + n;
        }
        return ids;
    }

    /** The claim with the amendment applied; null when hidden. A corrected field counts as read for sure. */
    static @Nullable Claim apply(Claim c, @Nullable Amendment a, String id) {
        if (a == null) {
            return c.withModeration(Moderation.id(id));
        }
        if (Boolean.TRUE.equals(a.hidden())) {
            return null;
        }
        Certainty certainty = c.certainty();
        if (a.metric() != null) {
            certainty = certainty.withMetric(Certainty.Field.SURE);
        }
        if (a.claimant() != null) {
            certainty = certainty.withClaimant(Certainty.Field.SURE);
        }
        if (a.date() != null) {
            certainty = certainty.withDate(Certainty.Field.SURE);
        }
        Claim corrected = new Claim(a.metric() != null ? a.metric() : c.metric(), c.figure(),
                a.claimant() != null ? a.claimant() : c.claimant(), a.relaySet() ? a.relay() : c.relayedBy(),
                c.claimDate(), c.sources(), a.scope() != null ? a.scope() : c.scope(),
                certainty, new Moderation(id, changed(c, a)));
        // trial 17: a source that gave the claim the date read gives it the corrected one too, so `figures --json`'s
        // sources[].claimDate agrees with the claim's; a source that dated it on its own keeps its date
        return a.date() != null ? corrected.withClaimDate(a.date()) : corrected;
    }

    /**
     * The fields the amendment changes from what was read: one set back to the value read for sure (a scope made a
     * period and then a total again) is no correction, and a reply called it corrected (trial 10). A value confirmed
     * that had been read with doubt is one: the doubt is gone.
     */
    private static java.util.Set<ClaimField> changed(Claim c, Amendment a) {
        java.util.Set<ClaimField> fields = java.util.EnumSet.noneOf(ClaimField.class);
        for (ClaimField field : a.fields()) {
            boolean same = switch (field) {
                case METRIC -> a.metric() == c.metric() && c.certainty().metric().certain();
                case CLAIMANT -> a.claimant().equals(c.claimant()) && c.certainty().claimant().certain();
                case RELAY -> java.util.Objects.equals(a.relay(), c.relayedBy());
                case DATE -> a.date().equals(c.claimDate()) && c.certainty().date().certain();
                case SCOPE -> a.scope() == c.scope();
            };
            if (!same) {
                fields.add(field);
            }
        }
        return fields;
    }
}
