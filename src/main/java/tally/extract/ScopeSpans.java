package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.config.PhraseMatcher;

/**
 * Phrases that bound what a figure counts, found by their structure (word lists in config/extraction.json,
 * {@code scopeSpans}) where a fixed marker list would need every modifier spelled out: an event noun phrase the
 * figure's clause sits in ("in a Ukrainian missile strike", "amid the fierce fighting", "over the 120-day mission")
 * is one incident; a counted span of time ("in only three days", "within two weeks"), a year ("in 2024", "in the fall
 * of 2024") and a span of months ("between January and February", "this past January", "in late December") are a
 * period (in the dev gold of round 21, all rows with such a phrase but one are read so, not as totals). A phrase before the
 * figure and cut off from it by a comma bounds it only when it opens its stretch ("In 2024, Pyongyang sent ..."): in
 * "under a pact signed in 2024, Pyongyang sent ..." the year dates the pact.
 */
final class ScopeSpans {

    private static final int MAX_MODIFIERS = 4;
    /** How many words after a figure its own noun phrase may run before a relative word opens its clause. */
    private static final int OWN_RELATIVE_REACH = 3;

    private final Set<String> eventPrepositions;
    private final PhraseMatcher incidentNouns;
    private final Set<String> eventFollowers;
    private final Set<String> eventDeterminers;
    private final Set<String> spanPrepositions;
    private final Set<String> spanFillers;
    private final Set<String> spanCounts;
    private final Set<String> spanUnits;
    private final PhraseMatcher yearLeadIns;
    private final PhraseMatcher monthLeadIns;
    private final PhraseMatcher months;
    private final Set<String> relativeOpeners;

    ScopeSpans(Map<String, List<String>> lists) {
        eventPrepositions = CompiledLexicon.lowerCased(lists.get("eventPrepositions"));
        incidentNouns = new PhraseMatcher(lists.get("incidentNouns"));
        eventFollowers = CompiledLexicon.lowerCased(lists.get("eventFollowers"));
        eventDeterminers = CompiledLexicon.lowerCased(lists.get("eventDeterminers"));
        spanPrepositions = CompiledLexicon.lowerCased(lists.get("spanPrepositions"));
        spanFillers = CompiledLexicon.lowerCased(lists.get("spanFillers"));
        spanCounts = CompiledLexicon.lowerCased(lists.get("spanCounts"));
        spanUnits = CompiledLexicon.lowerCased(lists.get("spanUnits"));
        yearLeadIns = new PhraseMatcher(lists.get("yearLeadIns"));
        monthLeadIns = new PhraseMatcher(lists.get("monthLeadIns"));
        months = new PhraseMatcher(lists.get("months"));
        relativeOpeners = CompiledLexicon.lowerCased(lists.get("relativeOpeners"));
    }

    /**
     * The phrases in s[from, to) that bound the figure at [figure, figureEnd), by the scope each gives: keys
     * "incident" and "period". The clause's words are read once for both.
     */
    Map<String, List<PhraseMatcher.Hit>> find(String s, int from, int to, int figure, int figureEnd) {
        SpanWords w = SpanWords.of(s, from, to);
        List<PhraseMatcher.Hit> incident = new ArrayList<>(2);
        List<PhraseMatcher.Hit> period = new ArrayList<>(2);
        events(s, w, from, to, figure, incident);
        counted(s, w, incident, period);
        dated(s, from, to, period);
        incident.removeIf(h -> !bounds(s, h, from, figure, figureEnd));
        period.removeIf(h -> !bounds(s, h, from, figure, figureEnd));
        return Map.of("incident", incident, "period", period);
    }

    /**
     * "in a failed bid to seize the village": a preposition, modifiers, an event noun, then a follower or a mark; or,
     * before the figure, the same noun phrase opening the clause as its subject ("A drone strike on the post killed").
     */
    private void events(String s, SpanWords w, int from, int to, int figure, List<PhraseMatcher.Hit> hits) {
        for (PhraseMatcher.Hit noun : incidentNouns.find(s, from, to)) {
            int after = w.indexAt(noun.end(), true);
            boolean closed = after < 0 || !w.joined(s, after - 1) || eventFollowers.contains(w.lower(s, after));
            int k = w.indexAt(noun.start(), false);
            if (!closed || k < 0) {
                continue;
            }
            for (int j = k - 1; j >= Math.max(0, k - 1 - MAX_MODIFIERS) && w.joined(s, j); j--) {
                boolean subject = j == 0 && noun.end() <= figure && eventDeterminers.contains(w.lower(s, j))
                        && s.substring(from, w.start(j)).chars().noneMatch(Character::isLetterOrDigit);
                if (eventPrepositions.contains(w.lower(s, j)) || subject) {
                    hits.add(new PhraseMatcher.Hit(s.substring(w.start(j), noun.end()), w.start(j), noun.end()));
                    break;
                }
            }
        }
    }

