package tally.index;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Figure;
import tally.model.LoadProblem;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Scope;
import tally.model.Source;

/**
 * Stores an {@link AnalyzedCorpus} in a compact binary form. Restart time is dominated by reading it back, and a
 * general JSON/Smile mapper spent over a second warming up on 10,000 articles and 30,000 claims; this reads the same
 * in a fraction of that. Strings are kept once in a table (outlets, claimants and file names repeat thousands of
 * times) and decoded with {@code new String(bytes, UTF_8)}. Enums are stored by name, so reordering them is harmless;
 * any other change to the records needs {@link IndexManifest#FORMAT} bumped.
 */
final class CorpusCodec {

    private CorpusCodec() {
    }

    static byte[] toBytes(AnalyzedCorpus corpus) {
        Writer w = new Writer();
        w.out.putInt(corpus.articles().size());
        corpus.articles().forEach(w::article);
        w.out.putInt(corpus.claims().size());
        corpus.claims().forEach(w::claim);
        w.out.putInt(corpus.problems().size());
        for (LoadProblem p : corpus.problems()) {
            w.str(p.file());
            w.out.putInt(p.line());
            w.str(p.message());
        }
        return w.finish();
    }

    static AnalyzedCorpus read(byte[] bytes) throws IOException {
        try {
            Reader r = new Reader(ByteBuffer.wrap(bytes));
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
                problems.add(new LoadProblem(r.str(), r.in.getInt(), r.str()));
            }
            if (r.in.hasRemaining()) {
                throw new IOException("stored corpus has " + r.in.remaining() + " unexpected trailing bytes");
            }
            return new AnalyzedCorpus(articles, claims, problems);
        } catch (RuntimeException e) {
            throw new IOException("stored corpus is truncated or damaged (" + e + ")", e);
        }
    }

    /** Writes records as string-table indexes into a growing buffer; the table is written in front at the end. */
    private static final class Writer {
        private final Map<String, Integer> table = new LinkedHashMap<>();
        ByteBuffer out = ByteBuffer.allocate(1 << 16);

        void article(Article a) {
            str(a.file());
            nstr(a.title());
            nstr(a.outlet());
            nstr(a.url());
            published(a.published());
            nstr(a.language());
            room(4).putInt(a.metadata().size());
            a.metadata().forEach((k, v) -> {
                str(k);
                str(v);
            });
            byte[] body = a.body().getBytes(StandardCharsets.UTF_8);
            room(8 + body.length).putInt(body.length).put(body).putInt(a.bodyLine());
        }

        void claim(Claim c) {
            str(c.metric().name());
            nlong(c.figure().low());
            nlong(c.figure().high());
            nstr(c.figure().qualifier());
            str(c.figure().text());
            claimant(c.claimant());
            room(1).put((byte) (c.relayedBy() == null ? 0 : 1));
            if (c.relayedBy() != null) {
                claimant(c.relayedBy());
            }
            claimDate(c.claimDate());
            str(c.scope().name());
            certainty(c.certainty().metric());
            certainty(c.certainty().claimant());
            certainty(c.certainty().date());
            room(4).putInt(c.sources().size());
            for (Source s : c.sources()) {
                str(s.file());
                nstr(s.outlet());
                nstr(s.title());
                nstr(s.url());
                published(s.published());
                str(s.quote());
                nstr(s.wording());
                room(1).put((byte) (s.claimDate() == null ? 0 : 1));
                if (s.claimDate() != null) {
                    claimDate(s.claimDate());
                }
            }
        }

        void claimDate(ClaimDate d) {
            LocalDate date = d.date();
            room(9).put((byte) (date == null ? 0 : 1)).putLong(date == null ? 0 : date.toEpochDay());
            str(d.precision().name());
            str(d.basis().name());
        }

        void claimant(Claimant c) {
            str(c.id());
            str(c.name());
            str(c.kind().name());
            room(1).put((byte) (c.listed() ? 1 : 0));
        }

        void certainty(Certainty.Field f) {
            room(1).put((byte) (f.certain() ? 1 : 0));
            nstr(f.reason());
            nstr(f.asWorded());
        }

        void published(@Nullable Published p) {
            room(1).put((byte) (p == null ? 0 : 1));
            if (p != null) {
                room(9).putLong(p.date().toEpochDay()).put((byte) (p.inferred() ? 1 : 0));
                str(p.basis());
            }
        }

        void nlong(@Nullable Long v) {
            room(9).put((byte) (v == null ? 0 : 1)).putLong(v == null ? 0 : v);
        }

        void str(String s) {
            room(4).putInt(table.computeIfAbsent(s, k -> table.size()) + 1);
        }

        void nstr(@Nullable String s) {
            if (s == null) {
                room(4).putInt(0);
            } else {
                str(s);
            }
        }

        ByteBuffer room(int bytes) {
            if (out.remaining() < bytes) {
                ByteBuffer bigger = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + bytes));
                out.flip();
                out = bigger.put(out);
            }
            return out;
        }

        byte[] finish() {
            List<byte[]> strings = new ArrayList<>(table.size());
            long size = 4L + out.position();
            for (String s : table.keySet()) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                strings.add(b);
                size += 4L + b.length;
            }
            ByteBuffer all = ByteBuffer.allocate(Math.toIntExact(size));
            all.putInt(strings.size());
            strings.forEach(b -> all.putInt(b.length).put(b));
            out.flip();
            return all.put(out).array();
        }
    }

    private static final class Reader {
        final ByteBuffer in;
        private final String[] table;
        private final Map<String, Claimant> claimants = new HashMap<>();

        Reader(ByteBuffer in) {
            this.in = in;
            this.table = new String[count()];
            for (int i = 0; i < table.length; i++) {
                table[i] = utf8();
            }
        }

        int count() {
            int n = in.getInt();
            if (n < 0 || n > in.remaining()) {
                throw new IllegalStateException("impossible count " + n);
            }
            return n;
        }

        private String utf8() {
            int length = count();
            String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }

        Article article() {
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
            return new Article(file, title, outlet, url, published, language, metadata, utf8(), in.getInt());
        }

        Claim claim() {
            Metric metric = Metric.valueOf(str());
            Figure figure = new Figure(nlong(), nlong(), nstr(), str());
            Claimant claimant = claimant();
            Claimant relayedBy = in.get() == 0 ? null : claimant();
            ClaimDate date = claimDate();
            Scope scope = Scope.valueOf(str());
            Certainty certainty = new Certainty(certainty(), certainty(), certainty());
            List<Source> sources = new ArrayList<>();
            for (int n = count(); n > 0; n--) {
                sources.add(new Source(str(), nstr(), nstr(), nstr(), published(), str(), nstr(),
                        in.get() == 0 ? null : claimDate()));
            }
            return new Claim(metric, figure, claimant, relayedBy, date, sources, scope, certainty);
        }

        ClaimDate claimDate() {
            boolean dated = in.get() != 0;
            long day = in.getLong();
            return new ClaimDate(dated ? LocalDate.ofEpochDay(day) : null, DatePrecision.valueOf(str()),
                    DateBasis.valueOf(str()));
        }

        Certainty.Field certainty() {
            boolean certain = in.get() != 0;
            String reason = nstr();
            String asWorded = nstr();
            return certain ? Certainty.Field.SURE : new Certainty.Field(false, reason, asWorded);
        }

        /** The same claimant is one object however many claims name it. */
        Claimant claimant() {
            Claimant c = new Claimant(str(), str(), Claimant.Kind.valueOf(str()), in.get() != 0);
            return claimants.computeIfAbsent(c.id() + '\0' + c.name() + '\0' + c.kind() + '\0' + c.listed(), k -> c);
        }

        @Nullable Published published() {
            if (in.get() == 0) {
                return null;
            }
            LocalDate date = LocalDate.ofEpochDay(in.getLong());
            boolean inferred = in.get() != 0;
            return new Published(date, inferred, str());
        }

        @Nullable Long nlong() {
            boolean present = in.get() != 0;
            long v = in.getLong();
            return present ? v : null;
        }

        String str() {
            String s = nstr();
            if (s == null) {
                throw new IllegalStateException("missing string");
            }
            return s;
        }

        @Nullable String nstr() {
            int i = in.getInt();
            return i == 0 ? null : table[i - 1];
        }
    }
}
