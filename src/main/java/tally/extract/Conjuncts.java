package tally.extract;

import static tally.extract.Qualifiers.ADDITIVE;
import static tally.extract.Qualifiers.beforeAdditive;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/**
 * Figures joined by a conjunction or in a list: where one figure's words end and the next one's begin, which
 * verb each takes ("killed 40 soldiers and captured two"), and the predicate the conjuncts of a list share.
 */
final class Conjuncts {

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;
    private final Fates fates;

    Conjuncts(CompiledLexicon lex, NounPhrases nouns, Clauses clauses, Fates fates) {
        this.lex = lex;
        this.nouns = nouns;
        this.clauses = clauses;
        this.fates = fates;
    }

    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s+(?:and|or)\\s+");

    /**
     * "have killed 77 and wounded as many as 40 North Korean soldiers": two casualty verbs, each with its own number,
     * share the one object after the second, so the first bare number counts what its own verb says (the next
     * figure's noun must be troops; "killed 77 and wounded 40 civilians" is read by that noun, and no other number
     * borrows a noun so).
     */
    @Nullable Metric sharedObject(String s, Quantity q, Quantity next, int clauseStart) {
        java.util.regex.Matcher m = VERB_OF_NEXT.matcher(s).region(q.end(), lex.frames.beforeQualifier(s, next.start()));
        if (nextFiguresVerb(s, q.end(), next.start()) == next.start() || !m.find() || m.start() != q.end()) {
            return null; // no conjunction and cue verb right between the two numbers
        }
        int at = lex.frames.beforeQualifier(s, q.start());
        Metric own = fates.casualtyMetric(s, clauseStart, at);
        boolean object = own != null && lex.cues.get(own).find(s, clauseStart, at).stream()
                .anyMatch(h -> s.substring(h.end(), at).isBlank());
        if (!object) {
            return null;
        }
        int nounFrom = nouns.skipOf(s, next.end());
        int nounEnd = NounPhrases.end(s, nounFrom);
        PhraseMatcher.Hit noun = NounPhrases.lastHit(lex.troopNouns, s, nounFrom, nounEnd);
        return noun != null && fates.casualtyMetric(s, noun.start(), noun.end()) == null ? own : null;
    }

    /**
     * "..., and captured two": a conjunction, then a verb right before the next figure (past its qualifier). Round 42:
     * the verb's second word is no conjunction, or "killed or wounded and 12 captured" would cut "killed or" off; round
     * 66: nor a preposition, whose object the number is ("killed or wounded in one week": "one" counts no troops).
     */
    private static final Pattern VERB_OF_NEXT = Pattern.compile(
            "(?i),?\\s+(?:and|or|but|while)\\s+([\\w-]+(?:\\s+(?!(?:and|or|but|while|in|within|over|during|for|on|at"
                    + "|by|after|since)\\s)[\\w-]+)?)\\s+$");

    /**
     * "killed 40 soldiers and captured two": a cue verb coordinated right before the next figure is that figure's,
     * so this figure's words end at the conjunction; otherwise {@code nextStart}.
     */
    int nextFiguresVerb(String s, int end, int nextStart) {
        int at = beforeAdditive(s, lex.frames.beforeQualifier(s, nextStart));
        if (at <= end) {
            return nextStart;
        }
        java.util.regex.Matcher m = VERB_OF_NEXT.matcher(s).region(end, at);
        if (!m.find()) {
            return nextStart;
        }
        int verbStart = m.start(1);
        boolean cue = lex.cues.values().stream().anyMatch(c -> c.find(s, verbStart, m.end(1)).stream()
                .anyMatch(h -> h.start() == verbStart));
        return cue ? m.start() : nextStart;
    }

    /**
     * "killed 700 soldiers and left thousands wounded": the phrase of "700" ends at "and" when what follows is not
     * another troop or casualty word ("dead and wounded" stays one phrase).
     */
    int endAtConjoinedClause(String s, int from, int npEnd) {
        java.util.regex.Matcher m = CONJUNCTION.matcher(s).region(from, npEnd);
        while (m.find()) {
            int next = m.end();
            boolean continues = Stream.of(lex.troopNouns, lex.topic, lex.otherNationality).anyMatch(words -> words
                    .find(s, next, Math.min(s.length(), next + 30)).stream().anyMatch(h -> h.start() == next))
                    || lex.cues.values().stream()
                    .anyMatch(c -> c.find(s, next, Math.min(s.length(), next + 30)).stream().anyMatch(h -> h.start() == next));
            if (!continues || verbWithOwnNumber(s, next)) {
                return m.start();
            }
        }
        return npEnd;
    }

