package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tally.adapter.bench.GoldFile;
import tally.adapter.bench.LabelledScore;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

/**
 * How far two careful readers agree, on the scale the extractor is scored on. For 80 dev articles, drawn in two seeded
 * draws of 40 (see the labelled corpus README's log, 1 December 2026), a second reader who saw neither the checked gold nor
 * Tally wrote gold of their own ({@code labelled/agreement/}); here those rows are scored as if an extractor had found
 * them, against the checked gold, by the same {@link LabelledScore}. The result is the ceiling a scorer built on this
 * gold can show: where two readers differ on a claimant or a date, no extractor can match both. The extractor's score on
 * the same articles is printed beside it.
 */
class ReaderAgreementTest {

    private static ClaimantDirectory directory;
    private static Path dev;
    private static Map<String, GoldFile> second;

    @BeforeAll
    static void load() throws Exception {
        directory = ClaimantDirectory.load(Path.of("config"));
        dev = LabelledCorpusScoreTest.resource("/tally/extract/labelled/dev");
        second = GoldFile.folder(LabelledCorpusScoreTest.resource("/tally/extract/labelled/agreement"));
    }

    @Test
    void everySecondReadingIsOfADevArticleWithCheckedGold() {
        assertEquals(80, second.size(), "two seeded draws took 40 dev articles each");
        Map<String, GoldFile> checked = GoldFile.folder(dev);
        for (String file : second.keySet()) {
            assertTrue(Files.isRegularFile(dev.resolve(file)), "not a dev article: " + file);
            assertTrue(checked.containsKey(file), "no checked gold for " + file);
        }
    }

    @Test
    void printsHowFarASecondReaderAgreesWithTheCheckedGoldBesideTheExtractor() {
        Map<String, GoldFile> checked = new LinkedHashMap<>(GoldFile.folder(dev));
        checked.keySet().retainAll(second.keySet());
        List<Claim> readings = new ArrayList<>();
        second.values().forEach(g -> g.claims().forEach(row -> readings.add(asClaim(g.file(), row))));
        LabelledScore readers = LabelledScore.of(readings, checked, directory::partyOf);
        RuleBasedExtraction extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
        List<Claim> extracted = extraction.analyze(TestArticles.folder(dev)).claims();
        LabelledScore tally = LabelledScore.of(extracted, checked, directory::partyOf);
        System.out.println("Reader agreement (" + checked.size() + " dev articles), second reader: " + readers.details());
        System.out.println("Reader agreement, the extractor on the same articles: " + tally.summary());
        assertEquals(readers.rows(), tally.rows(), "both are scored against the same rows");
        assertTrue(readers.rowsFound() > 0, "the second readings match some checked rows");
    }

    /** A second reader's row as the claim an extractor would have found, so the same scorer judges it. */
    static Claim asClaim(String file, GoldFile.Claim row) {
        Metric metric = Metric.byId(row.metric()).orElseThrow(() -> new IllegalArgumentException(
                file + ": unknown metric " + row.metric()));
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(file, null, null, null, null, row.sentence()));
        if (row.alsoIn() != null) {
            row.alsoIn().forEach(s -> sources.add(new Source(file, null, null, null, null, s)));
        }
        Scope scope = row.scope() == null ? Scope.TOTAL : Scope.byId(row.scope()).orElse(Scope.TOTAL);
        return new Claim(metric, new Figure(row.low(), row.high(), row.qualifier(), row.text()),
                claimant(row.claimant(), row.claimantId()), relay(row), date(row), sources, scope,
                tally.model.Certainty.CERTAIN);
    }

    private static Claimant claimant(@Nullable String words, @Nullable String id) {
        if (id != null) {
            return new Claimant(id, words == null ? id : words, Claimant.Kind.OFFICIAL_BODY);
        }
        return words == null ? Claimant.UNKNOWN : Claimant.unlisted(words, Claimant.Kind.PERSON);
    }

    private static @Nullable Claimant relay(GoldFile.Claim row) {
        return row.relayedBy() == null && row.relayedById() == null ? null
                : claimant(row.relayedBy(), row.relayedById());
    }

    private static ClaimDate date(GoldFile.Claim row) {
        if (row.claimDate() == null) {
            return ClaimDate.UNKNOWN;
        }
        DateBasis basis = "report_date".equals(row.dateBasis()) ? DateBasis.REPORT_DATE : DateBasis.STATED;
        if (row.claimDate().length() == 7) {
            return new ClaimDate(LocalDate.parse(row.claimDate() + "-01"), DatePrecision.MONTH, basis);
        }
        DatePrecision precision = "week".equals(row.datePrecision()) ? DatePrecision.WEEK : DatePrecision.DAY;
        return new ClaimDate(LocalDate.parse(row.claimDate()), precision, basis);
    }
}
