package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.LoadProblem;
import tally.model.Scope;

class CorpusCodecTest {

    @Test
    void roundTripsEveryFieldIncludingUnicodeBodiesAndMetadata() throws IOException {
        Article odd = new Article("z.txt", "Заголовок", null, "https://x.test", null, null,
                Map.of("author", "Ли", "note", "“quoted”"), "Body with emoji \uD83D\uDE00 and\r\nCRLF.\n", 7);
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.KYIV, Fixtures.SEOUL, Fixtures.BUDGET, odd),
                Fixtures.CLAIMS, List.of(new LoadProblem("bad.txt", 3, "malformed header line")));

        assertEquals(corpus, CorpusCodec.read(CorpusCodec.toBytes(corpus)));
    }

    @Test
    void roundTripsScopeCertaintyAndUnlistedSources() throws IOException {
        Claim base = Fixtures.CLAIMS.get(0);
        Claim odd = new Claim(base.metric(), base.figure(), Claimant.unlisted("a senior US defence official",
                Claimant.Kind.PERSON), Claimant.unlisted("Yonhap", Claimant.Kind.MEDIA), base.claimDate(), base.sources(),
                Scope.INCIDENT, Certainty.CERTAIN.withClaimant(Certainty.Field.doubt("claimant from a previous sentence",
                        "the official")).withDate(Certainty.Field.doubt("two dates could apply", null)));
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.KYIV), List.of(odd, base), List.of());

        AnalyzedCorpus back = CorpusCodec.read(CorpusCodec.toBytes(corpus));

        assertEquals(corpus, back);
        assertFalse(back.claims().get(0).claimant().listed());
        assertEquals(Scope.INCIDENT, back.claims().get(0).scope());
    }

    @Test
    void aChangedByteAnywhereIsAnIOExceptionNotAWrongCorpus() throws IOException {
        byte[] whole = CorpusCodec.toBytes(Fixtures.corpus());
        for (int at = 0; at < whole.length; at += Math.max(1, whole.length / 300)) {
            byte[] changed = whole.clone();
            changed[at] ^= 0x20;
            int where = at;
            assertThrows(IOException.class, () -> CorpusCodec.read(changed), () -> "byte " + where + " changed");
        }
    }

    @Test
    void storesArticlesOfAnySizeWhereverTheySort() throws IOException {
        // The old writer grew its buffer to exactly fit a large last article, then wrote the next count past the end.
        String big = "North Korean troops \u00e9\u4e2d ".repeat(40_000);
        for (int place = 0; place < 3; place++) {
            List<Article> articles = new java.util.ArrayList<>(List.of(Fixtures.KYIV, Fixtures.SEOUL));
            articles.add(place, Fixtures.article("big" + place + ".txt", null, null, big));
            AnalyzedCorpus corpus = new AnalyzedCorpus(articles, Fixtures.CLAIMS, List.of());
            assertEquals(corpus, CorpusCodec.read(CorpusCodec.toBytes(corpus)), "big article at " + place);
        }
    }

    /** A record component the codec does not write would silently vanish on restart: add it to the codec. */
    @Test
    void theCodecStoresEveryComponentOfTheRecordsItWrites() {
        Map<Class<?>, List<String>> stored = Map.ofEntries(
                Map.entry(AnalyzedCorpus.class, List.of("articles", "claims", "problems")),
                Map.entry(Article.class, List.of("file", "title", "outlet", "url", "published", "language", "metadata",
                        "body", "bodyLine")),
                Map.entry(Claim.class, List.of("metric", "figure", "claimant", "relayedBy", "claimDate", "sources",
                        "scope", "certainty", "moderation")),
                Map.entry(tally.model.Moderation.class, List.of("id", "corrected")),
                Map.entry(tally.model.Figure.class, List.of("low", "high", "qualifier", "text")),
                Map.entry(Claimant.class, List.of("id", "name", "kind", "listed")),
                Map.entry(tally.model.ClaimDate.class, List.of("date", "precision", "basis")),
                Map.entry(tally.model.Source.class, List.of("file", "outlet", "title", "url", "published", "quote",
                        "wording", "claimDate", "hedge")),
                Map.entry(tally.model.Published.class, List.of("date", "inferred", "basis")),
                Map.entry(Certainty.class, List.of("metric", "claimant", "date")),
                Map.entry(Certainty.Field.class, List.of("certain", "reason", "asWorded")),
                Map.entry(LoadProblem.class, List.of("file", "line", "message", "warning")));
        stored.forEach((type, names) -> assertEquals(names, Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList(),
                type.getSimpleName() + " changed: store the new component in CorpusCodec and bump its VERSION"));
    }

    @Test
    void roundTripsEachSourcesOwnWordingAndDateOfAMergedClaim() throws IOException {
        Claim base = Fixtures.CLAIMS.get(0);
        tally.model.Source s = base.sources().get(0).withOwnClaim("at least 100",
                tally.model.ClaimDate.day(java.time.LocalDate.of(2024, 12, 19), tally.model.DateBasis.STATED));
        tally.model.Source plain = base.sources().get(0);
        Claim merged = base.withSources(List.of(s, plain));
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.KYIV), List.of(merged), List.of());

        AnalyzedCorpus back = CorpusCodec.read(CorpusCodec.toBytes(corpus));

        assertEquals(corpus, back);
        assertEquals("at least 100", back.claims().get(0).sources().get(0).wording());
        assertEquals(null, back.claims().get(0).sources().get(1).claimDate());
    }

    @Test
    void roundTripsASourcesHedge() throws IOException {
        Claim base = Fixtures.CLAIMS.get(0);
        tally.model.Source first = base.sources().get(0);
        String word = first.quote().split("\\s+")[0];
        Claim hedged = base.withSources(List.of(first.withHedge(word)));
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.KYIV), List.of(hedged), List.of());

        AnalyzedCorpus back = CorpusCodec.read(CorpusCodec.toBytes(corpus));

        assertEquals(word, back.claims().get(0).sources().get(0).hedge());
        assertEquals(corpus, back);
    }

    @Test
    void roundTripsAClaimsModeration() throws IOException {
        Claim base = Fixtures.CLAIMS.get(1);
        Claim moderated = base.withModeration(new tally.model.Moderation("abcdefghij-x",
                java.util.Set.of(tally.model.ClaimField.values()[0])));
        AnalyzedCorpus corpus = new AnalyzedCorpus(List.of(Fixtures.SEOUL), List.of(moderated, base), List.of());

        assertEquals(corpus, CorpusCodec.read(CorpusCodec.toBytes(corpus)));
    }

    @Test
    void everyTruncationIsAnIOExceptionNotAWrongCorpus() throws IOException {
        byte[] whole = CorpusCodec.toBytes(Fixtures.corpus());
        for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 200)) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> CorpusCodec.read(part), "cut at " + cut);
        }
    }
}
