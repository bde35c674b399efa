package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which questions ask what Tally reads ({@code intents.corpus}) and which, with a measure, source, period or number of
 * their own, ask for figures. Read with the real lexicon and parser, as production reads them.
 */
class CorpusAsksTest {

    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
            new tally.extract.QuestionVerbs());
    private final CorpusAsks corpusAsks = CorpusAsks.of(TestConfig.LEXICON, TestConfig.DIRECTORY);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What are your sources?                                  | true
            sources?                                                | true
            according to sources, how many died?                    | false
            which sources do you use                                | true
            Where do your numbers come from?                        | true
            list your sources pls                                   | true
            what articles do you read?                              | true
            how do you know all this                                | true
            Какие источники вы используете?                         | true
            What are the sources for the death toll?                | false
            Which article says 1,100?                               | false
            where does the 10,000 figure come from?                 | false
            How many were killed according to your sources?         | false
            What sources does Zelensky cite?                        | false
            which articles are from January 2025?                   | false
            What is the weather in Seoul?                           | false
            what sources say 3,000?                                 | false
            what are your sources on Zelensky?                      | false
            what are your sources on the NIS?                       | false
            """)
    void aQuestionAsksAboutTheArticlesOnlyWhenItAsksForNoFigure(String question, boolean asks) {
        assertEquals(asks, corpusAsks.asks(question, parser.parseIn(question, QuestionUnderstandingTest.CONTEXT)));
    }
}
