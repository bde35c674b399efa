package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tally.adapter.gen.CorpusGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Source;

class ExtractionScoreTest {

    private static final Truth TRUTH = truth();

    /** The generator's truth for 60 articles, read back through its JSON form as the benchmark reads it. */
    private static Truth truth() {
        try {
            Path dir = Files.createTempDirectory("tally-truth");
            new CorpusGenerator(21).write(60, dir);
            Truth truth = Truth.read(dir.resolve(Truth.FILE_NAME));
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
            return truth;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ExtractionScore score(List<Claim> claims) {
        return ExtractionScore.of(new AnalyzedCorpus(List.of(), claims, List.of()), TRUTH);
    }

    @Test
    void aPerfectExtractorScoresOneOnEveryCount() {
        ExtractionScore s = score(TruthAsCorpus.claims(TRUTH));
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.claimantAccuracy());
        assertEquals(1.0, s.dateAccuracy());
    }

    @Test
    void missingHalfTheClaimsHalvesRecallButNotPrecision() {
        List<Claim> all = TruthAsCorpus.claims(TRUTH);
        List<Claim> half = all.subList(0, all.size() / 2);
        ExtractionScore s = score(half);
        assertEquals(half.size(), s.matched());
        assertEquals((double) half.size() / all.size(), s.recall(), 1e-9);
        assertEquals(1.0, s.precision());
    }

    @Test
    void aNumberFromNoiseCountsAgainstPrecision() {
        List<Claim> claims = new ArrayList<>(TruthAsCorpus.claims(TRUTH));
        String file = TRUTH.files().get(0).file();
        claims.add(new Claim(Metric.DEPLOYED, new Figure(50_000L, 50_000L, "some", "some 50,000"),
                new Claimant("zelensky", "Zelensky", Claimant.Kind.PERSON), null, ClaimDate.UNKNOWN,
                List.of(new Source(file, null, null, null, null, "Russia has amassed some 50,000 troops."))));
        ExtractionScore s = score(claims);
        assertEquals(1.0, s.recall());
        assertTrue(s.precision() < 1.0);
        assertEquals(s.findings() - 1, s.matched());
    }

    @Test
    void theRightFigureFromTheWrongClaimantCountsAsFoundButNotAsRightlyAttributed() {
        List<Claim> claims = TruthAsCorpus.claims(TRUTH).stream()
                .map(c -> new Claim(c.metric(), c.figure(), Claimant.UNKNOWN, null, c.claimDate(), c.sources()))
                .toList();
        ExtractionScore s = score(claims);
        assertEquals(1.0, s.recall());
        assertEquals(0.0, s.claimantAccuracy());
    }

    @Test
    void aClaimMergedAcrossArticlesCountsOncePerArticle() {
        List<Claim> claims = TruthAsCorpus.claims(TRUTH);
        Claim first = claims.get(0);
        Claim merged = first.withSources(List.of(first.sources().get(0),
                new Source("99999_elsewhere.txt", null, null, null, null, "elsewhere")));
        List<Claim> withMerge = new ArrayList<>(claims);
        withMerge.set(0, merged);
        ExtractionScore s = score(withMerge);
        assertEquals(claims.size() + 1, s.findings());
        assertEquals(claims.size(), s.matched());
    }

    @Test
    void aDateIsRightWhenEqualOrWhenOneContainsTheOther() {
        assertTrue(ExtractionScore.sameDate(claim("2024-08", "month"), "2024-08-24"), "in August / on August 24");
        assertTrue(ExtractionScore.sameDate(claim("2024-08-24", "day"), "2024-08"), "merged to the month");
        assertTrue(ExtractionScore.sameDate(claim("2024-09-23", "week"), "2024-09-27"), "a day of last week");
        assertTrue(ExtractionScore.sameDate(claim("2024-09-23", "day"), "2024-09-23"));
        assertFalse(ExtractionScore.sameDate(claim("2024-09-23", "week"), "2024-09-30"), "the week after");
        assertFalse(ExtractionScore.sameDate(claim("2024-09-23", "day"), "2024-09-24"));
        assertFalse(ExtractionScore.sameDate(claim("2024-08", "month"), "2025-08-01"));
        assertFalse(ExtractionScore.sameDate(claim("2024-08", "month"), null));
    }

    private static Truth.Claim claim(String date, String precision) {
        return new Truth.Claim("killed", 1L, 1L, null, "1", "nis", null, date, precision, "1 killed, the NIS said.");
    }
}
