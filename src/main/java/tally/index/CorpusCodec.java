package tally.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import tally.model.AnalyzedCorpus;

/**
 * Stores an {@link AnalyzedCorpus} as Smile (binary JSON): the records map one to one, and reading it back on restart
 * is much cheaper than re-running extraction.
 */
final class CorpusCodec {

    private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CorpusCodec() {
    }

    static byte[] toBytes(AnalyzedCorpus corpus) throws IOException {
        return SMILE.writeValueAsBytes(corpus);
    }

    static AnalyzedCorpus read(byte[] bytes) throws IOException {
        return SMILE.readValue(bytes, AnalyzedCorpus.class);
    }
}
