package tally.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClaimantTest {

    @Test
    void anUnlistedSourceKeepsItsOwnWordsAndGetsAStableIdFromThem() {
        Claimant official = Claimant.unlisted("  a senior US  defence official ", Claimant.Kind.PERSON);
        assertEquals("a senior US defence official", official.name());
        assertEquals("a_senior_us_defence_official", official.id());
        assertFalse(official.listed());
        assertTrue(official.known());
        assertEquals(official, Claimant.unlisted("a senior US defence official", Claimant.Kind.PERSON));
    }

    @Test
    void anUnlistedSourceNeverEqualsTheListedClaimantOfTheSameSlug() {
        Claimant listed = new Claimant("kremlin", "The Kremlin / Russian government", Claimant.Kind.OFFICIAL_BODY);
        Claimant words = Claimant.unlisted("Kremlin", Claimant.Kind.OFFICIAL_BODY);
        assertTrue(listed.listed());
        assertEquals(listed.id(), words.id());
        assertNotEquals(listed, words);
    }

    @Test
    void wordsWithoutLatinLettersStillMakeAValidId() {
        Claimant korean = Claimant.unlisted("국가정보원", Claimant.Kind.OFFICIAL_BODY);
        assertTrue(korean.id().matches("source_[a-z0-9]+"), korean.id());
        assertEquals("Київ", Claimant.unlisted("Київ", Claimant.Kind.GROUP).name());
    }

    @Test
    void aBlankNameIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Claimant.unlisted("   ", Claimant.Kind.GROUP));
    }
}
