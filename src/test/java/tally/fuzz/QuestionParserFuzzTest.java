package tally.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tally.app.answer.ParsedQuestion;

/** The question parser on anything a Discord user can send: no exception, no hang, a sane period. */
class QuestionParserFuzzTest {

    @Provide
    Arbitrary<String> questions() {
        return HostileText.message();
    }

    @Provide
    Arbitrary<LocalDate> references() {
        return Arbitraries.oneOf(Arbitraries.just(LocalDate.of(2025, 1, 9)),
                Arbitraries.integers().between(-3000, 3000).map(d -> LocalDate.of(2025, 6, 1).plusDays(d)));
    }

    @Property
    void readsAnyMessageWithoutFailing(@ForAll("questions") String question, @ForAll("references") LocalDate reference) {
        ParsedQuestion parsed = Bounded.call(() -> Fixtures.questionParser().parse(question, reference));
        assertNotNull(parsed.metrics());
        if (parsed.period() != null) {
            assertTrue(!parsed.period().to().isBefore(parsed.period().from()));
        }
    }

    @Property(tries = 50)
    void readsAnyMessageWithoutAReferenceDate(@ForAll("questions") String question) {
        assertNotNull(Bounded.call(() -> Fixtures.questionParser().parse(question, null)));
    }
}
