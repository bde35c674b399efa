package tally.app.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.app.compose.AnswerComposer;
import tally.app.question.TestConfig;
import tally.model.Claim;
import tally.model.Metric;

/**
 * Round 63: a revision question that names a measure ("has the NIS revised its death toll?") is answered with that
 * measure's revisions only; the combined casualty figures shown alongside are no answer to it.
 */
class RevisionLeadsTest {

    private final AnswerComposer composer = new AnswerComposer(TestConfig.DIRECTORY);
    private final TextRenderer renderer = new TextRenderer();

    private static ParsedQuestion revisionsOf(Set<Metric> metrics) {
        return new ParsedQuestion(metrics, null, null, null, true, Subject.UNSTATED, Intent.REVISIONS, List.of(),
                null, true);
    }

    private static Claim nis(Metric metric, long n, int month) {
        return own(claim(metric, fig(n, n, String.format("%,d", n)), "nis", null, day(2025, month, 10), AL_JAZEERA, 0));
    }

    private static String lead(String text) {
        return text.substring(0, text.indexOf("\n\n"));
    }

    @Test
    void aDeathTollQuestionLeadsWithTheDeathTollsRevisionsOnly() {
        List<Claim> claims = List.of(nis(Metric.KILLED, 300, 1), nis(Metric.KILLED, 600, 4),
                nis(Metric.KILLED_OR_WOUNDED, 3000, 1), nis(Metric.KILLED_OR_WOUNDED, 4700, 4));
        String text = renderer.render(composer.compose("has the NIS revised its death toll?",
                revisionsOf(Set.of(Metric.KILLED)), index(claims)));
        String lead = lead(text);
        assertTrue(lead.startsWith(RevisionLeads.HEADER), text);
        assertTrue(lead.contains("from 300 (10 Jan 2025) to 600 (10 Apr 2025) (North Korean troops killed)"), text);
        assertFalse(lead.contains("4,700"), text);
        // the combined figures are still shown, under their own heading, as alongside
        assertTrue(text.contains("revised its figure from 3,000 (10 Jan 2025) to 4,700 (10 Apr 2025)"), text);
    }

    @Test
    void whenOnlyAnotherMeasureWasRevisedTheLeadSaysSoAndSetsItApart() {
        List<Claim> claims = List.of(nis(Metric.KILLED, 300, 1),
                nis(Metric.KILLED_OR_WOUNDED, 3000, 1), nis(Metric.KILLED_OR_WOUNDED, 4700, 4));
        String lead = lead(renderer.render(composer.compose("has the NIS revised its death toll?",
                revisionsOf(Set.of(Metric.KILLED)), index(claims))));
        assertTrue(lead.startsWith("No named claimant here gives two different totals for North Korean troops killed on"
                + " two dates, so Tally shows no revision of it. Revised totals of another measure, which count"
                + " something else and do not answer the question:\n- "), lead);
        assertTrue(lead.contains("from 3,000 (10 Jan 2025) to 4,700 (10 Apr 2025) (North Korean troops killed or wounded"
                + " (combined casualties))"), lead);
        assertFalse(lead.contains(RevisionLeads.HEADER), lead);
    }

    @Test
    void aQuestionNamingNoMeasureLeadsWithEveryMeasuresRevisions() {
        List<Claim> claims = List.of(nis(Metric.KILLED, 300, 1), nis(Metric.KILLED, 600, 4),
                nis(Metric.KILLED_OR_WOUNDED, 3000, 1), nis(Metric.KILLED_OR_WOUNDED, 4700, 4));
        String lead = lead(renderer.render(composer.compose("has the NIS revised its figures?",
                revisionsOf(Set.of()), index(claims))));
        assertTrue(lead.startsWith(RevisionLeads.HEADER), lead);
        assertTrue(lead.contains("to 600 (10 Apr 2025) (North Korean troops killed)"), lead);
        assertTrue(lead.contains("to 4,700 (10 Apr 2025) (North Korean troops killed or wounded"), lead);
    }
}
