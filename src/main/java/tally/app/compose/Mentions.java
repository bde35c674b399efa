package tally.app.compose;

import java.util.List;
import tally.app.FigureQuery;
import tally.app.answer.NumberAsked;
import tally.app.answer.ParsedQuestion;
import tally.app.port.CorpusIndex;
import tally.model.Claim;
import tally.model.Figure;

/**
 * For "did 10,000 die?": the claims of any metric (within the question's claimant and period) that state that
 * number as one of their bounds, all of them, those of the measures asked first, so the reply can say what each counts
 * instead of yes or no, and how many it leaves out.
 */
final class Mentions {

    private Mentions() {
    }

    static List<Claim> of(ParsedQuestion parsed, ClaimFilter filter, CorpusIndex index, Increments increments) {
        NumberAsked asked = parsed.number();
        if (asked == null) {
            return List.of();
        }
        // each number the question names ("is it 600 or 2000 dead?" had checked 600 alone)
        List<Claim> all = index.claims(FigureQuery.all()).stream().filter(filter).toList();
        java.util.LinkedHashSet<Claim> found = new java.util.LinkedHashSet<>();
        for (NumberAsked number : asked.all()) {
            if (number.count()) {
                found.addAll(stating(all, parsed.metrics(), number.value(), increments));
            }
        }
        return List.copyOf(found);
    }

    private static List<Claim> stating(List<Claim> claims, java.util.Set<tally.model.Metric> asked, long value,
                                       Increments increments) {
        // the measures asked first, each part newest first: a check of the killed or wounded on a corpus with a dozen
        // newer troops-sent figures of that number had its own claims cut off by the limit, and said no source states
        // it (trial 9's follow-up, "who said 3,000 were killed or wounded?"). Every one is kept: the reply chooses
        // which to list (each claimant's first, oldest first) and counts the rest (trial 18; render.CheckedClaims).
        return claims.stream()
                .filter(c -> states(c.figure(), value))
                .sorted(java.util.Comparator.comparingInt(c -> asked.contains(c.metric()) ? 0 : 1))
                .map(increments::rescope)
                .toList();
    }

    /**
     * For a check that names a source ("did the Pentagon say 12,000 were sent?"): the claims of other sources that
     * state the number, so the reply can say who does; empty when the question names no source.
     *
     * @param anySource the question's period alone, with no source
     * @param bySource  what {@link #of} found for the source asked
     */
    static List<Claim> elsewhere(ParsedQuestion parsed, ClaimFilter anySource, CorpusIndex index, Increments increments,
                                 List<Claim> bySource) {
        if (parsed.claimant() == null && parsed.partyId() == null && parsed.unknownSource() == null) {
            return List.of();
        }
        return of(parsed, anySource, index, increments).stream().filter(c -> !bySource.contains(c)).toList();
    }

    static boolean states(Figure f, long value) {
        return f.low() != null && f.low() == value || f.high() != null && f.high() == value;
    }
}
