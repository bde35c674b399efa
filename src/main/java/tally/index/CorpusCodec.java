package tally.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jspecify.annotations.Nullable;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.ClaimField;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Figure;
import tally.model.LoadProblem;
import tally.model.Metric;
import tally.model.Moderation;
import tally.model.Published;
import tally.model.Scope;
import tally.model.Source;

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
    private static final int NULL = 0;
    private static final int INLINE = 1;

    private CorpusCodec() {
    }

    /** Writes the corpus, between a codec header and a checksum footer. */
    static void write(AnalyzedCorpus corpus, IndexOutput out) throws IOException {
        CodecUtil.writeHeader(out, CODEC, VERSION);
        Writer w = new Writer(out);
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
            Reader r = new Reader(in, end);
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
        Writer w = new Writer(out);
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
            Reader r = new Reader(in, end);
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

    /** Writes records; a string's second and later appearances are a number. */
    private static final class Writer {
        private final Map<String, Integer> seen = new HashMap<>();
        private final DataOutput out;

        Writer(DataOutput out) {
            this.out = out;
        }

        void article(Article a) throws IOException {
            str(a.file());
            nstr(a.title());
            nstr(a.outlet());
            nstr(a.url());
            published(a.published());
            nstr(a.language());
            out.writeVInt(a.metadata().size());
            for (Map.Entry<String, String> e : a.metadata().entrySet()) {
                str(e.getKey());
                str(e.getValue());
            }
            utf8(a.body());
            out.writeVInt(a.bodyLine());
        }

        void claim(Claim c) throws IOException {
            str(c.metric().name());
            nlong(c.figure().low());
            nlong(c.figure().high());
            nstr(c.figure().qualifier());
            str(c.figure().text());
            claimant(c.claimant());
            out.writeByte((byte) (c.relayedBy() == null ? 0 : 1));
            if (c.relayedBy() != null) {
                claimant(c.relayedBy());
            }
            claimDate(c.claimDate());
            str(c.scope().name());
            certainty(c.certainty().metric());
            certainty(c.certainty().claimant());
            certainty(c.certainty().date());
            nstr(c.moderation().id());
            out.writeVInt(c.moderation().corrected().size());
            for (ClaimField f : c.moderation().corrected().stream().sorted().toList()) {
                str(f.name());
            }
            out.writeVInt(c.sources().size());
            for (Source s : c.sources()) {
                str(s.file());
                nstr(s.outlet());
                nstr(s.title());
                nstr(s.url());
                published(s.published());
                str(s.quote());
                nstr(s.wording());
                out.writeByte((byte) (s.claimDate() == null ? 0 : 1));
                if (s.claimDate() != null) {
                    claimDate(s.claimDate());
                }
                nstr(s.hedge());
            }
        }

        void claimDate(ClaimDate d) throws IOException {
            LocalDate date = d.date();
            out.writeByte((byte) (date == null ? 0 : 1));
            if (date != null) {
                out.writeZLong(date.toEpochDay());
            }
            str(d.precision().name());
            str(d.basis().name());
        }

        void claimant(Claimant c) throws IOException {
            str(c.id());
            str(c.name());
            str(c.kind().name());
            out.writeByte((byte) (c.listed() ? 1 : 0));
        }

        void certainty(Certainty.Field f) throws IOException {
            out.writeByte((byte) (f.certain() ? 1 : 0));
            nstr(f.reason());
            nstr(f.asWorded());
        }

        void published(@Nullable Published p) throws IOException {
            out.writeByte((byte) (p == null ? 0 : 1));
            if (p != null) {
                out.writeZLong(p.date().toEpochDay());
                out.writeByte((byte) (p.inferred() ? 1 : 0));
                str(p.basis());
            }
        }

        void nlong(@Nullable Long v) throws IOException {
            out.writeByte((byte) (v == null ? 0 : 1));
            if (v != null) {
                out.writeZLong(v);
            }
        }

        void str(String s) throws IOException {
            Integer known = seen.get(s);
            if (known != null) {
                out.writeVInt(known + 2);
            } else {
                seen.put(s, seen.size());
                out.writeVInt(INLINE);
                utf8(s);
            }
        }

        void nstr(@Nullable String s) throws IOException {
            if (s == null) {
                out.writeVInt(NULL);
            } else {
                str(s);
            }
        }

        /** Length and UTF-8 bytes; encoded at its exact size (an article body can be megabytes). */
        void utf8(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeVInt(b.length);
            out.writeBytes(b, b.length);
        }
    }

    private static final class Reader {
        private final IndexInput in;
        private final long end;
        private final List<String> table = new ArrayList<>();
        private final Map<String, Claimant> claimants = new HashMap<>();

        Reader(IndexInput in, long end) {
            this.in = in;
            this.end = end;
        }

        /** A count or length; one larger than the bytes left can only be damage, and must not allocate. */
        int count() throws IOException {
            int n = in.readVInt();
            if (n < 0 || n > end - in.getFilePointer()) {
                throw new CorruptIndexException("impossible count " + n, in);
            }
            return n;
        }

        String utf8() throws IOException {
            byte[] b = new byte[count()];
            in.readBytes(b, 0, b.length);
            return new String(b, StandardCharsets.UTF_8);
        }

        Article article() throws IOException {
            String file = str();
            String title = nstr();
            String outlet = nstr();
            String url = nstr();
            Published published = published();
            String language = nstr();
            Map<String, String> metadata = new LinkedHashMap<>();
            for (int n = count(); n > 0; n--) {
                metadata.put(str(), str());
            }
            String body = utf8();
            return new Article(file, title, outlet, url, published, language, metadata, body, in.readVInt());
        }

        Claim claim() throws IOException {
            Metric metric = Metric.valueOf(str());
            Figure figure = new Figure(nlong(), nlong(), nstr(), str());
            Claimant claimant = claimant();
            Claimant relayedBy = in.readByte() == 0 ? null : claimant();
            ClaimDate date = claimDate();
            Scope scope = Scope.valueOf(str());
            Certainty certainty = new Certainty(certainty(), certainty(), certainty());
            String id = nstr();
            Set<ClaimField> corrected = EnumSet.noneOf(ClaimField.class);
            for (int n = count(); n > 0; n--) {
                corrected.add(ClaimField.valueOf(str()));
            }
            Moderation moderation = id == null && corrected.isEmpty() ? Moderation.NONE : new Moderation(id, corrected);
            List<Source> sources = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                sources.add(new Source(str(), nstr(), nstr(), nstr(), published(), str(), nstr(),
                        in.readByte() == 0 ? null : claimDate(), nstr()));
            }
            return new Claim(metric, figure, claimant, relayedBy, date, sources, scope, certainty, moderation);
        }

        ClaimDate claimDate() throws IOException {
            LocalDate day = in.readByte() == 0 ? null : LocalDate.ofEpochDay(in.readZLong());
            return new ClaimDate(day, DatePrecision.valueOf(str()), DateBasis.valueOf(str()));
        }

        Certainty.Field certainty() throws IOException {
            boolean certain = in.readByte() != 0;
            String reason = nstr();
            String asWorded = nstr();
            return certain ? Certainty.Field.SURE : new Certainty.Field(false, reason, asWorded);
        }

        /** The same claimant is one object however many claims name it. */
        Claimant claimant() throws IOException {
            Claimant c = new Claimant(str(), str(), Claimant.Kind.valueOf(str()), in.readByte() != 0);
            return claimants.computeIfAbsent(c.id() + '\0' + c.name() + '\0' + c.kind() + '\0' + c.listed(), k -> c);
        }

        @Nullable Published published() throws IOException {
            if (in.readByte() == 0) {
                return null;
            }
            LocalDate date = LocalDate.ofEpochDay(in.readZLong());
            boolean inferred = in.readByte() != 0;
            return new Published(date, inferred, str());
        }

        @Nullable Long nlong() throws IOException {
            return in.readByte() == 0 ? null : in.readZLong();
        }

        String str() throws IOException {
            String s = nstr();
            if (s == null) {
                throw new CorruptIndexException("a required string is missing", in);
            }
            return s;
        }

        @Nullable String nstr() throws IOException {
            int ref = in.readVInt();
            if (ref == NULL) {
                return null;
            }
            if (ref == INLINE) {
                String s = utf8();
                table.add(s);
                return s;
            }
            if (ref - 2 >= table.size() || ref < 0) {
                throw new CorruptIndexException("string reference " + ref + " points nowhere", in);
            }
            return table.get(ref - 2);
        }
    }
}
