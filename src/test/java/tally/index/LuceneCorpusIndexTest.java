package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.Metric;

class LuceneCorpusIndexTest extends CorpusIndexContract {

    @Override
    CorpusIndex create(AnalyzedCorpus corpus, String version) {
        return LuceneCorpusIndex.inMemory(corpus, version);
    }

    @Test
    void agreesWithTheInMemoryIndexOnManyRandomClaimsAndQueries() {
        Random random = new Random(42);
        List<Claimant> people = List.of(Fixtures.ZELENSKY, Fixtures.NIS, Fixtures.LEE, Fixtures.PENTAGON);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ClaimDate date = random.nextInt(5) == 0 ? ClaimDate.UNKNOWN
                    : Fixtures.day(LocalDate.parse("2024-10-01").plusDays(random.nextInt(60)).toString());
            Claimant relayer = random.nextBoolean() ? null : people.get(random.nextInt(people.size()));
            claims.add(Fixtures.claim("c" + i, Metric.values()[random.nextInt(Metric.values().length)],
                    random.nextInt(4) == 0 ? null : (long) random.nextInt(20), people.get(random.nextInt(people.size())),
                    relayer, date, random.nextBoolean() ? Fixtures.KYIV : Fixtures.SEOUL));
        }
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.KYIV, Fixtures.SEOUL), claims, List.of());
        try (CorpusIndex lucene = LuceneCorpusIndex.inMemory(corpus, "r");
             CorpusIndex memory = new InMemoryCorpusIndex(corpus, "r")) {
            for (int q = 0; q < 200; q++) {
                Set<Metric> metrics = random.nextBoolean() ? Set.of()
                        : Set.of(Metric.values()[random.nextInt(3)], Metric.values()[3 + random.nextInt(3)]);
                String claimant = random.nextBoolean() ? null : people.get(random.nextInt(people.size())).id();
                LocalDate since = random.nextBoolean() ? null : LocalDate.parse("2024-10-01").plusDays(random.nextInt(70));
                FigureQuery query = new FigureQuery(metrics, claimant, since);
                assertEquals(Fixtures.labels(memory.claims(query)), Fixtures.labels(lucene.claims(query)),
                        query.toString());
            }
        }
    }

    @Test
    void bareSearchCountsTheSameHitsAsPassages() {
        try (LuceneCorpusIndex index = LuceneCorpusIndex.inMemory(Fixtures.corpus(), "v")) {
            assertEquals(index.passages("North Korean troops killed", 10).size(),
                    index.bareSearch("North Korean troops killed", 10));
            assertTrue(index.bareSearch("North Korean troops killed", 10) > 1);
            assertEquals(0, index.bareSearch("*:*", 10));
        }
    }
}
