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

/** Collects the claim ordinal of every matching document, unscored and unbounded (claims are never paged). */
final class OrdinalCollector extends SimpleCollector {

    private int[] ordinals = new int[64];
    private int size;
    private NumericDocValues values = DocValues.emptyNumeric();

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        values = DocValues.getNumeric(context.reader(), LuceneCorpusIndex.ORDINAL);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (values.advanceExact(doc)) {
            if (size == ordinals.length) {
                ordinals = Arrays.copyOf(ordinals, size * 2);
            }
            ordinals[size++] = (int) values.longValue();
        }
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    int[] ordinals() {
        return Arrays.copyOf(ordinals, size);
    }

    static final class Manager implements CollectorManager<OrdinalCollector, int[]> {
        @Override
        public OrdinalCollector newCollector() {
            return new OrdinalCollector();
        }

        @Override
        public int[] reduce(Collection<OrdinalCollector> collectors) {
            return collectors.stream().flatMapToInt(c -> Arrays.stream(c.ordinals())).toArray();
        }
    }
}
