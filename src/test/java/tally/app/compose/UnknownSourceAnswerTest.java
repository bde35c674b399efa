package tally.app.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.app.question.TestConfig;
import tally.index.InMemoryCorpusIndex;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.Metric;
import tally.model.Source;

/**
 * A question that names a source the directory does not list: its answer is the figures of an unlisted claimant or
 * relay with those words, or none with a note and passages that name it; never every claimant's figures.
 */
class UnknownSourceAnswerTest {

    /** "Hundreds ... according to news reports citing a US military official": told by a source Tally does not list. */
    static final Claim US_MILITARY_OFFICIAL = new Claim(Metric.KILLED_OR_WOUNDED, fig(null, null, "Hundreds"),
            Claimant.unlisted("a US military official", Claimant.Kind.PERSON), null, day(2024, 12, 17),
            List.of(Source.of(KOREA_HERALD, paragraphs(KOREA_HERALD).get(0))));
    /** The NIS's figure as relayed by an outlet Tally does not list. */
    static final Claim NIS_VIA_POST = new Claim(Metric.DEPLOYED, fig(3000L, 3000L, "Approximately 3,000"),
            claimant("nis"), Claimant.unlisted("The Washington Post", Claimant.Kind.MEDIA), day(2024, 10, 23),
            List.of(Source.of(DEVDISCOURSE, paragraphs(DEVDISCOURSE).get(0))));

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);
    private final InMemoryCorpusIndex index = index(withUnlisted());

    private static List<Claim> withUnlisted() {
        List<Claim> claims = new ArrayList<>(CLAIMS);
        claims.add(US_MILITARY_OFFICIAL);
        claims.add(NIS_VIA_POST);
        return claims;
    }

    private static ParsedQuestion asking(Set<Metric> metrics, String unknownSource) {
        return new ParsedQuestion(metrics, null, null, null, true, Subject.UNSTATED, Intent.LIST, List.of(), null, true,
                unknownSource);
    }

    private static List<Claim> shown(Answer answer) {
        return answer.groups().stream().flatMap(g -> g.claims().stream()).toList();
    }

    @Test
    void theFiguresOfAnUnlistedClaimantWithTheWordsAskedAreTheAnswerAndNoOneElses() {
        Answer answer = composer.compose("What did the US military official say about casualties?",
                asking(Set.of(Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED, Metric.CAPTURED),
                        "the US military official"), index);
        assertEquals(List.of(US_MILITARY_OFFICIAL), shown(answer));
        // the Pentagon's "Hundreds" is the United States', not this official's: a listed source never answers
        assertFalse(shown(answer).contains(US_HUNDREDS));
        assertTrue(answer.hasFigures());
        assertEquals(AnswerComposer.CAVEAT, answer.caveat());
    }

    @Test
    void aFigureTheUnknownSourceOnlyRelayedIsItsAnswerToo() {
        Answer answer = composer.compose("How many were sent according to the Washington Post?",
                asking(Set.of(Metric.DEPLOYED), "the washington post"), index);
        assertEquals(List.of(NIS_VIA_POST), shown(answer));
        assertEquals(List.of(Metric.DEPLOYED), answer.groups().stream().map(FigureGroup::metric).toList());
    }

    @Test
    void withNoFigureByThoseWordsTheNoteSaysTheListHasNoSuchNameAndOnlyPassagesWithTheWordsAreOffered() {
        Answer answer = composer.compose("What did the blog say about deaths?", asking(Set.of(Metric.KILLED), "the blog"),
                index);
        assertTrue(answer.groups().isEmpty(), "no figure, least of all another party's");
        assertTrue(answer.note().startsWith("Tally's list of sources has no “the blog”, and no figure in the articles "
                + "is attributed to those words"), answer.note());
        assertFalse(answer.passages().isEmpty());
        assertTrue(answer.passages().stream().allMatch(p -> p.text().toLowerCase().contains("blog")),
                answer.passages().toString());
    }

    @Test
    void withNoPassageEitherTheNoteSaysTheSearchFoundNone() {
        Answer answer = composer.compose("What did the Mossad say about North Korean casualties?",
                asking(Set.of(Metric.KILLED, Metric.KILLED_OR_WOUNDED), "the Mossad"), index);
        assertTrue(answer.groups().isEmpty());
        assertTrue(answer.passages().isEmpty());
        assertTrue(answer.note().contains("Tally's list of sources has no “the Mossad”"), answer.note());
        assertTrue(answer.note().endsWith("Nor did Tally find a passage in the articles that names “the Mossad”."),
                answer.note());
    }

    @Test
    void wordsThatTellOtherFiguresButNoneOfThoseAskedSayJustThat() {
        Answer answer = composer.compose("How many were captured according to the Washington Post?",
                asking(Set.of(Metric.CAPTURED), "the Washington Post"), index);
        assertTrue(answer.groups().isEmpty());
        assertTrue(answer.note().startsWith("The sources have no figures for captured from “the Washington Post”."),
                answer.note());
    }

    @Test
    void aWordOfTheNameIsNotTheName() {
        Answer answer = composer.compose("What did the Post say?", asking(Set.of(), "the Post Office"), index);
        assertTrue(answer.groups().isEmpty(), "'The Washington Post' does not have the words 'Post Office'");
    }
}
