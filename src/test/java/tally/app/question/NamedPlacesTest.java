package tally.app.question;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tally.app.answer.ParsedQuestion;

/**
 * Round 67: a place a question narrows its count to is found in the question's own words, so the reply can say its
 * figures are not narrowed to it; and the near-misses, where the name is what the figures count ("sent to Russia"),
 * a party, or a source ("according to Kyiv", "Pyongyang says", "the Kyiv Independent", "officials in Moscow").
 */
class NamedPlacesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 12);
    private final NamedPlaces places = NamedPlaces.of(TestConfig.LEXICON);
    private final QuestionParser parser = new QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY,
            new tally.extract.QuestionVerbs());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            how many north korean troops are still in kursk?                         | in kursk
            How many North Korean troops died in Kursk in December 2024?             | in Kursk
            How many North Korean troops are in the Russian region of Kursk?         | of Kursk
            How many North Koreans were killed in Russia's Kursk region?             | in Russia's Kursk region
            How many North Korean soldiers are fighting near Belgorod?               | near Belgorod
            How many North Korean troops are based in the Far East?                  | in the Far East
            How many North Korean soldiers marched in Pyongyang after coming home?   | in Pyongyang
            How many North Korean troops fought in Donbas or in Zaporizhzhia?        | in Donbas, in Zaporizhzhia
            How many North Korean soldiers are on the front line now?                | on the front line
            How many North Koreans are in Moscow?                                    | in Moscow
            How many North Korean troops are in Kyiv?                                | in Kyiv
            Сколько северокорейских солдат погибло в Курской области?                | в Курской области
            Скільки північнокорейських солдатів загинуло на Курщині?                 | на Курщині
            쿠르스크에서 북한군 몇 명이 사망했나요?                                  | 쿠르스크에서
            What does Kyiv say about North Korean losses in Kursk?                   | in Kursk
            How many North Korean troops were sent to Russia?                        | -
            How many North Korean troops are fighting in Ukraine?                    | -
            How many North Koreans were killed in the war in Ukraine?                | -
            How many North Koreans were killed, according to Kyiv?                   | -
            How many were killed, according to the Kyiv Independent?                 | -
            How many North Korean troops died, as reported in the Kyiv Independent?  | -
            How many died, in the Moscow Times' count?                               | -
            Kyiv said how many North Koreans died?                                   | -
            Pyongyang says how many of its soldiers died?                            | -
            How many North Koreans died, officials in Moscow say?                    | -
            What do sources in Pyongyang say about deaths?                           | -
            What is Kyiv's estimate of North Korean deaths?                          | -
            모스크바가 밝힌 북한군 사망자 수는?                                       | -
            How many North Korean soldiers does Pyongyang have?                      | -
            How many North Korean troops were killed in front of the cameras?        | -
            How many North Korean forces in Kursk were killed?                       | in Kursk
            How many North Korean army units in the Kursk region were hit?           | in the Kursk region
            How many died in Kursk, in Moscow's view?                                | in Kursk
            В Москве заявили, сколько северокорейцев погибло?                        | -
            How many North Korean troops went to the front?                          | to the front
            How many North Korean troops are in Kursk or Belgorod?                   | in Kursk, Belgorod
            """)
    void aPlaceTheCountIsNarrowedToIsFoundButNotASourceOrWhatTheFiguresCount(String question, String expected) {
        List<String> found = places.in(question).stream().map(NamedPlaces.Found::quoted).toList();
        assertEquals(expected == null ? List.of() : List.of(expected.split(",\\s*")), found, question);
    }

    @Test
    void theNoteSaysTheFiguresAreNotNarrowedToThePlaceInTheQuestionsWords() {
        String question = "How many North Korean troops died in Kursk in December 2024?";
        String note = places.note(question, parser.parse(question, TODAY));
        assertEquals("Tally keeps no figures by place, so the figures below are not narrowed to 'in Kursk': each is its"
                + " source's figure as worded, for whatever place its source counted.", note);
        String two = "How many North Korean troops are in Kursk or Moscow or near kursk?";
        assertTrue(places.note(two, parser.parse(two, TODAY)).contains("not narrowed to 'in Kursk' or 'Moscow':"));
    }

    /** A place the subject's own note already names ("in Pokrovsk", a breakdown since round 63) is not said twice. */
    @Test
    void aPlaceTheBreakdownNoteNamesIsNotSaidTwice() {
        String question = "How many North Korean soldiers were killed in Pokrovsk?";
        ParsedQuestion parsed = parser.parse(question, TODAY);
        assertEquals(List.of("in pokrovsk"), parsed.subject().notBrokenDown());
        assertNull(places.note(question, parsed));
        String both = "How many North Korean soldiers were killed in Kursk and in Pokrovsk?";
        String note = places.note(both, parser.parse(both, TODAY));
        assertTrue(note.contains("'in Kursk':") && !note.contains("Pokrovsk"), note);
    }

    @Test
    void noLexiconNoPlace() {
        String question = "how many are still in kursk?";
        assertNull(NamedPlaces.NONE.note(question, parser.parse(question, TODAY)));
    }

    @Test
    void randomTextNeverThrowsAndQuotesOnlyTheQuestionsOwnText() {
        List<String> pieces = List.of("in", "near", "the", "Kursk", "kursk", "Russia's", "'s", "s", "of", "Far", "East",
                "according to", "Kyiv", "Independent", "says", "officials", "쿠르스크에서", "в", "Курской", "области",
                "İ", "ß", "\u0130stanbul", "\u200b", "<@1>", "**", "?", "'", "\n", "\uD83D\uDE00", "\uD800", "ﬁ", "");
        Random random = new Random(67L);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                if (random.nextInt(4) == 0) {
                    sb.appendCodePoint(random.nextInt(0x30000));
                } else {
                    sb.append(pieces.get(random.nextInt(pieces.size())));
                }
                sb.append(random.nextBoolean() ? " " : "");
            }
            String question = sb.toString();
            List<NamedPlaces.Found> found = assertDoesNotThrow(() -> places.in(question), question);
            for (NamedPlaces.Found f : found) {
                assertFalse(f.quoted().isBlank(), question);
                assertTrue(f.quoted().length() < 120 && !f.quoted().contains("\n"), question);
            }
            assertDoesNotThrow(() -> places.note(question, parser.parse(question, TODAY)), question);
        }
        assertDoesNotThrow(() -> places.in("in kursk ".repeat(800)));
        assertEquals(List.of("in kursk"), places.in("how many are in" + "!".repeat(500) + "kursk?").stream()
                .map(NamedPlaces.Found::quoted).toList());
        assertEquals(List.of("in Kursk"), places.in("how many are in\n  Kursk?").stream()
                .map(NamedPlaces.Found::quoted).toList());
        assertTrue(places.in("в курск" + "а".repeat(3000)).get(0).quoted().length() <= 81);
    }
}
