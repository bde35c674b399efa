package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;
import tally.model.Scope;

/**
 * Whether a figure counts a part of the force or the whole of its measure, from the structure around it (words in
 * config/extraction.json, {@code figureFrames}: partMarkersBefore, partQualifiers, partMarkersClosing, specialtyNouns,
 * incrementsAfter). A part: one introduced after a larger whole of the same sentence ("14,000 troops, including
 * 3,000 ...", "12,000, among them 500 officers"), one cut out of a group ("8,000 of them", "8,000 out of the 10,000"),
 * one added to a force already counted ("1,500 more soldiers"), and the share of a planned deployment that has
 * already arrived. Not a part: a casualty figure that "of whom", "another" or "thousands more" joins to a figure of
 * another measure ("300 killed and another 2,700 wounded", "sent 15,000, of whom 600 have died"): the labelled corpus
 * reads it as the toll of its own measure, unless a kind within the force names it ("of whom 300 engineers").
 */
final class ForceParts {

    /**
     * "8,000 of them", "8,000 out of the 10,000", "4,000 of those troops": cut out of a group named before; not
     * "thousands of troops", where "of" only names what the number counts.
     */
    private static final Pattern PARTITIVE = Pattern.compile(
            "(?i)\\s+(?:out\\s+of\\s|of\\s+(?:them|these|those|the)\\b)");
    /** How far after its number a figure's noun may stand ("300 North Korean combat engineers"). */
    private static final int NOUN_REACH = 40;
    /** The words right before a part (past its qualifier): "troops, including", "12,000, among them". */
    private final Pattern partBefore;
    /** A marker that closes the part's own clause: "500 officers and three generals among them". */
    private final PhraseMatcher partClosing;
    private final PhraseMatcher specialties;
    private final Pattern incrementAfter;
    /** "already": the part of a planned deployment that has arrived ("1,000 engineers have already arrived"). */
    private final PhraseMatcher arrived;
    private final CompiledLexicon lex;
    private final FigureReferences references;

    ForceParts(CompiledLexicon lex) {
        Map<String, List<String>> frames = lex.figureFrameWords;
        this.lex = lex;
        this.references = new FigureReferences(lex);
        arrived = new PhraseMatcher(frames.get("arrivedAdverbs"));
        partBefore = Pattern.compile("(?i)(?:^|\\W)" + Alternatives.anyOf(frames.get("partMarkersBefore"))
                + "(?:\\s+" + Alternatives.anyOf(frames.get("partQualifiers")) + ")?[\\s,]*$");
        partClosing = new PhraseMatcher(frames.get("partMarkersClosing"));
        specialties = new PhraseMatcher(frames.get("specialtyNouns"));
        incrementAfter = Pattern.compile("(?i)\\s+" + Alternatives.anyOf(frames.get("incrementsAfter"))
                + "\\s+(?!than\\b)\\p{L}");
    }

    /** Killed, wounded, both: measures whose increments and parts the labelled corpus reads as tolls of their own. */
    static boolean casualty(Metric metric) {
        return metric == Metric.KILLED || metric == Metric.WOUNDED || metric == Metric.KILLED_OR_WOUNDED;
    }

