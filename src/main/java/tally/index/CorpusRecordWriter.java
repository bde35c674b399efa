package tally.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.store.DataOutput;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.ClaimField;
import tally.model.Claimant;
import tally.model.Published;
import tally.model.Source;

/**
 * Writes the records of a stored corpus ({@link CorpusCodec}: articles, claims with their sources, claimants, dates and
 * certainty) field by field in a fixed order that {@link CorpusRecordReader} reads back; a string's second and later
 * appearances are a number.
 */
final class CorpusRecordWriter {
    private final Map<String, Integer> seen = new HashMap<>();
    private final DataOutput out;

    CorpusRecordWriter(DataOutput out) {
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
            out.writeVInt(CorpusCodec.INLINE);
            utf8(s);
        }
    }

    void nstr(@Nullable String s) throws IOException {
        if (s == null) {
            out.writeVInt(CorpusCodec.NULL);
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
