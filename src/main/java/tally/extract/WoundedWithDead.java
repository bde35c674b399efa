package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/**
 * "1,000 had been wounded, 100 dead among them", "1,000 were wounded, including 100 killed", "1,000 were wounded,
 * 100 of them fatally": when the next figure of the sentence is a part of a wounded figure and that part is dead, the
 * dead are counted inside the whole, so the whole counts killed and wounded together. The rule comes from the
 * structure of a part: a comma and "including" / "among them" before the part, or "among them" / "of them" after it,
 * then a death cue (or "fatally") in the part's own words. The markers come from {@code figureFrames} in
 * config/extraction.json ({@code partMarkersBefore}, {@code partQualifiers}, {@code partMarkersAfter},
 * {@code fatalAdverbs}).
 */
final class WoundedWithDead {

    /** Only a comma between the whole and its part, the part named as such after it: ", 100 dead among them". */
    private static final Pattern COMMA_ONLY = Pattern.compile("[^,;.]{0,40},\\s*(?:\\w+\\s+){0,2}");
    /** How far the part's own words run after its number. */
    private static final int PART_WORDS = 30;

    /** The words between the whole and its part: ", including", ", among them", ", of whom" (and a qualifier). */
    private final Pattern partBefore;
    /** The part named as such after its number: " among them", " of them fatally". */
    private final Pattern partAfter;
    /** "fatally": an adverb that makes a wounded part dead, lower case. */
    private final List<String> fatalAdverbs;
    private final Map<Metric, PhraseMatcher> cues;

    WoundedWithDead(Map<Metric, PhraseMatcher> cues, Map<String, List<String>> frames) {
        this.cues = cues;
        partBefore = Pattern.compile("(?i)[^,;.]{0,40},\\s*" + Alternatives.anyOf(frames.get("partMarkersBefore"))
                + "(?:\\s+" + Alternatives.anyOf(frames.get("partQualifiers")) + ")?\\s*");
        partAfter = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+)?" + Alternatives.anyOf(frames.get("partMarkersAfter"))
                + "\\b");
        fatalAdverbs = frames.get("fatalAdverbs").stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** The words between two figures make the second a part of the first: "troops, including", "soldiers, among them". */
    boolean partMarkedBefore(String between) {
        return partBefore.matcher(between).matches();
    }

    /** An aside's last words naming its figures as a part of the whole before: "... and one interpreter among them". */
    private static final Pattern PART_ASIDE_END = Pattern.compile("(?i)\\s(?:among them|of them|among whom)\\s*$");

    /**
     * Round 53: "300 soldiers, 20 officers among them, were injured", "three soldiers, two officers and one interpreter
     * among them, were injured": only a comma before the part, and the part's aside closes with "among them" and a
     * comma. The index of that closing comma (the whole's predicate comes after it), or -1.
     */
    int partAsideEnd(String s, int wholeEnd, int partStart) {
        if (!COMMA_ONLY.matcher(s.substring(wholeEnd, partStart)).matches()) {
            return -1;
        }
        int end = partStart;
        while (end < s.length() && ",;.".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        return end < s.length() && s.charAt(end) == ',' && PART_ASIDE_END.matcher(s.substring(partStart, end)).find()
                ? end : -1;
    }

    /**
     * Trial 12: "three soldiers, two officers and one woman, were injured", "300 troops, 20 officers and 50 snipers,
     * were sent": counts in apposition after a whole, with no marker of a part, are a breakdown of it when only a comma
     * stands after the whole's words, two or more counts follow, joined by "and", the aside closes with a comma, and
     * their numbers add up to no more than the whole. The index of that closing comma (the whole's predicate comes after
     * it), or -1. "3,000 troops, 5,000 workers and 2,000 engineers, were sent" adds up to more: a list of wholes.
     */
    int breakdownAsideEnd(String s, List<Quantity> quantities, int whole) {
        if (whole + 1 >= quantities.size()) {
            return -1;
        }
        Quantity w = quantities.get(whole);
        Quantity first = quantities.get(whole + 1);
        Long most = w.high() != null ? w.high() : w.low();
        if (most == null || first.start() <= w.end()
                || !COMMA_ONLY.matcher(s.substring(w.end(), first.start())).matches()) {
            return -1;
        }
        int end = first.start();
        while (end < s.length() && (",;.".indexOf(s.charAt(end)) < 0 || NounPhrases.insideNumber(s, end))) {
            end++;
        }
        if (end >= s.length() || s.charAt(end) != ',' || !s.substring(first.start(), end).contains(" and ")) {
            return -1;
        }
        long sum = 0;
        int items = 0;
        for (int i = whole + 1; i < quantities.size() && quantities.get(i).start() < end; i++) {
            Long low = quantities.get(i).low();
            if (low == null) {
                return -1;
            }
            sum += low;
            items++;
        }
        return items >= 2 && sum <= most ? end : -1;
    }

    /** The figure at {@code index} is an item of a breakdown in apposition after a whole before it. */
    boolean inBreakdown(String s, List<Quantity> quantities, int index) {
        int at = quantities.get(index).start();
        for (int j = index - 1; j >= 0; j--) {
            int end = breakdownAsideEnd(s, quantities, j);
            if (end > at) {
                return true;
            }
        }
        return false;
    }

    /** The figure at {@code index}, read as wounded, has a dead part as the next figure. */
    boolean hasDeadPart(String s, List<Quantity> quantities, int index) {
        if (index + 1 >= quantities.size()) {
            return false;
        }
        Quantity whole = quantities.get(index);
        Quantity part = quantities.get(index + 1);
        String between = s.substring(whole.end(), part.start());
        int partEnd = Math.min(s.length(), part.end() + PART_WORDS);
        boolean isPart = partBefore.matcher(between).matches() || COMMA_ONLY.matcher(between).matches()
                && partAfter.matcher(s).region(part.end(), partEnd).lookingAt();
        if (!isPart) {
            return false;
        }
        int partClauseEnd = partEnd;
        for (int i = part.end(); i < partEnd; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '.') {
                partClauseEnd = i;
                break;
            }
        }
        String partWords = s.substring(part.end(), partClauseEnd).toLowerCase(Locale.ROOT);
        return cues.get(Metric.KILLED).containsIn(s, part.end(), partClauseEnd)
                && !cues.get(Metric.WOUNDED).containsIn(s, part.end(), partClauseEnd)
                || fatalAdverbs.stream().anyMatch(partWords::contains);
    }
}
