package tally.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.CharBuffer;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IntelligenceServicesTest {

    /** What {@link IntelligenceServices#mayApply} was before round 57 wrote it out. */
    private static final Pattern REGEX = Pattern.compile("intelligence",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The written-out search finds the word wherever the case-blind Unicode regex does, on texts made of the word's
     * pieces in any case, letters that fold to its letters ("İ", "ı"), near misses and other words.
     */
    @Test
    void findsTheWordWhereTheCaseBlindRegexDoes() {
        String[] parts = {"intelligence", "INTELLIGENCE", "Intelligence", "İntelligence", "ıntellıgence", "intel",
            "ligence", "Intellig", "ENCE", "intelligenc", " ", "'s ", "i", "İ", "ı", "K", "ß", "e", "n", "spy"};
        Random random = new Random(57);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String s = text.toString();
            boolean expected = REGEX.matcher(s).find();
            assertEquals(expected, IntelligenceServices.mayApply(s), s);
            assertEquals(expected, IntelligenceServices.mayApply(CharBuffer.wrap(s)), s);
        }
    }
}
