package tally.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpChainTest {

    @Test
    void theLastQuestionsAreKeptOldestFirstAndNoMoreThanFive() {
        List<String> chain = List.of();
        for (int i = 1; i <= 7; i++) {
            chain = FollowUpChain.with(chain, "q" + i);
        }
        assertEquals(List.of("q3", "q4", "q5", "q6", "q7"), chain);
    }

    @Test
    void aBlankQuestionChangesNothing() {
        assertEquals(List.of("q1"), FollowUpChain.with(List.of("q1"), "  "));
    }
}
