package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.LoadProblem;

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
    void everyTruncationIsAnIOExceptionNotAWrongCorpus() throws IOException {
        byte[] whole = CorpusCodec.toBytes(Fixtures.corpus());
        for (int cut = 0; cut < whole.length; cut += Math.max(1, whole.length / 200)) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> CorpusCodec.read(part), "cut at " + cut);
        }
    }
}
