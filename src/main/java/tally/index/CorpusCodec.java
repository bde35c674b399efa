package tally.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersIndexInput;
import org.apache.lucene.store.ByteBuffersIndexOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.LoadProblem;

/**
 * Stores an {@link AnalyzedCorpus} in a compact binary file written and read through Lucene's own {@link DataOutput}
 * and {@link DataInput}: the output grows as it is written (nothing can overflow, however large an article), and the
 * file carries Lucene's codec header and CRC32 footer, verified before a byte is decoded.
 *
 * <p>Restart time is dominated by reading this back; a general JSON/Smile mapper spent over a second warming up on
 * 10,000 articles and 30,000 claims. A string that repeats (outlets, claimants, file names repeat thousands of times)
 * is written once and then referred to by number. Enums are stored by name, so reordering them is harmless; any other
 * change to the records needs {@link #VERSION} and {@link IndexManifest#FORMAT} bumped ({@code CorpusCodecTest}
 * fails when a record gains a component this codec does not store).
 */
final class CorpusCodec {

    static final String CODEC = "TallyCorpus";
    static final int VERSION = 5;
    /** String references: 0 is null, 1 means a new string follows inline, n >= 2 is the (n-2)th string seen. */
    static final int NULL = 0;
    static final int INLINE = 1;

    private CorpusCodec() {
    }

    /** Writes the corpus, between a codec header and a checksum footer. */
    static void write(AnalyzedCorpus corpus, IndexOutput out) throws IOException {
        CodecUtil.writeHeader(out, CODEC, VERSION);
        CorpusRecordWriter w = new CorpusRecordWriter(out);
        out.writeVInt(corpus.articles().size());
        for (Article a : corpus.articles()) {
            w.article(a);
        }
        out.writeVInt(corpus.claims().size());
        for (Claim c : corpus.claims()) {
            w.claim(c);
        }
        out.writeVInt(corpus.problems().size());
        for (LoadProblem p : corpus.problems()) {
            w.str(p.file());
            out.writeVInt(p.line());
            w.str(p.message());
            out.writeByte((byte) (p.warning() ? 1 : 0));
        }
        CodecUtil.writeFooter(out);
    }

    /**
     * Reads a corpus written by {@link #write}: the whole file's checksum is verified first, so damage is an
     * {@link IOException} (Lucene's {@link CorruptIndexException}), never a wrong corpus.
     */
    static AnalyzedCorpus read(IndexInput in) throws IOException {
        CodecUtil.checksumEntireFile(in);
        in.seek(0);
        CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
        long end = in.length() - CodecUtil.footerLength();
        try {
            CorpusRecordReader r = new CorpusRecordReader(in, end);
            List<Article> articles = new ArrayList<>();
            for (int n = r.count(); n > 0; n--) {
                articles.add(r.article());
            }
            List<Claim> claims = new ArrayList<>();
            for (int n = r.count(); n > 0; n--) {
                claims.add(r.claim());
            }
            List<LoadProblem> problems = new ArrayList<>();
            for (int n = r.count(); n > 0; n--) {
                problems.add(new LoadProblem(r.str(), in.readVInt(), r.str(), in.readByte() != 0));
            }
            if (in.getFilePointer() != end) {
                throw new CorruptIndexException((end - in.getFilePointer()) + " unexpected trailing bytes", in);
            }
            return new AnalyzedCorpus(articles, claims, problems);
        } catch (RuntimeException e) {
            throw new CorruptIndexException("stored corpus does not decode (" + e + ")", in, e);
        }
    }

    static final String READINGS_CODEC = "TallyReadings";
    static final int READINGS_VERSION = 2;

    /**
     * Writes each article's own claims (the extractor's readings, {@link tally.app.port.ClaimExtraction#ownReadings})
     * for the articles of {@code articles} among them, each named by its place in that list and its file: the
     * stored corpus beside it holds the articles themselves.
     */
    static void writeReadings(List<Article> articles, Map<Article, List<Claim>> readings, IndexOutput out)
            throws IOException {
        CodecUtil.writeHeader(out, READINGS_CODEC, READINGS_VERSION);
        CorpusRecordWriter w = new CorpusRecordWriter(out);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (readings.containsKey(articles.get(i))) {
                kept.add(i);
            }
        }
        out.writeVInt(kept.size());
        for (int i : kept) {
            out.writeVInt(i);
            w.str(articles.get(i).file());
            List<Claim> claims = readings.get(articles.get(i));
            out.writeVInt(claims.size());
            for (Claim c : claims) {
                w.claim(c);
            }
        }
        CodecUtil.writeFooter(out);
    }

    /**
     * Reads what {@link #writeReadings} wrote, keyed by the articles of the stored corpus it was written beside.
     * Damage, or an article that is not where the file says, is an {@link IOException}.
     */
    static Map<Article, List<Claim>> readReadings(IndexInput in, List<Article> articles) throws IOException {
        CodecUtil.checksumEntireFile(in);
        in.seek(0);
        CodecUtil.checkHeader(in, READINGS_CODEC, READINGS_VERSION, READINGS_VERSION);
        long end = in.length() - CodecUtil.footerLength();
        try {
            CorpusRecordReader r = new CorpusRecordReader(in, end);
            Map<Article, List<Claim>> readings = new HashMap<>();
            for (int n = r.count(); n > 0; n--) {
                int i = in.readVInt();
                String file = r.str();
                if (i < 0 || i >= articles.size() || !articles.get(i).file().equals(file)) {
                    throw new CorruptIndexException("reading of " + file + " names no stored article", in);
                }
                List<Claim> claims = new ArrayList<>();
                for (int c = r.count(); c > 0; c--) {
                    claims.add(r.claim());
                }
                readings.put(articles.get(i), claims);
            }
            if (in.getFilePointer() != end) {
                throw new CorruptIndexException((end - in.getFilePointer()) + " unexpected trailing bytes", in);
            }
            return readings;
        } catch (RuntimeException e) {
            throw new CorruptIndexException("stored readings do not decode (" + e + ")", in, e);
        }
    }

    /** The stored form in memory: for tests and for measuring its size. */
    static byte[] toBytes(AnalyzedCorpus corpus) {
        ByteBuffersDataOutput bytes = new ByteBuffersDataOutput();
        try (IndexOutput out = new ByteBuffersIndexOutput(bytes, "stored corpus", IndexFolder.CORPUS)) {
            write(corpus, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toArrayCopy();
    }

    static AnalyzedCorpus read(byte[] bytes) throws IOException {
        try (IndexInput in = new ByteBuffersIndexInput(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(bytes))),
                "stored corpus")) {
            return read(in);
        }
    }
}
