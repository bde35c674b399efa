package tally.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import tally.config.ClaimantDirectory;

/** The alias scanner every parser runs on every sentence: no crash, no hang, offsets inside the text. */
class ClaimantDirectoryFuzzTest {

    @Provide
    Arbitrary<String> messages() {
        return HostileText.message();
    }

    @Property
    void findsMentionsInsideTheTextOnAnyInput(@ForAll("messages") String text) {
        ClaimantDirectory lexicon = Fixtures.lexicon();
        List<ClaimantDirectory.Mention> all = Bounded.call(() -> {
            List<ClaimantDirectory.Mention> found = new java.util.ArrayList<>(lexicon.claimants(text));
            found.addAll(lexicon.parties(text));
            found.addAll(lexicon.shortNames(text, Set.of("lee_sung_kwon", "kim_jong_un", "uk_defence_intelligence")));
            return found;
        });
        for (ClaimantDirectory.Mention m : all) {
            assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= text.length(), m::toString);
            assertFalse(m.id().isBlank());
        }
    }
}
