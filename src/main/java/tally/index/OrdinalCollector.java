package tally.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Collects the rank-and-ordinal value of every matching claim, unscored and unbounded (claims are never paged). */
final class OrdinalCollector extends SimpleCollector {

    private long[] values = new long[64];
    private int size;
    private NumericDocValues docValues = DocValues.emptyNumeric();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        docValues = DocValues.getNumeric(context.reader(), IndexDocuments.ORDINAL);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (docValues.advanceExact(doc)) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = docValues.longValue();
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    long[] values() {
        return Arrays.copyOf(values, size);
    }

    static final class Manager implements CollectorManager<OrdinalCollector, long[]> {
        @Override
        public OrdinalCollector newCollector() {
            return new OrdinalCollector();
        }

        @Override
        public long[] reduce(Collection<OrdinalCollector> collectors) {
            return collectors.stream().flatMapToLong(c -> Arrays.stream(c.values())).toArray();
        }
    }
}
