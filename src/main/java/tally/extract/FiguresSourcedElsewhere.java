package tally.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * Round 65: a figure the article states with no source in one sentence and with a source in another. A lead sums up
 * what its body attributes ("North Korea sent 5,000 workers to Russia." then "The NIS reported that around 5,000 were
 * sent"), and a later paragraph goes on with a figure its source gave before ("The death toll stands at 600." after
 * "the NIS says ... around 600 confirmed dead"): the unsourced figure is the sourced one's, so it takes that claimant
 * (and relay). The two sentences are tied only by the figure, so the claimant is marked uncertain with {@link #REASON}.
 *
 * <p>The same figure is the same metric and the same stated bounds: "around 600" and "600" are one figure, "more than
 * 11,000" and "roughly 11,000" are not. When several sources give it, the one nearest in the article's order is taken
 * (a lead is summed up from what follows it; a restatement goes on from what precedes it); two equally near name no
 * single source, nor does a vague figure ("hundreds"), and those are left without one, as is a figure whose missing
 * source was itself read with doubt. An outlet described but not named ("Foreign media have reported", {@link
 * WeakEvidence#OUTLET_UNNAMED}) names no source either: its figure takes the named one's, and gives none. A sentence that
 * says someone reports its figure without naming who ({@code hearsayMarkers}: "is reportedly estimated at", or a
 * participle of hearsay before "to": "believed to number") has a source of its own, unnamed, and keeps it.
 */
final class FiguresSourcedElsewhere {

    /** Why a figure with no source of its own takes the source of the same figure in another sentence. */
    static final String REASON = "the article gives the same figure with its source in another sentence";

    private final PhraseMatcher hearsayMarkers;
    private final Pattern hearsayPassive;

    FiguresSourcedElsewhere(PhraseMatcher hearsayMarkers, List<String> hearsayParticiples) {
        this.hearsayMarkers = hearsayMarkers;
        this.hearsayPassive = Pattern.compile("(?i)\\b" + Alternatives.anyOf(hearsayParticiples) + "\\s+to\\b");
    }

    List<ArticleExtractor.Extracted> carry(List<ArticleExtractor.Extracted> found) {
        Map<String, List<Integer>> sourced = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            Claim c = found.get(i).claim();
            String key = key(c);
            if (key != null && c.claimant().known() && !described(c)) {
                sourced.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<ArticleExtractor.Extracted> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            ArticleExtractor.Extracted e = found.get(i);
            Claim c = e.claim();
            String key = key(c);
            boolean unsourced = !c.claimant().known() && c.certainty().claimant().certain() || described(c);
            Claim source = key == null || !unsourced || hearsay(c) ? null
                    : nearest(found, sourced.getOrDefault(key, List.of()), i);
            out.add(source == null ? e : new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(),
                    source.claimant(), source.relayedBy(), c.claimDate(), c.sources(), c.scope(),
                    c.certainty().withClaimant(Certainty.Field.doubt(REASON,
                    described(c) ? c.claimant().name() : null))), e.pending()));
        }
        return out;
    }

    /**
     * The sourced claim nearest the claim at {@code at} in the article's order (claims are found sentence by sentence),
     * or null when none is, or when two of other sources stand equally near.
     */
    private static @Nullable Claim nearest(List<ArticleExtractor.Extracted> found, List<Integer> sourced, int at) {
        if (sourced.isEmpty()) {
            return null;
        }
        int k = Collections.binarySearch(sourced, at);
        int after = k >= 0 ? k : -k - 1;
        Claim before = after > 0 ? found.get(sourced.get(after - 1)).claim() : null;
        Claim next = after < sourced.size() ? found.get(sourced.get(after)).claim() : null;
        if (before == null || next == null) {
            return before == null ? next : before;
        }
        int toBefore = at - sourced.get(after - 1);
        int toNext = sourced.get(after) - at;
        if (toBefore != toNext) {
            return toBefore < toNext ? before : next;
        }
        return sameSource(before, next) ? before : null;
    }

    /** "Foreign media have reported": an outlet described, not named, which names no source either. */
    private static boolean described(Claim c) {
        return WeakEvidence.OUTLET_UNNAMED.equals(c.certainty().claimant().reason());
    }

    /** The figure's sentence reports it as someone's without naming who. */
    private boolean hearsay(Claim c) {
        String s = c.sources().get(0).quote();
        return hearsayMarkers.containsIn(s, 0, s.length()) || hearsayPassive.matcher(s).find();
    }

    /** The metric and the stated bounds; null for a vague figure, which no bound ties to another. */
    private static String key(Claim c) {
        if (c.figure().vague()) {
            return null;
        }
        return c.metric().id() + "|" + c.figure().low() + "|" + c.figure().high();
    }

    private static boolean sameSource(Claim a, Claim b) {
        Claimant ra = a.relayedBy();
        Claimant rb = b.relayedBy();
        return a.claimant().id().equals(b.claimant().id())
                && Objects.equals(ra == null ? null : ra.id(), rb == null ? null : rb.id());
    }
}
