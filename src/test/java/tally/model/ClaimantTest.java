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
    void oneSourceWrittenWithDotsOrTheIsOneId() {
        String us = Claimant.unlisted("US", Claimant.Kind.OFFICIAL_BODY).id();
        assertEquals("us", us);
        assertEquals(us, Claimant.unlisted("U.S.", Claimant.Kind.OFFICIAL_BODY).id());
        assertEquals(us, Claimant.unlisted("The U.S.", Claimant.Kind.OFFICIAL_BODY).id());
        assertEquals(us, Claimant.unlisted("the US", Claimant.Kind.OFFICIAL_BODY).id());
        assertEquals("us_officials", Claimant.unlisted("U.S. officials", Claimant.Kind.PERSON).id());
        assertEquals("kyivs_military", Claimant.unlisted("Kyiv\u2019s military", Claimant.Kind.GROUP).id());
        // near-misses: words that differ stay apart, and "The" alone is still a name
        assertEquals("us_officials_in_seoul", Claimant.unlisted("US officials, in Seoul", Claimant.Kind.PERSON).id());
        assertNotEquals(us, Claimant.unlisted("US officials", Claimant.Kind.PERSON).id());
        assertEquals("the", Claimant.unlisted("The", Claimant.Kind.GROUP).id());
        assertEquals("theatre_command", Claimant.unlisted("Theatre command", Claimant.Kind.GROUP).id());
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
