package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.adapter.bench.GoldFile;
import tally.adapter.bench.LabelledScore;
import tally.config.ClaimantDirectory;
import tally.model.Article;

/**
 * Extraction scored against gold a reader wrote from the article alone (schema: {@link GoldFile}). The seed articles
 * and the dev articles must score at least 0.95 on every measure; the labelled corpus's sealed part is held to a
 * floor and a ceiling of non-troop numbers taken for troop figures (see below), and prints its distance to issue 7's bar. The dev
 * part of the labelled corpus prints every error by kind (it is there to be read); the sealed part prints aggregates
 * only, and nothing of any article. Run alone: {@code mvn -q -ntp test -Dtest=LabelledCorpusScoreTest}.
 */
class LabelledCorpusScoreTest {

    private static final double KNOWN_BAR = 0.95;
    private static RuleBasedExtraction extraction;
    private static ClaimantDirectory directory;

    @BeforeAll
    static void load() {
        extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
        directory = ClaimantDirectory.load(Path.of("config"));
    }

    @Test
    void seedArticlesScoreAtLeastNinetyFivePercentOnEveryMeasure() throws Exception {
        LabelledScore score = score(Path.of("corpus"), resource("/tally/extract/seed-gold"));
        System.out.println("Seed articles: " + score.details());
        assertKnownBar(score);
    }

    @Test
    void devArticlesScoreAtLeastNinetyFivePercentOnEveryMeasure() throws Exception {
        Path dir = resource("/tally/extract/dev-articles");
        LabelledScore score = score(dir, dir);
        System.out.println("Dev articles: " + score.details());
        assertKnownBar(score);
    }

    @Test
    void labelledDevCorpusPrintsEveryErrorByKind() throws Exception {
        Path dir = labelled("dev");
        LabelledScore score = score(dir, dir);
        System.out.println("Labelled corpus, dev: " + score.details());
        assertTrue(score.rows() > 0, "the dev part has gold rows");
    }

    /**
     * The sealed part, aggregates only. Issue 7's bar (recall 0.90, precision 0.95, attribution 0.90, claim dates 0.85)
     * is not reached yet: the test prints how far each measure is from it and fails below the floor reached so far
     * (a ratchet: raise it as the extractor improves, never lower it), and above the ceiling of non-troop figures.
     */
    @Test
    void labelledSealedCorpusStaysAboveItsFloorAndPrintsAggregatesOnly() throws Exception {
        Path dir = labelled("sealed");
        LabelledScore score = score(dir, dir);
        String line = score.summary();
        System.out.println("Labelled corpus, sealed: " + line);
        System.out.println("  issue 7 bar: " + bar("recall", score.recall(), 0.90) + ", " + bar("precision",
                score.precision(), 0.95) + ", " + bar("attribution", score.attribution(), 0.90) + ", "
                + bar("claim dates", score.dates(), 0.85));
        assertTrue(score.rows() > 0, "the sealed part has gold rows");
        new ScoreFloors(SEALED_FLOOR_RECALL, SEALED_FLOOR_PRECISION, SEALED_FLOOR_ATTRIBUTION, SEALED_FLOOR_DATES,
                SEALED_FLOOR_CLAIMANTS_RIGHT, SEALED_FLOOR_DATES_RIGHT).heldBy(score, "sealed");
        assertTrue(score.nonTroop() <= SEALED_CEILING_NON_TROOP, "sealed: more non-troop numbers taken as troop figures: "
                + line);
        assertTrue(score.asFact().wrong() <= SEALED_CEILING_WRONG_AS_FACT, "sealed: more wrong fields a reply would "
                + "state as fact: " + line);
        assertTrue(score.asFact().scopeAsTotal() <= SEALED_CEILING_SCOPE_AS_TOTAL, "sealed: more parts, periods or "
                + "incidents read as totals: " + line);
    }

