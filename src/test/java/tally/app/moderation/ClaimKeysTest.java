package tally.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimKeysTest {

    private static final String SENTENCE = "South Korea's spy agency said \"about 100\" North Korean soldiers had been killed.";

    @Test
    void anIdIsTenCharactersOfLowerCaseBase32() {
        String id = ClaimKeys.of("001.txt", SENTENCE, "about 100");
        assertTrue(id.matches("[0-9a-z]{10}"), id);
        assertEquals(id, ClaimKeys.of("001.txt", SENTENCE, "about 100"), "the same inputs, the same id");
    }

    @Test
    void spacingCaseCurlyQuotesAndDashesDoNotChangeTheId() {
        String id = ClaimKeys.of("001.txt", SENTENCE, "about 100");
        String retyped = "South  Korea\u2019s spy agency said \u201Cabout 100\u201D North Korean\nsoldiers had been killed.";
        assertEquals(id, ClaimKeys.of("001.txt", retyped, "About 100"));
        assertEquals(ClaimKeys.of("a.txt", "10,000-12,000 troops", "10,000-12,000"),
                ClaimKeys.of("a.txt", "10,000\u201312,000 troops", "10,000\u201312,000"));
    }

    @Test
    void theFileTheSentenceAndTheWordingEachTellClaimsApart() {
        String id = ClaimKeys.of("001.txt", SENTENCE, "about 100");
        assertNotEquals(id, ClaimKeys.of("002.txt", SENTENCE, "about 100"));
        assertNotEquals(id, ClaimKeys.of("001.txt", SENTENCE.replace("killed", "wounded"), "about 100"));
        assertNotEquals(id, ClaimKeys.of("001.txt", SENTENCE, "100"));
        assertNotEquals(ClaimKeys.of("a", "b\nc", "d"), ClaimKeys.of("a\nb", "c", "d"), "fields cannot run together");
    }
}
