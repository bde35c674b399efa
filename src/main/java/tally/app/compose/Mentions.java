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
 * number as one of their bounds, newest first, so the reply can say what each counts instead of yes or no.
 */
final class Mentions {

    static final int LIMIT = 12;

    private Mentions() {
    }

    static List<Claim> of(ParsedQuestion parsed, ClaimFilter filter, CorpusIndex index, Increments increments) {
        NumberAsked number = parsed.number();
        if (number == null) {
            return List.of();
        }
        return index.claims(FigureQuery.all()).stream()
                .filter(filter)
                .filter(c -> states(c.figure(), number.value()))
                .map(increments::rescope)
                .limit(LIMIT)
                .toList();
    }

    static boolean states(Figure f, long value) {
        return f.low() != null && f.low() == value || f.high() != null && f.high() == value;
    }
}
