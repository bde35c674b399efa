package tally.app.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

class ArticleReportTest {

    private static final Article ARTICLE = new Article("x.txt", null, "Kyiv Post", null, null, null, Map.of(),
            "The agency said 200 North Korean soldiers were killed in one assault.", 1);

    @Test
    void aClaimLineShowsScopeAndEveryUncertainFieldWithTheSourcesWords() {
        Claim claim = new Claim(Metric.KILLED, new Figure(200L, 200L, null, "200"),
                Claimant.unlisted("the agency", Claimant.Kind.OFFICIAL_BODY), null,
                ClaimDate.day(LocalDate.of(2025, 1, 6), DateBasis.STATED),
                List.of(Source.of(ARTICLE, ARTICLE.body())), Scope.INCIDENT,
                Certainty.CERTAIN.withClaimant(Certainty.Field.doubt("claimant from a previous sentence", "the agency")));
        assertEquals("Killed: 200 (in one incident) — the agency — claimed 6 Jan 2025 — claimant uncertain (claimant "
                + "from a previous sentence), the source says \"the agency\"", ArticleReport.claimLine(claim));
    }

    @Test
    void wordsThatAreTheWholeQuotedSentenceAreNotRepeatedOnTheLine() {
        Claim claim = new Claim(Metric.KILLED, new Figure(200L, 200L, null, "200"),
                Claimant.unlisted("the agency", Claimant.Kind.OFFICIAL_BODY), null, ClaimDate.UNKNOWN,
                List.of(Source.of(ARTICLE, ARTICLE.body())), Scope.TOTAL,
                Certainty.CERTAIN.withMetric(Certainty.Field.doubt("two verbs could govern this number", ARTICLE.body())));
        assertEquals("Killed: 200 — the agency — date unknown — metric uncertain (two verbs could govern this number)",
                ArticleReport.claimLine(claim));
    }

    @Test
    void aPreviewSaysWhatIsMissingAndEndsWithTheCaveat() {
        ArticleDraft draft = new ArticleDraft("x", "---\n" + ARTICLE.body(), ARTICLE, List.of("no title on the page"),
                new ArticleSource.Upload("x.html", new byte[0]), List.of());
        Claim claim = new Claim(Metric.KILLED, new Figure(200L, 200L, null, "200"),
                new Claimant("hur", "Ukraine's military intelligence (HUR)", Claimant.Kind.OFFICIAL_BODY), null,
                ClaimDate.UNKNOWN, List.of(Source.of(ARTICLE, ARTICLE.body())));
        String text = ArticleReport.preview(new ArticlePreview(draft, List.of(claim, claim)), 1);
        assertTrue(text.contains("Title:     not stated\n"), text);
        assertTrue(text.contains("Published: not stated (Tally will infer it from the text)\n"), text);
        assertTrue(text.contains("  - no title on the page\n"), text);
        assertTrue(text.contains("- Killed: 200 — Ukraine's military intelligence (HUR) — date unknown\n"), text);
        assertTrue(text.contains("  ... and 1 more\n"), text);
        assertTrue(text.endsWith(ArticleReport.CAVEAT + "\n"), text);
    }

    @Test
    void aPreviewWithoutClaimsSaysSoAndStillNeedsNoCaveat() {
        ArticleDraft draft = new ArticleDraft("x", "---\n" + ARTICLE.body(), ARTICLE, List.of(),
                new ArticleSource.Link("https://example.org/a"), List.of("https://example.org/a"));
        String text = ArticleReport.preview(new ArticlePreview(draft, List.of()), 10);
        assertTrue(text.endsWith("Tally finds no claims about North Korean troops in it (it can still be added and searched).\n"));
    }

    /** A count of one reads "1 claim", in every result line; the near miss, two, keeps its s. */
    @Test
    void aCountOfOneIsSingularAndTwoPlural() {
        assertEquals("Added a.txt to the corpus: 1 claim (1 new, 0 already reported by other articles). Answers include"
                + " it now.", ArticleReport.added(new ArticleAdded("a.txt", 1, 1, "v", null)));
        assertEquals("Added a.txt to the corpus, but the index could not be refreshed: disk full. It will be read at"
                + " the next refresh; the preview found 1 claim in it.",
                ArticleReport.added(new ArticleAdded("a.txt", 1, 0, "v", "disk full")));
        assertEquals("Removed a.txt from the corpus. It was a source of 1 claim; 1 had no other source and is gone."
                + " Moved to r/a.txt, with the reason beside it.",
                ArticleReport.removed(new ArticleRemoved("a.txt", "r/a.txt", 1, 1, "v", null)));
        assertEquals("Removed a.txt from the corpus. It was a source of 2 claims; 2 had no other source and are gone."
                + " Moved to r/a.txt, with the reason beside it.",
                ArticleReport.removed(new ArticleRemoved("a.txt", "r/a.txt", 2, 2, "v", null)));
    }
}
