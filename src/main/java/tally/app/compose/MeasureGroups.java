package tally.app.compose;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Revision;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.ClaimOrder;
import tally.model.Metric;

import static tally.app.compose.AnswerComposer.SHOWN_PER_GROUP;
import static tally.app.compose.AnswerComposer.SHOWN_REVISIONS;

/**
 * An answer's figures by measure ({@link FigureGroup}): each measure's newest claims (or each claimant's first, oldest
 * first) with both ends of its spread, those read for sure before those read with doubt, and its newest revisions; the
 * combined killed-or-wounded figures beside the killed or the wounded, never merged. The groups over the whole corpus
 * are worked out once per corpus version. Thread-safe.
 */
final class MeasureGroups {

    private final ClaimantDirectory directory;
    /**
     * A metric's group over the whole corpus (no claimant, party or period asked) changes only with the corpus, so it
     * is worked out once per corpus version: on thousands of claims the spread and revisions cost more than the rest.
     */
    private final AtomicReference<VersionGroups> wholeCorpusGroups =
            new AtomicReference<>(new VersionGroups("", new ConcurrentHashMap<>()));

    /** The cached groups of one corpus version; a map is only ever filled from claims of its own version. */
    private record VersionGroups(String version, Map<String, FigureGroup> groups) {
    }

    MeasureGroups(ClaimantDirectory directory) {
        this.directory = directory;
    }

    /**
     * The cache of whole-corpus groups when the question's groups are those of the listing over the whole corpus (no
     * source, period, side, latest, earliest or revisions asked), else null.
     */
    @Nullable Map<String, FigureGroup> cacheFor(ParsedQuestion parsed, ClaimFilter filter, String version) {
        // a question about revisions shows every one, where a listing shows the newest few
        boolean revisionsAsked = parsed.intent() == Intent.REVISIONS;
        boolean sameAsListing = parsed.intent() != Intent.LATEST && parsed.intent() != Intent.EARLIEST
                && !parsed.sideBySide() && !revisionsAsked;
        return filter.keepsEverything() && sameAsListing ? groupsOf(version) : null;
    }

    /**
     * A group per measure of {@code wanted} that has claims among {@code claims} (newest first), or that the question
     * named; {@code cache} from {@link #cacheFor}.
     */
    List<FigureGroup> of(Set<Metric> wanted, Set<Metric> related, List<Claim> claims, ParsedQuestion parsed,
                         ClaimFilter filter, @Nullable Map<String, FigureGroup> cache) {
        boolean revisionsAsked = parsed.intent() == Intent.REVISIONS;
        List<FigureGroup> groups = new ArrayList<>();
        for (Metric metric : wanted) {
            boolean isRelated = related.contains(metric);
            // A metric the question named keeps its (empty) group, so the reply can say it has no figures.
            boolean named = !parsed.metrics().isEmpty() && !isRelated;
            List<Claim> all = claims;
            FigureGroup group = cache != null
                    ? cache.computeIfAbsent(metric.id() + "|" + isRelated, k -> group(metric, all, isRelated,
                    SHOWN_REVISIONS, false))
                    : group(metric, claims, isRelated, revisionsAsked ? Integer.MAX_VALUE : SHOWN_REVISIONS,
                    parsed.intent() == Intent.EARLIEST);
            if (parsed.sideBySide()) {
                group = group.withSides(Comparison.sides(parsed.compared(), filter, group.claims()));
            }
            if (!group.claims().isEmpty() || named) {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * The cache for this corpus version. A request still on the previous version during a reload gets a map of its
     * own, so it can never leave its groups in the cache of the new version.
     */
    private Map<String, FigureGroup> groupsOf(String version) {
        VersionGroups current = wholeCorpusGroups.get();
        if (current.version().equals(version)) {
            return current.groups();
        }
        VersionGroups fresh = new VersionGroups(version, new ConcurrentHashMap<>());
        wholeCorpusGroups.compareAndSet(current, fresh);
        return fresh.groups();
    }

    /**
     * @param claims         the metric's claims, newest first (oldest first when {@code oldestFirst})
     * @param shownRevisions how many of the newest revisions the group keeps
     * @param oldestFirst    the claims are each claimant's first figures, shown oldest first as the reply says
     */
    private FigureGroup group(Metric metric, List<Claim> claims, boolean related, int shownRevisions,
                              boolean oldestFirst) {
        List<Claim> mine = claims.stream().filter(c -> c.metric() == metric).toList();
        Spread spread = Spread.of(mine);
        List<Revision> revisions = Revisions.of(mine, directory::speaksWithManyVoices);
        List<Claim> shown = sureFirst(shown(mine, spread, oldestFirst));
        int undated = (int) mine.stream().filter(c -> !c.claimDate().known()).count();
        return new FigureGroup(metric, shown, spread.lowest(), spread.highest(),
                revisions.subList(0, Math.min(shownRevisions, revisions.size())), related, mine.size(), undated,
                List.of());
    }

    /**
     * The first claims of the list (the newest, or the oldest when {@code oldestFirst}), and both ends of the spread
     * even when beyond them, each with its sources, in the list's own order: a reply that says "oldest first" had
     * listed the oldest twelve newest first (trial 9).
     */
    private static List<Claim> shown(List<Claim> ordered, Spread spread, boolean oldestFirst) {
        if (ordered.size() <= SHOWN_PER_GROUP) {
            return ordered;
        }
        List<Claim> shown = new ArrayList<>(ordered.subList(0, SHOWN_PER_GROUP));
        for (Claim end : new Claim[] {spread.lowest(), spread.highest()}) {
            if (end != null && !shown.contains(end)) {
                shown.add(end);
            }
        }
        shown.sort(oldestFirst ? ClaimOrder.NEWEST_FIRST.reversed() : ClaimOrder.NEWEST_FIRST);
        return shown;
    }

    /**
     * The claims read for sure first, then those read with doubt, each part in the order it had: a claim whose claimant,
     * measure or date is uncertain (a figure the source denies, a claimant from a previous sentence) never heads a
     * measure's list, where a reader takes the first line for the newest word on it (trial 13: "12,000 — claimant
     * uncertain: the figure is one the source denies" headed the pinned summary's troops sent). It is still listed,
     * labelled, as an uncertain claim never starts a revision, ends a spread or joins a merge.
     */
    static List<Claim> sureFirst(List<Claim> ordered) {
        if (ordered.stream().allMatch(c -> c.certainty().allCertain())) {
            return ordered;
        }
        List<Claim> sure = new ArrayList<>(ordered.size());
        ordered.stream().filter(c -> c.certainty().allCertain()).forEach(sure::add);
        ordered.stream().filter(c -> !c.certainty().allCertain()).forEach(sure::add);
        return List.copyOf(sure);
    }

    /** Deaths and injuries are also counted together by some claimants; show those figures beside, never merged. */
    static Set<Metric> related(Set<Metric> asked) {
        Set<Metric> related = EnumSet.noneOf(Metric.class);
        if ((asked.contains(Metric.KILLED) || asked.contains(Metric.WOUNDED)) && !asked.contains(Metric.KILLED_OR_WOUNDED)) {
            related.add(Metric.KILLED_OR_WOUNDED);
        }
        return related;
    }
}