    /**
     * Floors for the sealed part. On 30 Nov 2026 (round 3) every article sealed in rounds 1 and 2 was read for its
     * failures and moved to dev (see the corpus README's log), and 42 new articles, written and labelled by people who
     * never saw Tally's code or output, were sealed with the 4 of the reserve (46 articles, 122 claims). With the
     * extractor as it stood before round 3 that part scores recall 0.672 (82/122), precision 0.810, attribution 0.776
     * (66/85), claim dates 0.800 (68/85) and 4 non-troop numbers as troop figures: what the extractor does on articles
     * it has never seen. The floors are the scores reached since, rounded down: a ratchet, raised only to a value
     * reached, never lowered, except where a ratio dips only because a newly matched claim came with a wrong field
     * while no right one was lost (round 60's attribution: said there, with the numbers). The counts of right claimants
     * and right dates have floors of their own, since a newly matched claim with a wrong claimant lowers a ratio but
     * never a count. Non-troop figures have a ceiling instead,
     * lowered as they are fixed (the bar is 0). Round 3's rules brought it to recall 0.730 (89/122), precision
     * 0.877 (93/106), attribution 0.806 (75/93), claim dates 0.796 (74/93). The date ratio went from 0.800 (68/85) down
     * while right dates went up to 74: the figures read for the first time (thousands written "12 000") came with dates
     * partly wrong, which is why the counts hold the line the ratios cannot.
     * <p>
     * Round 4 (same day) sealed 7 more articles drawn by a seeded split before anyone read them (53 articles, 138
     * claims), so the floors were set again on the larger part, at the scores the extractor had on it before any rule
     * of round 4: recall 0.732 (101/138), precision 0.877 (107/122), attribution 0.794 (85/107), claim dates 0.813
     * (87/107), 5 non-troop figures. The new articles brought one non-troop figure and lower attribution with them;
     * nothing of the old part got worse.
     * <p>
     * Later that day (round 4b) 5 more articles of 15, drawn the same way, were sealed (58 articles, 149 claims). The
     * extractor as it stood before round 4 and the one after it score that part the same: recall 0.725 (108/149),
     * precision 0.870 (114/131), attribution 0.789 (90/114), claim dates 0.807 (92/114), 5 non-troop figures. The
     * floors are those scores.
     * <p>
     * Round 5 (same day, later) sealed 5 more articles of 13, drawn the same way (63 articles, 163 claims). The
     * extractor as it stood before any rule of round 5 scores that part: recall 0.736 (120/163), precision 0.870
     * (127/146), attribution 0.772 (98/127), claim dates 0.795 (101/127), 5 non-troop figures; the floors are those
     * scores, rounded down. The new articles brought a lower attribution and date ratio with them (the counts rose).
     * <p>
     * Round 6 (1 December 2026) sealed 13 more articles of 39, drawn the same way before anyone read them (76 articles,
     * 202 claims). The extractor as it stood before any rule of round 6 scores that part: recall 0.733 (148/202),
     * precision 0.887 (157/177), attribution 0.745 (117/157), claim dates 0.790 (124/157), 5 non-troop figures; the
     * floors are those scores, rounded down. On their own the 13 new articles scored recall 0.718, precision 0.968,
     * attribution 0.600 and claim dates 0.767, so attribution fell with them.
     * <p>
     * Round 7 (1 December 2026) wrote rules from dev alone and raised the sealed scores to recall 0.743 (150/202),
     * precision 0.888 (159/179), attribution 0.748 (119/159), claim dates 0.799 (127/159); the floors were raised to
     * them, rounded down (the ratios to two places, the counts as they are).
     * <p>
     * Round 9 (1 December 2026) sealed 11 more articles of 34, drawn the same way before anyone read them (87 articles,
     * 227 claims). The extractor as it stood before any rule of round 9 scores that part: recall 0.744 (169/227),
     * precision 0.891 (179/201), attribution 0.749 (134/179), claim dates 0.810 (145/179), 5 non-troop figures; the
     * floors are those scores, rounded down. On their own the 11 new articles scored recall 0.760, precision 0.909,
     * attribution 0.750 and claim dates 0.900.
     * <p>
     * Round 10 (same day) wrote rules from dev alone and raised that part to recall 0.753 (171/227), precision 0.892
     * (181/203), attribution 0.773 (140/181), claim dates 0.823 (149/181), 5 non-troop figures. Round 11 then sealed 12
     * more articles of 36, drawn the same way before anyone read them (99 articles, 262 claims). The extractor after
     * round 10, before any rule of round 11, scores that part: recall 0.763 (200/262), precision 0.891 (213/239),
     * attribution 0.765 (163/213), claim dates 0.840 (179/213), 5 non-troop figures; the floors are those scores, rounded
     * down. On their own the 12 new articles scored recall 0.857, precision 0.917, attribution 0.727, claim dates 0.939.
     * <p>
     * Rounds 12 to 14 (1 December 2026) wrote rules and filled lexicons from dev alone and raised that part to recall
     * 0.767 (201/262), precision 0.895 (214/239), attribution 0.776 (166/214), claim dates 0.860 (184/214), 4 non-troop
     * figures; the floors were raised to them, rounded down (184/214 is 0.8598, so the date floor is 0.85). Round 15
     * (a place inside a longer name, "the Washington Post") raised attribution to 0.785 (168/214): floor 0.78, 168.
     * <p>
     * Round 16 (1 December 2026) sealed 12 more articles of 35, drawn the same way before anyone read them (111
     * articles, 288 claims). The extractor after round 15, before any rule of round 16, scores that part: recall 0.760
     * (219/288), precision 0.889 (232/261), attribution 0.780 (181/232), claim dates 0.858 (199/232), 4 non-troop
     * figures; the floors are those scores, rounded down. On their own the 12 new articles scored recall 0.692 (18/26),
     * precision 0.818, attribution 0.722, claim dates 0.833, and all 35 of the round recall 0.786, precision 0.921,
     * attribution 0.757, claim dates 0.929.
     * <p>
     * Round 17 (same day) sealed 11 more articles of 32, drawn the same way before anyone read them (122 articles, 314
     * claims). The same extractor, before any rule of round 16 or 17, scores that part: recall 0.764 (240/314),
     * precision 0.892 (255/286), attribution 0.776 (198/255), claim dates 0.863 (220/255), 4 non-troop figures; the
     * floors are those scores, rounded down. All 32 of the round scored recall 0.750, precision 0.951, attribution
     * 0.724, claim dates 0.897.
     * <p>
     * Round 16's rules (same day) raised that part to recall 0.771 (242/314), precision 0.893, attribution 0.783
     * (202/258), claim dates 0.864 (223/258). Round 18 then sealed 10 more articles of 30, drawn the same way before
     * anyone read them (132 articles, 336 claims): recall 0.768 (258/336), precision 0.895 (274/306), attribution 0.785
     * (215/274), claim dates 0.847 (232/274), 4 non-troop figures; the floors are those scores, rounded down. All 30 of
     * the round scored recall 0.746, precision 0.889, attribution 0.854, claim dates 0.729, with the extractor after
     * round 16 and, identically, with the one from before it.
     * <p>
     * Rounds 17 and 18's rules (same day, from dev alone) and the "100, 000" number form raised that part to recall
     * 0.777 (261/336), precision 0.902 (277/307), 217 right claimants and 233 right dates (attribution 0.783, claim
     * dates 0.841: the ratios dip with each new match whose claimant or date is wrong); the floors were raised to them,
     * rounded down.
     * <p>
     * Round 21 (same day, scope from dev alone: {@code ScopeSpans}, {@code ForceParts}) raised that part to recall 0.780
     * (262/336), precision 0.906 (278/307), 218 right claimants and 234 right dates (attribution 0.784, claim dates
     * 0.842), and its scopes from 0.769 to 0.838; the floors were raised to them, rounded down, and a ceiling holds the
     * figures read as a total though they count a part, a period or an incident (41 before, 29 after). Recall 262/336
     * is 0.7798, so its floor stays 0.77; the counts of right claimants and dates hold the line.
     * <p>
     * Round 23 (1 December 2026) sealed 8 more new articles by a seeded draw (the corpus README's log): the part is now
     * 140 articles, 353 claims, at recall 0.773 (273/353), precision 0.903, 227 right claimants (0.785) and 243 right
     * dates (0.841), before any rule was written for the batch. The ratio floors still hold; the counts were set again
     * on the larger part, as were the two ceilings below (a larger part has more of each error). Round 24 (planned
     * deployments, dev only) raised it to recall 0.776 (274/353), precision 0.909 (291/320), 228 right claimants and
     * 245 right dates; the counts were raised to them.
     * <p>
     * Rounds 32 to 34 (1 December 2026, claim dates, attribution and deployment recall, from dev alone) raised it to
     * recall 0.779 (275/353), precision 0.910 (292/321), 229 right claimants (0.784) and 249 right dates (0.853, issue
     * 7's bar of 0.85 met); the date floor was raised to 0.85 and the counts to them, and the wrong-as-fact ceiling to
     * the 52 it now is.
     * <p>
     * Rounds 36 and 37 (2 December 2026, recall in unread sentences and attribution, from dev alone) raised it to
     * recall 0.785 (277/353), precision 0.913 (294/322), 230 right claimants (0.782) and 251 right dates (0.854); the
     * recall and precision floors were raised to 0.78 and 0.91 and the counts to them. Rounds 44 to 46 (2 December
     * 2026, by construction, from dev alone) reached 232 right claimants (0.784) and 253 right dates (0.855), and the
     * counts were raised to them. Round 48 (whole articles by construction) reached 254 right dates (0.855); the count
     * was raised to it. Round 49 (paraphrases by construction) reached recall 0.796 (281/353), precision 0.926
     * (300/324), 234 right claimants (0.780) and 256 right dates (0.853); the precision floor was raised to 0.92 and
     * the counts to them. Round 58 (3 December 2026, from dev and sentences of its own alone) reached recall 0.802
     * (283/353), precision 0.929 (302/325), 236 right claimants (0.781) and 258 right dates (0.854); the recall floor
     * was raised to 0.80 and the counts to them. Round 60 (3 December 2026: plans, sources and the lead's probes, all
     * from dev and sentences of their own) reached recall 0.805 (284/353), precision 0.932 (303/325), 236 right
     * claimants and 260 right dates (0.858), with 46 wrong fields stated as fact. Its one new match (a planned
     * deployment that had been read as sent) came with a wrong claimant, marked doubted, so the attribution ratio
     * dipped to 0.779 (236/303) with no claimant lost: as in round 21, the ratio's floor is that value rounded down,
     * 0.77, and the count of right claimants holds the line. The precision floor was raised to 0.93, the count of right
     * dates to 260, and the wrong-as-fact ceiling lowered to 46. Round 63 (3 December 2026: a time or occasion between
     * a source and its verb, an event's date in what was said, from sentences of the lead's own) reached 237 right
     * claimants (0.782) and 261 right dates (0.861), recall and precision unchanged; the counts were raised to them.
     * Round 65 (3 December 2026: sources found elsewhere in the article, bare numbers sized by a clause or sentence
     * about the troops, plans worded without a plan word; probes of the helpers' own) reached recall 0.807 (285/353),
     * precision 0.933 (305/327), 241 right claimants (0.790) and 263 right dates (0.862); the counts were raised to them.
     */
    private static final double SEALED_FLOOR_RECALL = 0.80;
    private static final double SEALED_FLOOR_PRECISION = 0.93;
    private static final double SEALED_FLOOR_ATTRIBUTION = 0.77;
    private static final double SEALED_FLOOR_DATES = 0.85;
    private static final int SEALED_FLOOR_CLAIMANTS_RIGHT = 241;
    private static final int SEALED_FLOOR_DATES_RIGHT = 263;
    private static final int SEALED_CEILING_NON_TROOP = 4;
    /**
     * Wrong fields a reply would state as fact (claimant, stated date and metric read as certain though the gold
     * disagrees; {@link LabelledScore.AsFact}): 52 on 1 December 2026 when first counted (31, 7 and 14), 51 after round
     * 21 (a figure read under a wrong metric became a match), 53 when round 23's 8 sealed articles joined (32, 7, 14),
     * 52 after round 33 (32, 7, 13), 49 after rounds 36 and 37 (30, 7, 12), 47 after round 49 (30, 7, 10), 46 after
     * round 60 (30, 7, 9). A ceiling, lowered as doubts catch them, raised only when the sealed part grows.
     */
    private static final int SEALED_CEILING_WRONG_AS_FACT = 46;
    /**
     * Figures read as a total though the gold counts a part, a period or an incident: 41, then 29 after round 21, 31
     * when round 23's articles joined the part.
     */
    private static final int SEALED_CEILING_SCOPE_AS_TOTAL = 31;

