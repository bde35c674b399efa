package tally.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

    private static final PhraseMatcher LEXICON = new PhraseMatcher(List.of(
            "said", "said on", "the spy agency", "spy agency", "NIS", "US", "Kim", "Kim Jong Un", "a"));

    private static String hits(PhraseMatcher matcher, String text) {
        return matcher.find(text).stream().map(h -> h.phrase() + "@" + h.start())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the spy agency said on Monday | the spy agency@0 said on@15",
        "The Spy Agency SAID            | the spy agency@0 said@15",
        "Kim Jong Un said               | kim jong un@0 said@12",
        "Kim Jong Unsaid                | kim@0",
        "Kimberly saidso                | ''",
        "the NIS told us                | nis@4",
        "the nis and the US             | us@16",
        "spy agency's report            | spy agency@0",
        "a spy-agency                   | a@0",
        "“Kim” said                     | kim@1 said@6",
    })
    void findsTheLongestWholeWordPhraseAtEachPlaceAndAcronymsOnlyInUpperCase(String text, String expected) {
        assertEquals(expected, hits(LEXICON, text));
    }

    /** Round 62: a shadow is matched as a phrase is, longest first, and hides what it holds; it is never reported. */
    @Test
    void aShadowHidesThePhrasesItHoldsAndIsNeverFound() {
        PhraseMatcher cues = new PhraseMatcher(List.of("fallen", "wounded", "killed"),
                List.of("fallen to", "including the wounded"));
        assertEquals(List.of(), cues.find("The number has fallen to 8,200."));
        assertEquals(List.of(), cues.find("4,100 troops, including the wounded, were evacuated"));
        assertEquals(List.of(new PhraseMatcher.Hit("fallen", 22, 28)), cues.find("600 soldiers have now fallen in Kursk"));
        assertEquals(List.of(new PhraseMatcher.Hit("killed", 31, 37)),
                cues.find("troops, including the wounded, killed"));
        // asked from inside the shadow, the phrase is found: the shadow must start inside the range to hide it
        String s = "4,100 troops, including the wounded";
        assertEquals(List.of(new PhraseMatcher.Hit("wounded", 28, 35)), cues.find(s, s.indexOf("wounded"), s.length()));
        assertEquals(false, cues.containsIn("has fallen to 8,200", 0, 19));
    }

    @Test
    void aPhraseMustEndInsideTheRangeAsked() {
        String text = "Kim Jong Un said";
        assertEquals(List.of(new PhraseMatcher.Hit("kim", 0, 3)), LEXICON.find(text, 0, 9));
        assertEquals(List.of(new PhraseMatcher.Hit("said", 12, 16)), LEXICON.find(text, 1, 16));
        assertTrue(LEXICON.containsIn(text, 12, 16));
        assertFalse(LEXICON.containsIn(text, 13, 16));
    }

    /**
     * The bucketed search must find what trying every phrase at every word start finds, on text made of the phrases'
     * parts (acronyms, letters whose case folds oddly, word breaks).
     */
    @Test
    void agreesWithTryingEveryPhraseOnRandomText() {
        Random random = new Random(7);
        String[] parts = {"a", "ab", "b", "US", "us", "Ü", "ü", " ", " ", "-", "'", "1", "ß", "İ"};
        for (int round = 0; round < 300; round++) {
            List<String> phrases = new ArrayList<>();
            for (int p = 0; p < 1 + random.nextInt(8); p++) {
                phrases.add(randomText(random, parts, 1 + random.nextInt(4)).strip());
            }
            String text = randomText(random, parts, random.nextInt(30));
            assertEquals(reference(phrases, text), new PhraseMatcher(phrases).find(text),
                    () -> phrases + " in '" + text + "'");
        }
    }

    /**
     * Each thread keeps the words of its last few texts; texts scanned in turn, more of them than it keeps, and two
     * texts with the same words but not the same object, must each get their own hits.
     */
    @Test
    void textsScannedInTurnByTwoLexiconsEachGetTheirOwnHits() {
        PhraseMatcher other = new PhraseMatcher(List.of("Monday", "said on", "NIS"));
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            texts.add("Kim Jong Un said on Monday " + "x".repeat(i) + " the NIS told us");
        }
        texts.add(new String(texts.get(0)));
        texts.add("Monday NIS said on the Kim Jong Un");  // as long as the first, other words in other places
        texts.add("the NIS told us Monday, Kim said on");
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                List<String> both = List.of("said", "said on", "the spy agency", "spy agency", "NIS", "US", "Kim",
                        "Kim Jong Un", "a");
                assertEquals(reference(both, text), LEXICON.find(text), text);
                assertEquals(reference(List.of("Monday", "said on", "NIS"), text), other.find(text), text);
                assertEquals(reference(both, text.substring(4)), LEXICON.find(text.substring(4)), text);
            }
        }
    }

    private static String randomText(Random random, String[] parts, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(parts[random.nextInt(parts.length)]);
        }
        return text.toString();
    }

    /** Every phrase tried at every word start, longest first: slow and obviously right. */
    private static List<PhraseMatcher.Hit> reference(List<String> phrases, String text) {
        List<String> sorted = phrases.stream().filter(p -> !p.isBlank()).distinct()
                .sorted((x, y) -> y.length() - x.length()).toList();
        List<PhraseMatcher.Hit> hits = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String found = null;
            if (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) {
                for (String p : sorted) {
                    int stop = i + p.length();
                    boolean exact = PhraseMatcher.isAcronym(p);
                    if (stop <= text.length() && text.regionMatches(!exact, i, p, 0, p.length())
                            && (stop == text.length() || !Character.isLetterOrDigit(text.charAt(stop)))) {
                        found = p;
                        break;
                    }
                }
            }
            if (found != null) {
                hits.add(new PhraseMatcher.Hit(found.toLowerCase(java.util.Locale.ROOT), i, i + found.length()));
                i += found.length();
            } else {
                i++;
            }
        }
        return hits;
    }
}