    /**
     * "in only three days" (a period) and "over the 120-day mission" (an incident): a preposition, fillers, a count,
     * then a plural unit, or a hyphen, a unit and the noun it sizes.
     */
    private void counted(String s, SpanWords w, List<PhraseMatcher.Hit> incident, List<PhraseMatcher.Hit> period) {
        for (int i = 0; i + 2 < w.size(); i++) {
            if (!spanPrepositions.contains(w.lower(s, i))) {
                continue;
            }
            int j = i + 1;
            while (j < w.size() && w.joined(s, j - 1) && spanFillers.contains(w.lower(s, j))) {
                j++;
            }
            if (j + 1 >= w.size() || !w.joined(s, j - 1) || !isCount(w.lower(s, j)) || !spanUnits.contains(w.lower(s, j + 1))) {
                continue;
            }
            String gap = s.substring(w.end(j), w.start(j + 1));
            boolean sized = gap.equals("-") && j + 2 < w.size() && w.joined(s, j + 1);
            int end = sized ? w.end(j + 2) : w.end(j + 1);
            if (sized || w.joined(s, j)) {
                (sized ? incident : period).add(new PhraseMatcher.Hit(s.substring(w.start(i), end), w.start(i), end));
            }
        }
    }

    /** "in 2024", "in the fall of 2024", "between January and February", "in late December". */
    private void dated(String s, int from, int to, List<PhraseMatcher.Hit> hits) {
        for (PhraseMatcher.Hit lead : yearLeadIns.find(s, from, to)) {
            int at = skipSpaces(s, lead.end(), to);
            if (at + 4 <= to && isYear(s, at) && (at + 4 == s.length() || !Character.isLetterOrDigit(s.charAt(at + 4)))) {
                hits.add(new PhraseMatcher.Hit(s.substring(lead.start(), at + 4), lead.start(), at + 4));
            }
        }
        for (PhraseMatcher.Hit lead : monthLeadIns.find(s, from, to)) {
            int at = skipSpaces(s, lead.end(), to);
            for (PhraseMatcher.Hit month : months.find(s, at, to)) {
                if (month.start() == at) {
                    hits.add(new PhraseMatcher.Hit(s.substring(lead.start(), month.end()), lead.start(), month.end()));
                }
                break;
            }
        }
    }

    /**
     * Whether a phrase bounds the figure at [figure, figureEnd) rather than another part of the sentence. Before the
     * figure across a comma, it must open its stretch (the clause, the sentence or the comma's); after the figure, no
     * comma may stand between ("of 11,000 troops sent, 1,000 were killed in three months"). A relative or subordinate
     * word between them ("where", "that") puts them in two clauses, unless it opens the figure's own relative clause
     * right after it ("11,000 troops who were sent in 2024").
     */
    private boolean bounds(String s, PhraseMatcher.Hit h, int from, int figure, int figureEnd) {
        boolean after = h.start() >= figureEnd;
        int gapFrom = after ? figureEnd : h.end();
        int gapTo = after ? h.start() : figure;
        if (gapFrom > gapTo) {
            return true;
        }
        SpanWords between = SpanWords.of(s, gapFrom, gapTo);
        for (int i = 0; i < between.size(); i++) {
            if (relativeOpeners.contains(between.lower(s, i)) && !(after && i <= OWN_RELATIVE_REACH)) {
                return false;
            }
        }
        boolean comma = s.indexOf(',', gapFrom) >= 0 && s.indexOf(',', gapFrom) < gapTo;
        if (!comma) {
            return true;
        }
        if (after) {
            return false;
        }
        for (int i = h.start() - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == ',') {
                return true;
            }
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean isCount(String word) {
        return spanCounts.contains(word) || (!word.isEmpty() && word.chars().allMatch(Character::isDigit));
    }

    private static boolean isYear(String s, int at) {
        return s.charAt(at) == '2' && s.charAt(at + 1) == '0'
                && Character.isDigit(s.charAt(at + 2)) && Character.isDigit(s.charAt(at + 3));
    }

    /** Past the spaces and the hyphen of "mid-October" between a lead-in and its month or year. */
    private static int skipSpaces(String s, int at, int to) {
        int i = at;
        while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

}