    private static String bar(String name, double value, double bar) {
        return String.format(java.util.Locale.ROOT, "%s %.3f %s %.2f", name, value, value >= bar ? "meets" : "is below", bar);
    }

    /** Scores a folder of corpus-format articles against gold files; other score tests reuse it. */
    static LabelledScore score(Path articles, Path goldDir) {
        if (extraction == null) {
            load();
        }
        Map<String, GoldFile> gold = GoldFile.folder(goldDir);
        assertTrue(!gold.isEmpty(), "no gold files in " + goldDir);
        List<Article> read = TestArticles.folder(articles);
        return LabelledScore.of(extraction.analyze(read).claims(), gold, directory::partyOf, gates(read));
    }

    /**
     * Round 53: the gate that dropped each number of an unread sentence, read again for a missed row only (an
     * article's trace is read once, when a row of it is first missed).
     */
    static LabelledScore.Gates gates(List<Article> articles) {
        Map<String, Article> byFile = new java.util.HashMap<>();
        articles.forEach(a -> byFile.put(a.file(), a));
        Map<String, List<GateTrace.Drop>> traces = new java.util.HashMap<>();
        return (file, isTheSentence) -> {
            Article article = byFile.get(file);
            if (article == null) {
                return List.of();
            }
            return traces.computeIfAbsent(file, f -> extraction.dropped(article)).stream()
                    .filter(d -> isTheSentence.test(d.sentence()))
                    .map(d -> new LabelledScore.Dropped(d.number(), d.gate().name().toLowerCase(java.util.Locale.ROOT),
                            d.gate().reason()))
                    .toList();
        };
    }

