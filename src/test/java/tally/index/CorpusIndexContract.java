package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.index.Fixtures.labels;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Metric;
import tally.model.Passage;

/** What every {@link CorpusIndex} must do; each implementation runs it through a subclass. */
abstract class CorpusIndexContract {

    abstract CorpusIndex create(AnalyzedCorpus corpus, String version);

    private CorpusIndex index;

    @BeforeEach
    void build() {
        index = create(Fixtures.corpus(), "v1");
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void servesItsCorpusAndVersion() {
        assertEquals(Fixtures.corpus(), index.corpus());
        assertEquals("v1", index.version());
    }

    @Test
    void allClaimsComeNewestFirstUndatedLast() {
        assertEquals(Fixtures.EXPECTED_ORDER, labels(index.claims(FigureQuery.all())));
    }

    static Stream<Arguments> filters() {
        LocalDate dec27 = LocalDate.parse("2024-12-27");
        return Stream.of(
                Arguments.of(Set.of(Metric.KILLED), null, null,
                        List.of("nis_killed_dec27", "lee_killed_dec27_small", "zel_killed_dec02", "undated_killed")),
                Arguments.of(Set.of(Metric.WOUNDED, Metric.KILLED_OR_WOUNDED), null, null,
                        List.of("zel_kw_jan09", "nis_wounded_dec27", "pentagon_kw_month")),
                Arguments.of(Set.of(Metric.CAPTURED), null, null, List.of()),
                Arguments.of(Set.of(), "nis", null, List.of("nis_killed_dec27", "nis_wounded_dec27")),
                // Lee is the claimant of one claim and relays two NIS claims.
                Arguments.of(Set.of(), "lee_seong_kweun", null,
                        List.of("nis_killed_dec27", "lee_killed_dec27_small", "nis_wounded_dec27")),
                Arguments.of(Set.of(), "nobody", null, List.of()),
                Arguments.of(Set.of(), null, dec27,
                        List.of("zel_kw_jan09", "nis_killed_dec27", "lee_killed_dec27_small", "nis_wounded_dec27")),
                Arguments.of(Set.of(), null, LocalDate.parse("2024-12-01"),
                        List.of("zel_kw_jan09", "nis_killed_dec27", "lee_killed_dec27_small", "nis_wounded_dec27",
                                "zel_killed_dec02", "pentagon_kw_month")),
                Arguments.of(Set.of(), null, LocalDate.parse("2030-01-01"), List.of()),
                Arguments.of(Set.of(Metric.KILLED), "zelensky", LocalDate.parse("2024-12-01"),
                        List.of("zel_killed_dec02")),
                Arguments.of(Set.of(Metric.KILLED, Metric.DEPLOYED), "pentagon", null, List.of("undated_killed")));
    }

    @ParameterizedTest(name = "metrics={0} claimant={1} since={2}")
    @MethodSource("filters")
    void filtersByMetricClaimantOrRelayerAndSince(Set<Metric> metrics, String claimant, LocalDate since,
                                                  List<String> expected) {
        assertEquals(expected, labels(index.claims(new FigureQuery(metrics, claimant, since))));
    }

    @Test
    void findsTheObviousParagraphFirst() {
        List<Passage> hits = index.passages("agricultural subsidies for wheat farmers", 3);

        assertFalse(hits.isEmpty());
        Passage best = hits.get(0);
        assertEquals("c_budget.txt", best.file());
        assertEquals("Budget Daily", best.outlet());
        assertEquals(LocalDate.parse("2025-01-10"), best.published().date());
        assertEquals("Agricultural subsidies for wheat farmers will rise next spring.", best.text());
    }

    @Test
    void aBodyWithoutBlankLinesIsSearchedLineByLine() {
        List<Passage> hits = index.passages("lawmaker Lee Seong-kweun", 5);

        assertEquals("b_seoul.txt", hits.get(0).file());
        assertTrue(hits.get(0).text().startsWith("South Korean lawmaker Lee Seong-kweun said"), hits.get(0).text());
        assertFalse(hits.get(0).text().contains("Last Updated"));
    }

    @Test
    void respectsTheLimit() {
        assertEquals(1, index.passages("North Korean killed Kursk", 1).size());
        assertEquals(List.of(), index.passages("North Korean", 0));
    }

    static Stream<String> hostileQueries() {
        return Stream.of("", "   ", "\n\t", "AND OR NOT", "( \" * ~ : \\", "title:(\"x", "*:*", "?", "/regex/[",
                "a~2 b^3 c~", "\u0000\uFFFF", "\uD83D\uDE00".repeat(2_000), "قوات كوريا الشمالية في روسيا",
                "\u202Eevil\u202C", "+-&&||!(){}[]^\"~*?:\\/", "x".repeat(10_000), "the of and a");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void hostileOrEmptyQueriesNeverThrow(String query) {
        List<Passage> hits = index.passages(query, 5);
        assertTrue(hits.size() <= 5);
        if (query.isBlank()) {
            assertEquals(List.of(), hits);
        }
    }

    @Test
    void unmatchedQueryGivesNothing() {
        assertEquals(List.of(), index.passages("zyxwvut qwertyuiop", 5));
    }
}
