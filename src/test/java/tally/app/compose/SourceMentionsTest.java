package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.question.TestConfig;
import tally.config.ClaimantDirectory.Mention;

/**
 * A party's name names it as a source only beside a cue or one of its voices; otherwise it is a place, and a passage
 * that only names the place is not offered as one that "names that source". The cue words are config/questions.json's
 * {@code claimantCues}.
 */
class SourceMentionsTest {

    private final SourceMentions mentions = SourceMentions.of(TestConfig.LEXICON);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kyiv said on Monday that the unit had been pushed back.                | ukraine     | true
            Kyiv's estimate is far higher than Moscow's.                            | ukraine     | true
            Ukraine's military intelligence has published a video of the prisoners. | ukraine     | true
            The figure comes from Seoul, according to Seoul, which briefed lawmakers. | south_korea | true
            According to Kyiv, the soldiers were questioned by investigators.       | ukraine     | true
            Here is what we know about the deaths and the war in Ukraine:          | ukraine     | false
            The general staff of South Korea, an ally of Kyiv, said on Monday.      | ukraine     | false
            Troops crossed from Kursk towards Kyiv in the night.                   | ukraine     | false
            The region was partly held since August by Ukrainian forces.           | ukraine     | false
            Ukraine and its allies have said little about the prisoners.           | ukraine     | false
            Pyongyang has neither confirmed nor denied that its men are fighting.  | north_korea | true
            Seoul has never confirmed the figure the lawmakers gave.               | south_korea | true
            Kyiv has not yet confirmed the capture.                                | ukraine     | true
            A North Korean official has since stated that it would be lawful.      | north_korea | true
            Pyongyang initially dismissed the claims of its enemies.               | north_korea | true
            The claims against Pyongyang were dismissed by its allies.             | north_korea | false
            Pyongyang has never been so isolated, said the analysts.               | north_korea | false
            The troops in Kyiv not far from the front said little.                 | ukraine     | false
            """)
    void aPartyIsNamedAsASourceOnlyBesideACueOrOneOfItsVoices(String passage, String party, boolean asSource) {
        List<Mention> named = TestConfig.DIRECTORY.parties(passage).stream().filter(m -> m.id().equals(party)).toList();
        assertTrue(!named.isEmpty(), "the directory finds " + party + " in: " + passage);
        assertEquals(asSource, named.stream().anyMatch(m -> mentions.asSource(passage, m)), passage);
    }

    /**
     * A listed claimant speaks in a passage as a party does: beside a cue, or after a short aside between commas. Named
     * as an object or a partner ("the permission of Putin", "talks with the Pentagon") it does not (trial 15: such
     * passages were offered as the source's words).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky said on Monday that the unit had been pushed back.             | zelensky     | true
            Zelensky, in his nightly address, said the unit had been pushed back.   | zelensky     | true
            According to Zelensky, the soldiers were questioned by investigators.   | zelensky     | true
            The Pentagon has confirmed that the men were taken prisoner.            | pentagon     | true
            Any new deployment needs the consent of Kim Jong Un and Vladimir Putin. | kremlin      | false
            Officials from Seoul held talks with the Pentagon about the prisoners.  | pentagon     | false
            Zelensky, Biden and Macron met in Paris, and the talks went on late.    | zelensky     | false
            Zelensky, who has met 300 of the troops, said little about them.        | zelensky     | false
            The Pentagon initially asserted that the men were in Kursk.             | pentagon     | true
            The Pentagon has since insisted that the men were in Kursk.             | pentagon     | true
            The Pentagon has since hosted officials from Seoul.                     | pentagon     | false
            Ukraine's army chief, Oleksandr Syrsky, declared that the men had suffered losses. | syrsky | true
            Kyiv's top general, Syrsky, added on Friday that the unit was pulled back. | syrsky      | true
            The Pentagon revealed that the men were in Kursk.                       | pentagon     | true
            Officials met Zelensky, Biden and Macron in Paris, and talks went on.   | zelensky     | false
            He met the president, Zelensky, and said the talks went well.           | zelensky     | false
            Troops faced a general, Syrsky, in the Kursk region.                    | syrsky       | false
            """)
    void aClaimantIsNamedAsASourceOnlyBesideACue(String passage, String claimant, boolean asSource) {
        List<Mention> named = TestConfig.DIRECTORY.claimants(passage).stream().filter(m -> m.id().equals(claimant))
                .toList();
        assertTrue(!named.isEmpty(), "the directory finds " + claimant + " in: " + passage);
        assertEquals(asSource, named.stream().anyMatch(m -> mentions.asSource(passage, m)), passage);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Here is what we know about the deaths and the war in Ukraine:          | ukraine
            Kyiv said on Monday that the unit had been pushed back.                | ukraine
            """)
    void withoutCueWordsEveryMentionCounts(String passage, String party) {
        Mention mention = TestConfig.DIRECTORY.parties(passage).stream().filter(m -> m.id().equals(party)).findFirst()
                .orElseThrow();
        assertTrue(SourceMentions.ANY.asSource(passage, mention));
    }
}
