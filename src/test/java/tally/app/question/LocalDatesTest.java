package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalDatesTest {

    private static final LocalDates DATES = new LocalDates(TestConfig.LEXICON.periodWords());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            погибло в январе 2025 года        | погибло in january 2025
            у грудні 2024 року                | in december 2024
            2024년 12월 사망자                  | in december 2024 사망자
            в в январе                        | в in january
            в курской области                 | в курской области
            травмованих у 2025 році           | травмованих in 2025
            """)
    void datesInOtherLanguagesAreReadAsEnglishWordsAndNothingElseIs(String question, String english) {
        assertEquals(english, DATES.toEnglish(question).strip().replaceAll("\\s+", " "));
    }

    @Test
    void noInputLeavesAMarkBehind() {
        Random random = new Random(20261201);
        String[] words = {"в", "у", "во", "января", "2025", "года", "년", "월", "12", "x", " "};
        for (int i = 0; i < 2_000; i++) {
            StringBuilder q = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                q.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            assertFalse(DATES.toEnglish(q.toString()).contains("\u0000"), q.toString());
        }
    }
}
