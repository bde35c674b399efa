package tally.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.IndexInput;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.ClaimField;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Moderation;
import tally.model.Published;
import tally.model.Scope;
import tally.model.Source;

/**
 * Reads back the records {@link CorpusRecordWriter} wrote, in the same order, until {@code end}; damage (a count larger
 * than the bytes left, a string reference that points nowhere, a missing required string) is a
 * {@link CorruptIndexException}, never a wrong record. The same claimant is one object however many claims name it.
 */
final class CorpusRecordReader {
    private final IndexInput in;
    private final long end;
    private final List<String> table = new ArrayList<>();
    private final Map<String, Claimant> claimants = new HashMap<>();

    CorpusRecordReader(IndexInput in, long end) {
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
        if (ref == CorpusCodec.NULL) {
            return null;
        }
        if (ref == CorpusCodec.INLINE) {
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
