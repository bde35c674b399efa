package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * A nationality that names a place or a means of transport, not a side: "near Ukraine's border", "in Russia's
 * Kursk region" (a preposition of place, then a place noun or a name and a place noun), "aboard Russian navy vessels"
 * (round 49: a preposition of means, then a transport noun). The word lists are {@code figureFrames}' locativePrepositions,
 * placeNouns, meansPrepositions and transportNouns. Moved out of {@link FigureFrames} (round 61).
 */
final class NationalitiesOfPlace {

    /**
     * A preposition of place ({@code figureFrames.locativePrepositions}) right before a nationality: "near Ukraine's
     * border", "in Russia's Kursk region".
     */
    private final Pattern locativeBefore;

    private final PhraseMatcher placeNouns;

    /** Round 49: ships, planes and trains troops travel in ({@code transportNouns}). */
    private final PhraseMatcher transportNouns;

    private final Pattern meansBefore;

    NationalitiesOfPlace(Map<String, List<String>> frames) {
        this.placeNouns = new PhraseMatcher(frames.get("placeNouns"));
        this.transportNouns = new PhraseMatcher(frames.get("transportNouns"));
        this.meansBefore = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("meansPrepositions")) + "\\s+$");
        this.locativeBefore = Pattern.compile("(?i)\\b" + Alternatives.anyOf(frames.get("locativePrepositions"))
                + "\\s+(?:the\\s+)?$");
    }

    /**
     * A nationality that names a place, not a side: "near Ukraine's border", "in Russia's Kursk region" (a preposition
     * of place before it, and a place noun or a proper name after it).
     */
    boolean namesPlace(String s, PhraseMatcher.Hit nationality) {
        java.util.regex.Matcher locative = locativeBefore.matcher(s).region(Math.max(0, nationality.start() - 20),
                nationality.start());
        if (!locative.useTransparentBounds(true).find()) {
            return false;
        }
        int next = nationality.end();
        while (next < s.length() && s.charAt(next) == ' ') {
            next++;
        }
        if (next >= s.length() || next == nationality.end()) {
            return false;
        }
        int from = next;
        if (startsPlaceNoun(s, from)) {
            return true;
        }
        // "in Russia's Kursk region": a proper name, then a place noun
        java.util.regex.Matcher name = PROPER_NAME.matcher(s).region(from, s.length());
        return name.lookingAt() && startsPlaceNoun(s, name.end());
    }

    private static final Pattern PROPER_NAME = Pattern.compile("\\p{Lu}[\\p{L}-]*\\s+");

    /**
     * Round 49: a nationality that names the means troops travel by, not a side: "shipped to Vladivostok aboard Russian
     * navy vessels", "moved by Russian ships" (a preposition of means before it, a transport noun at most one word
     * after it).
     */
    boolean namesMeans(String s, PhraseMatcher.Hit nationality) {
        if (!meansBefore.matcher(s).region(Math.max(0, nationality.start() - 10), nationality.start())
                .useTransparentBounds(true).find()) {
            return false;
        }
        int next = nationality.end();
        while (next < s.length() && s.charAt(next) == ' ') {
            next++;
        }
        java.util.regex.Matcher word = ONE_WORD.matcher(s).region(next, s.length());
        return startsTransportNoun(s, next) || word.lookingAt() && startsTransportNoun(s, word.end());
    }

    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}-]+\\s+");

    private boolean startsTransportNoun(String s, int from) {
        return transportNouns.find(s, from, Math.min(s.length(), from + 25)).stream().anyMatch(h -> h.start() == from);
    }

    private boolean startsPlaceNoun(String s, int from) {
        return placeNouns.find(s, from, Math.min(s.length(), from + 20)).stream().anyMatch(h -> h.start() == from);
    }
}