    /**
     * Whether a subset marker of the clause ("of whom", "another", "more were") speaks of this figure: not when the
     * figure is a casualty toll named by no kind within the force, nor when another number stands between the marker
     * and the figure ("An additional 1,500 were sent ... so 3,000 have been sent so far": the marker is the 1,500's).
     */
    boolean subsetMarkerApplies(String s, PhraseMatcher.Hit hit, Quantity q, Metric metric) {
        if (casualty(metric) && !namesASpecialty(s, q)) {
            return false;
        }
        int from = hit.end() <= q.start() ? hit.end() : q.end();
        int to = hit.end() <= q.start() ? q.start() : hit.start();
        for (int i = from; i < to; i++) {
            if (Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the clause of a part begins: at "of whom", "among them" or "including" before it ("sent 15,000 since
     * October, of whom 600 have died"), so that the whole's markers are not read as the part's.
     */
    int partClauseStart(String s, int from, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        java.util.regex.Matcher m = partBefore.matcher(s).region(Math.max(from, at - 30), at);
        return m.find() ? Math.max(from, m.start()) : from;
    }

    private boolean namesASpecialty(String s, Quantity q) {
        int end = Math.min(s.length(), q.end() + NOUN_REACH);
        return specialties.find(s, q.end(), end).stream()
                .anyMatch(h -> clauseEnd(s, q.end()) >= h.end());
    }

    /**
     * The scope of a figure {@link ScopeReader} read as a total: a part of the force where the structure says so.
     *
     * @param before the measure of the figure read just before it in the sentence, or null
     */
    Scope refine(Scope read, String s, List<Quantity> numbers, int index, Metric metric, @Nullable Metric before) {
        if (read != Scope.TOTAL) {
            return read;
        }
        Quantity q = numbers.get(index);
        if (casualty(metric)) {
            // "300 were killed, including 20 officers and five generals": a kind within the force, listed after a
            // larger toll, is a part of it; "4,700 casualties, including 600 deaths" names no kind and stays a toll
            return namesASpecialty(s, q) && listedAfterItsWhole(s, numbers, index) ? Scope.SUBSET : read;
        }
        if (metric != Metric.DEPLOYED) {
            return read;
        }
        boolean part = PARTITIVE.matcher(s).region(q.end(), s.length()).lookingAt() || references.partOfThemOpens(s, q)
                || incrementAfter.matcher(s).region(q.end(), s.length()).lookingAt()
                || listedAfterItsWhole(s, numbers, index)
                || largerBefore(numbers, index) && before == Metric.PLANNED_DEPLOYMENT
                        && arrived.containsIn(s, clauseStart(s, q.start()), clauseEnd(s, q.end()));
        return part ? Scope.SUBSET : read;
    }

    /**
     * A larger figure stands before this one and this one is named as a part of it: by a part marker ("including
     * 500 officers"), as a later item of such a list ("... and three generals"), or in a breakdown set off by commas
     * ("three soldiers, two officers and one woman, were injured"). Tolls and forces alike.
     */
    private boolean listedAfterItsWhole(String s, List<Quantity> numbers, int index) {
        return largerBefore(numbers, index) && (partMarked(s, numbers.get(index))
                || laterItemOfParts(s, numbers, index) || lex.woundedWithDead.inBreakdown(s, numbers, index));
    }

    /**
     * What joins one item of a list of parts to the next, after the item's number: up to four words (its noun phrase),
     * then ", ", " and " or ", and ".
     */
    private static final Pattern LIST_JOIN = Pattern.compile(
            "(?i)\\s+(?:[\\p{L}'-]+\\s+){0,3}[\\p{L}'-]+(\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)");

    /**
     * Trial 12: "about 12,000 troops, including 500 officers and three generals", "including 500 officers, 40 snipers
     * and three generals": every item of a list opened by a part marker after a whole is a part of it, not only the
     * first, which the marker stands right before. Each item, back to the marked one, is a number and a noun phrase
     * whose head counts troops or a kind within the force, joined by a comma or "and"; the figure's own item ends
     * there too, at the list's end or its next join. "including 500 officers, and 300 arrived in March" names no
     * troops after its 300, so another clause has begun.
     */
    private boolean laterItemOfParts(String s, List<Quantity> numbers, int index) {
        Quantity q = numbers.get(index);
        if (!itemNamesTroops(s, q.end(), itemEnd(s, q.end()))) {
            return false;
        }
        for (int i = index; i > 0; i--) {
            Quantity item = numbers.get(i);
            Quantity previous = numbers.get(i - 1);
            int at = lex.frames.beforeQualifier(s, item.start());
            if (previous.end() >= at) {
                return false;
            }
            java.util.regex.Matcher join = LIST_JOIN.matcher(s).region(previous.end(), at);
            if (!join.matches() || !itemNamesTroops(s, previous.end(), join.start(1))) {
                return false;
            }
            if (partMarked(s, previous)) {
                return true;
            }
        }
        return false;
    }

    /** Where a list item that starts at {@code from} ends: at a comma, a semicolon, a bracket, a full stop or " and ". */
    private static int itemEnd(String s, int from) {
        int at = from;
        while (at < s.length() && !breaksClause(s, at) && s.charAt(at) != ')' && !s.startsWith(" and ", at)) {
            at++;
        }
        return at;
    }

    /** The words s[from, to) end in a noun of troops, of members, or of a kind within the force. */
    private boolean itemNamesTroops(String s, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int last = end;
        return to - from <= NOUN_REACH && java.util.stream.Stream.of(lex.troopNouns, lex.memberNouns, specialties)
                .anyMatch(words -> words.find(s, from, last).stream().anyMatch(h -> h.end() == last));
    }

    /** A number of the sentence before this one counts more than it: a whole it can be a part of. */
    private static boolean largerBefore(List<Quantity> numbers, int index) {
        Quantity q = numbers.get(index);
        if (q.low() == null) {
            return false;
        }
        return numbers.subList(0, index).stream().anyMatch(w -> w.low() != null && w.low() > q.high());
    }

    private boolean partMarked(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        if (partBefore.matcher(s).region(Math.max(0, at - 30), at).find()) {
            return true;
        }
        return partClosing.containsIn(s, q.end(), clauseEnd(s, q.end()));
    }

    private static int clauseEnd(String s, int from) {
        int at = from;
        while (at < s.length() && !breaksClause(s, at)) {
            at++;
        }
        return at;
    }

    private static int clauseStart(String s, int from) {
        int at = from;
        while (at > 0 && !breaksClause(s, at - 1)) {
            at--;
        }
        return at;
    }

    /** A comma, semicolon or full stop, but not the separator inside a number ("12,000", "1.5"). */
    private static boolean breaksClause(String s, int i) {
        char c = s.charAt(i);
        if (c == ';') {
            return true;
        }
        if (c != ',' && c != '.') {
            return false;
        }
        return !NounPhrases.insideNumber(s, i);
    }
}
