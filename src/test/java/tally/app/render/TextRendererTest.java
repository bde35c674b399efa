package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.compose.AnswerComposer;
import tally.app.question.TestConfig;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Passage;
import tally.model.Source;
import tally.testing.Snapshot;

class TextRendererTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);
    private final TextRenderer renderer = new TextRenderer();

    private String render(String question, ParsedQuestion parsed) {
        return renderer.render(composer.compose(question, parsed, index()));
    }

    @Test
    void deathsWithCombinedCasualtiesAlongside() {
        String text = render("How many North Korean soldiers have died?",
                new ParsedQuestion(Set.of(Metric.KILLED), null, null, true));
        Snapshot.assertMatches(getClass(), "deathsWithCombinedCasualtiesAlongside", "txt", text);
    }

    @Test
    void everyMetric() {
        String text = renderer.render(composer.compose("Every figure", ParsedQuestion.everything(), index()));
        Snapshot.assertMatches(getClass(), "everyMetric", "txt", text);
    }

    @Test
    void noFiguresWithPassages() {
        Period dec = new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31), "in December 2024");
        String text = render("How many North Korean soldiers were captured in Kursk in December 2024?",
                new ParsedQuestion(Set.of(Metric.CAPTURED), null, null, dec, true));
        Snapshot.assertMatches(getClass(), "noFiguresWithPassages", "txt", text);
    }

    @Test
    void offTopic() {
        String text = render("What's the weather in Paris?", new ParsedQuestion(Set.of(), null, null, false));
        Snapshot.assertMatches(getClass(), "offTopic", "txt", text);
    }

    @Test
    void aFigureLineNamesClaimantDateAndEverySourceWithInferredDatesMarked() {
        assertEquals("- more than 3,000 — Volodymyr Zelensky, President of Ukraine — claimed 23 Dec 2024 — reported by "
                + "Al Jazeera (2024-12-24), Le Monde (2024-12-23, inferred)", renderer.figureLine(ZELENSKY_DEC));
    }

    @Test
    void anArticleQuotedTwiceForOneClaimIsListedOnce() {
        Claim twice = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "4,000"), "zelensky", null,
                day(2025, 1, 9), PRAVDA, 0, PRAVDA, 1, AL_JAZEERA, 0);
        assertTrue(renderer.figureLine(twice).endsWith(
                "reported by Ukrainska Pravda (2025-01-09), Al Jazeera (2024-12-24)"), renderer.figureLine(twice));
    }

    @Test
    void aPassageWithoutOutletNamesItsFileOnceAndLongPassagesAreCutBetweenWords() {
        String body = "North Korean soldiers were seen near Kursk. " + "word ".repeat(200);
        Passage p = new Passage("x.txt", null, null, new tally.model.Published(LocalDate.of(2024, 12, 23), true, "text"), body, 1f);
        Answer answer = new Answer("q", new ParsedQuestion(Set.of(), null, null, true), List.of(), List.of(p),
                "The sources have no figures.", AnswerComposer.CAVEAT);
        String text = renderer.render(answer);
        assertTrue(text.contains("- x.txt (2024-12-23, inferred): \"North Korean soldiers were seen near Kursk. word"), text);
        assertTrue(text.contains("word …\""), text);
    }

    @Test
    void aPassageWithoutOutletIsNamedByItsTitleShortenedThenItsFile() {
        String text = renderer.render(passageAnswer("War in Ukraine: North Korean soldiers were seen near the border of "
                + "the Kursk region, according to Kyiv"));
        assertTrue(text.contains("- \u201cWar in Ukraine: North Korean soldiers were seen near the border of the\u2026\u201d "
                + "(2024-12-23, inferred), x.txt: \"North Korean soldiers"), text);
    }

    @Test
    void aTitleNamingAPassageStopsBeforeItsFigureSoTheNameStatesNoFigureWithoutItsSource() {
        String text = renderer.render(passageAnswer("War in Ukraine: 3,000 North Korean soldiers were killed or wounded in "
                + "combat, according to Kyiv"));
        assertTrue(text.contains("- \u201cWar in Ukraine\u2026\u201d (2024-12-23, inferred), x.txt:"), text);
        assertFalse(text.contains("3,000"), text);
    }

    private static Answer passageAnswer(String title) {
        Passage p = new Passage("x.txt", null, title, new tally.model.Published(LocalDate.of(2024, 12, 23), true, "text"),
                "North Korean soldiers were seen near Kursk.", 1f);
        return new Answer("q", new ParsedQuestion(Set.of(), null, null, true), List.of(), List.of(p),
                "The sources have no figures.", AnswerComposer.CAVEAT);
    }

    @Test
    void unknownClaimantAndDateAreSaidOutLoud() {
        String line = renderer.figureLine(UNNAMED_DEAD);
        assertTrue(line.contains("claimant unknown"), line);
        assertTrue(line.contains("date unknown"), line);
        assertTrue(line.contains("publication date unknown"), line);
    }

    @Test
    void aRelayedClaimNamesTheRelayer() {
        assertTrue(renderer.figureLine(NIS_VIA_PARK).contains(
                "South Korea's National Intelligence Service (NIS), relayed by Park Sun-won"), renderer.figureLine(NIS_VIA_PARK));
    }

    @Test
    void aRevisionShowsBothFiguresInTheirOwnWordsWithDates() {
        String text = render("q", new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true));
        assertTrue(text.contains("Volodymyr Zelensky revised the figure from more than 3,000 (23 Dec 2024) to 4,000 (9 Jan 2025)"), text);
        assertTrue(text.contains("Spread of the totals: from more than 3,000 (Volodymyr Zelensky) to about 4,000 (Kyrylo Budanov)"), text);
    }

    @Test
    void theCaveatIsAlwaysTheLastLine() {
        for (ParsedQuestion parsed : List.of(ParsedQuestion.everything(), new ParsedQuestion(Set.of(), null, null, false),
                new ParsedQuestion(Set.of(Metric.WOUNDED), null, "russia", null, true))) {
            String text = render("q", parsed);
            assertTrue(text.strip().endsWith(AnswerComposer.CAVEAT) || text.strip().endsWith(AnswerComposer.NOTHING_CITED),
                    text);
            assertTrue(text.contains("unverified"));
        }
    }

    /** Faithfulness: every digit sequence shown comes from a source sentence, the question, a date or a file name. */
    @Test
    void everyNumberInTheTextComesFromTheSourcesTheQuestionOrDates() {
        List<String> questions = List.of("How many died?", "casualties according to Zelensky", "sent in 2024",
                "captured in December 2024", "What about 77777 soldiers?");
        for (String question : questions) {
            TallyParse parsed = new TallyParse(question);
            Answer answer = composer.compose(question, parsed.parsed(), index());
            String text = renderer.render(answer);
            List<String> allowed = allowedText(question, answer);
            Matcher digits = Pattern.compile("\\d+").matcher(text);
            while (digits.find()) {
                String run = digits.group();
                assertTrue(allowed.stream().anyMatch(a -> a.contains(run)),
                        () -> "'" + run + "' is in no source, question or date:\n" + text);
            }
        }
    }

    private record TallyParse(String question) {
        ParsedQuestion parsed() {
            return new tally.app.question.QuestionParser(TestConfig.LEXICON, TestConfig.DIRECTORY)
                    .parse(question, LocalDate.of(2025, 2, 4));
        }
    }

    private static List<String> allowedText(String question, Answer answer) {
        List<String> allowed = new ArrayList<>(List.of(question));
        for (Claim c : CLAIMS) {
            allowed.add(c.claimDate().display());
            for (Source s : c.sources()) {
                allowed.add(s.quote());
                allowed.add(s.file());
                allowed.add(String.valueOf(s.published() == null ? "" : s.published().date()));
            }
        }
        for (Article a : ARTICLES) {
            allowed.add(a.file());
            allowed.add(String.valueOf(a.published() == null ? "" : a.published().date()));
        }
        for (Passage p : answer.passages()) {
            allowed.add(p.text());
        }
        if (answer.parsed().period() != null) {
            allowed.add(answer.parsed().period().from() + " " + answer.parsed().period().to());
        }
        return allowed;
    }

    /**
     * A total read with doubt never stands at an end of the spread; when it lies outside the spread the line says it was
     * left out and why, so the reader does not take the spread for an error. Near-miss: a doubted total inside the
     * spread changes nothing, so nothing is said.
     */
    @Test
    void aDoubtedTotalOutsideTheSpreadIsSaidToBeLeftOut() {
        tally.model.Certainty doubt = tally.model.Certainty.CERTAIN.withClaimant(
                tally.model.Certainty.Field.doubt("claimant from a previous sentence", "he"));
        Claim outside = claim(Metric.KILLED_OR_WOUNDED, fig(12000L, 12000L, "12,000"), "hur", null,
                day(2025, 1, 20), PRAVDA, 0).withCertainty(doubt);
        Claim inside = claim(Metric.KILLED_OR_WOUNDED, fig(3500L, 3500L, "3,500"), "hur", null,
                day(2025, 1, 21), PRAVDA, 1).withCertainty(doubt);
        ParsedQuestion casualties = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true);
        String withOutside = renderer.render(composer.compose("q", casualties,
                index(List.of(ZELENSKY_DEC, ZELENSKY_JAN, outside))));
        // both ends one claimant's: dated, and said to be so (trial 6: read as two sources' disagreement)
        assertTrue(withOutside.contains("Spread of the totals: from more than 3,000 (Volodymyr Zelensky, 23 Dec 2024) to"
                + " 4,000 (Volodymyr Zelensky, 9 Jan 2025): both ends are one claimant's figures, at two dates; 1 total"
                + " outside it is left out because Tally read it with doubt"), withOutside);
        // a new composer: whole-corpus groups are kept per corpus version, and both test indexes share one
        String withInside = renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", casualties,
                index(List.of(ZELENSKY_DEC, ZELENSKY_JAN, inside))));
        assertTrue(withInside.contains("Spread of the totals: from more than 3,000 (Volodymyr Zelensky, 23 Dec 2024) to"
                + " 4,000 (Volodymyr Zelensky, 9 Jan 2025): both ends are one claimant's figures, at two dates\n"),
                withInside);
    }

    /**
     * Trial 8: a spread whose one end is undated was said to be "at two dates". An undated end says "date unknown",
     * whoever stands at the other end, and one claimant's spread says one of its ends is undated. Near-miss: two
     * dated ends of one claimant stay "at two dates" (above).
     */
    @Test
    void anUndatedEndOfTheSpreadIsSaidToBeUndated() {
        Claim undated = claim(Metric.KILLED_OR_WOUNDED, fig(5000L, 5000L, "5,000"), "zelensky", null,
                tally.model.ClaimDate.UNKNOWN, PRAVDA, 1);
        ParsedQuestion casualties = new ParsedQuestion(Set.of(Metric.KILLED_OR_WOUNDED), null, null, true);
        String one = renderer.render(composer.compose("q", casualties, index(List.of(ZELENSKY_DEC, undated))));
        assertTrue(one.contains("Spread of the totals: from more than 3,000 (Volodymyr Zelensky, 23 Dec 2024) to 5,000"
                + " (Volodymyr Zelensky, date unknown): both ends are one claimant's figures, one of them undated"), one);
        Claim hur = claim(Metric.KILLED_OR_WOUNDED, fig(1200L, 1200L, "1,200"), "hur", null, day(2025, 1, 20), PRAVDA, 0);
        String two = renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", casualties,
                index(List.of(hur, undated))));
        assertTrue(two.contains("to 5,000 (Volodymyr Zelensky, date unknown)"), two);
        assertFalse(two.contains("1,200 (Ukraine's military intelligence (HUR/GUR), "), "a dated end of two claimants'"
                + " spread keeps its name alone: " + two);
    }

    /**
     * Trial 12: one range ("15,000 to 18,000") reached both ends, and the line named it twice, "at two dates". Another
     * total tying an end stands there; with none, the line says the range is the whole spread, one figure. Near-miss:
     * two figures of one claimant on one day are "of the same date", not "at two dates".
     */
    @Test
    void aRangeReachingBothEndsIsOneFigureNotTwoEnds() {
        ParsedQuestion sent = new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true);
        Claim range = claim(Metric.DEPLOYED, fig(15000L, 18000L, "15,000 to 18,000"), "nis", null,
                day(2025, 4, 30), PRAVDA, 0);
        Claim inside = claim(Metric.DEPLOYED, fig(16000L, 16000L, "16,000"), "hur", null, day(2025, 4, 2), PRAVDA, 1);
        String alone = renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", sent,
                index(List.of(range, inside))));
        assertTrue(alone.contains("Spread of the totals: every total lies within one figure's own range: 15,000 to"
                + " 18,000 (South Korea's National Intelligence Service (NIS), 30 Apr 2025)\n"), alone);
        assertFalse(alone.contains("at two dates"), alone);
        Claim tie = claim(Metric.DEPLOYED, fig(15000L, 15000L, "a total of 15,000"), "nis", null,
                day(2025, 4, 2), PRAVDA, 1);
        String tied = renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", sent,
                index(List.of(range, tie))));
        assertTrue(tied.contains("Spread of the totals: from a total of 15,000 (South Korea's National Intelligence"
                + " Service (NIS), 2 Apr 2025) to 15,000 to 18,000 (South Korea's National Intelligence Service (NIS),"
                + " 30 Apr 2025): both ends are one claimant's figures, at two dates\n"), tied);
        Claim sameDay = claim(Metric.DEPLOYED, fig(12000L, 12000L, "12,000"), "nis", null, day(2025, 4, 30), PRAVDA, 1);
        String oneDay = renderer.render(new AnswerComposer(TestConfig.DIRECTORY).compose("q", sent,
                index(List.of(range, sameDay))));
        assertTrue(oneDay.contains("to 15,000 to 18,000 (South Korea's National Intelligence Service (NIS), 30 Apr"
                + " 2025): both ends are one claimant's figures, of the same date\n"), oneDay);
    }

    /**
     * A date read with doubt still places a claim in a period, so the line shows it as a reading and says the claim may
     * lie outside the period asked; before, the line said only "date uncertain" under a period it had been filed in.
     * Near-miss: a date read without doubt is the claim's date, with no such words.
     */
    @Test
    void aDateReadWithDoubtIsShownAsAReadingThatMayLieOutsideThePeriod() {
        Claim doubted = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "about 4,000"), "hur", null,
                day(2025, 2, 3), PRAVDA, 0).withCertainty(tally.model.Certainty.CERTAIN.withDate(
                tally.model.Certainty.Field.doubt("date of the source's earlier statement in the article", null)));
        Period february = new Period(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), "in February 2025");
        assertEquals("date uncertain: read as 3 Feb 2025 (date of the source's earlier statement in the article; it may "
                + "lie outside the period asked)", Wording.date(doubted, february));
        assertEquals("date uncertain: read as 3 Feb 2025 (date of the source's earlier statement in the article)",
                Wording.date(doubted, null));
        Claim sure = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "about 4,000"), "hur", null,
                day(2025, 2, 3), PRAVDA, 0);
        assertEquals("claimed 3 Feb 2025", Wording.date(sure, february));
    }
}