    /**
     * "killed 60 North Korean soldiers and wounded about 90": the word after the conjunction is a verb with a number of
     * its own for object, not a second noun of the phrase ("soldiers and wounded" would make the 60 wounded).
     */
    private boolean verbWithOwnNumber(String s, int wordStart) {
        int i = wordStart;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        int objectStart = i;
        while (objectStart < s.length() && s.charAt(objectStart) == ' ') {
            objectStart++;
        }
        int afterQualifier = objectStart;
        for (PhraseMatcher.Hit h : lex.qualifiers.find(s, objectStart, Math.min(s.length(), objectStart + 25))) {
            if (h.start() == objectStart) {
                afterQualifier = Math.max(afterQualifier, h.end());
            }
        }
        while (afterQualifier < s.length() && s.charAt(afterQualifier) == ' ') {
            afterQualifier++;
        }
        // "killed 30 soldiers and wounded another 50": an additive before the verb's own number, as a qualifier
        String rest = s.substring(afterQualifier, Math.min(s.length(), afterQualifier + 16)).toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (rest.startsWith(additive)) {
                afterQualifier += additive.length();
                break;
            }
        }
        if (objectStart <= i || afterQualifier >= s.length()) {
            return false;
        }
        // "and wounded others", "and wounded dozens more": a vague object is the verb's own, as a number is
        String object = s.substring(afterQualifier, Math.min(s.length(), afterQualifier + 30)).toLowerCase(Locale.ROOT);
        // round 66: "killed 21 North Korean soldiers and wounded three": a number in words is as much its own object
        return Character.isDigit(s.charAt(afterQualifier)) || OTHERS_OBJECT.matcher(object).lookingAt()
                || numberInWords(object)
                || lex.vague.stream().anyMatch(v -> object.startsWith(v + " ") || object.equals(v));
    }

    /** "wounded others", "wounded many more": the object of a verb after a conjunction, counting other men. */
    /** A number in words ("three", "twenty-one") as a verb's object: the word, then a break that is no letter. */
    private static final Pattern NUMBER_WORD = Pattern.compile("[a-z]+(?:-[a-z]+)?(?![\\p{L}-])");

    private static boolean numberInWords(String object) {
        java.util.regex.Matcher word = NUMBER_WORD.matcher(object);
        return word.lookingAt() && NumberValues.words(word.group()) != null;
    }

    private static final Pattern OTHERS_OBJECT = Pattern.compile("(?:many\\s+|several\\s+)?(?:others|more)\\b(?!\\s+(?:were|was|are|is|have|has|had)\\b)");

    /**
     * A conjunction (and an additive) ends the words between two figures: "1,000 sappers and 5,000 builders"; so does
     * a sequel, "sent 12,000 troops, followed by an additional 3,000" (the second sending of the same kind).
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)[^.;:?!]{0,90}?(?:,?\\s+(?:and|as well as|plus)|,)\\s+(?:also\\s+)?(?:(?:then\\s+)?followed\\s+by\\s+)?"
                    + "(?:another|a further|an additional)?\\s*$");

    /**
     * The figure is the next conjunct of the one before: a conjunction closes the words between them and no verb of
     * speech or casualty stands there to give it a predicate of its own. A qualifier of the figure's own ("5 million
     * shells and at least 11,000 troops") is part of the conjunct, not a word between.
     */
    boolean coordinated(String s, int previousEnd, int start) {
        int conjunctStart = Math.max(previousEnd, lex.frames.beforeQualifier(s, start));
        if (!COORDINATION.matcher(s.substring(previousEnd, conjunctStart)).matches()) {
            return false;
        }
        return !lex.speechVerbs.containsIn(s, previousEnd, start)
                && lex.cues.entrySet().stream().filter(e -> e.getKey() != Metric.DEPLOYED)
                .noneMatch(e -> e.getValue().containsIn(s, previousEnd, start));
    }

    /** The end of the clause after the last figure coordinated with this one, or -1 when no figure follows it so. */
    int listEnd(String s, List<Quantity> quantities, int index) {
        int last = index;
        while (last + 1 < quantities.size()
                && coordinated(s, quantities.get(last).end(), quantities.get(last + 1).start())) {
            last++;
        }
        if (last == index) {
            return -1;
        }
        int end = clauses.after(s, quantities.get(last).end());
        // "12,000 troops, 500 killed and 300 captured": conjuncts with casualty words of their own share no predicate
        return fates.casualtyMetric(s, quantities.get(index).end(), end) == null ? end : -1;
    }
}