    private static void assertKnownBar(LabelledScore score) {
        String line = score.summary();
        assertTrue(score.recall() >= KNOWN_BAR, "recall below 0.95: " + line);
        assertTrue(score.precision() >= KNOWN_BAR, "precision below 0.95: " + line);
        assertTrue(score.attribution() >= KNOWN_BAR, "attribution below 0.95: " + line);
        assertTrue(score.dates() >= KNOWN_BAR, "claim dates below 0.95: " + line);
        assertEquals(0, score.nonTroop(), "non-troop numbers taken as troop figures: " + line);
    }

    /** A part of the labelled corpus; the test is skipped (and says so) until the corpus is in the test resources. */
    private static Path labelled(String part) throws URISyntaxException {
        Path dir = resourceOrNull("/tally/extract/labelled/" + part);
        Assumptions.assumeTrue(dir != null && Files.isDirectory(dir),
                "the labelled corpus's " + part + " part is not in src/test/resources/tally/extract/labelled yet");
        return dir;
    }

    static Path resource(String name) throws URISyntaxException {
        Path p = resourceOrNull(name);
        assertTrue(p != null, "missing test resource " + name);
        return p;
    }

    private static @Nullable Path resourceOrNull(String name) throws URISyntaxException {
        URL url = LabelledCorpusScoreTest.class.getResource(name);
        return url == null ? null : Path.of(url.toURI());
    }
}
