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
            Pyongyang has never been so isolated, said the analysts.               | north_korea | false
            The troops in Kyiv not far from the front said little.                 | ukraine     | false
            """)
    void aPartyIsNamedAsASourceOnlyBesideACueOrOneOfItsVoices(String passage, String party, boolean asSource) {
        List<Mention> named = TestConfig.DIRECTORY.parties(passage).stream().filter(m -> m.id().equals(party)).toList();
        assertTrue(!named.isEmpty(), "the directory finds " + party + " in: " + passage);
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
