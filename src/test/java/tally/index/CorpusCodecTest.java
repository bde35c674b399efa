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
    void everyTruncationIsAnIOExceptionNotAWrongCorpus() throws IOException {
        byte[] whole = CorpusCodec.toBytes(Fixtures.corpus());
        for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 200)) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> CorpusCodec.read(part), "cut at " + cut);
        }
    }
}
