package tally.extract;

import java.util.List;
import java.util.Locale;

/**
 * Where the clause around a position starts and ends (";", ", meaning", ", which", " but " ... from the lexicon), so
 * that the words read for one figure are not another clause's: "sent 11,000 troops, meaning that more than half ...
 * became casualties" counts troops sent, not casualties.
 */
final class Clauses {

    private final List<String> breaks;

    Clauses(List<String> breaks) {
        this.breaks = breaks;
    }

    int before(String s, int position) {
        String lower = s.substring(0, position).toLowerCase(Locale.ROOT);
        int best = 0;
        for (String br : breaks) {
            int at = lower.lastIndexOf(br);
            if (at >= 0) {
                best = Math.max(best, at + br.length());
            }
        }
        return best;
    }

    int after(String s, int position) {
        String lower = s.toLowerCase(Locale.ROOT);
        int best = s.length();
        for (String br : breaks) {
            int at = lower.indexOf(br, position);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }
}
