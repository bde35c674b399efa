package tally.extract;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Each article's own reading, kept from one analysis of the corpus to the next, so a change to one article of 10,000
 * re-reads that one only. A reading is kept under everything it depends on (the whole {@link tally.model.Article}
 * record, body included, and the date it was read against), and belongs to one extraction instance, hence to one
 * version of the rules and lexicons. Only the readings the latest analysis used are kept: an article removed or
 * changed is forgotten after the next analysis.
 *
 * <p>Not for concurrent analyses: {@link RuleBasedExtraction#analyze} runs them one at a time.
 */
final class ArticleReadings<K, V> {

    private Map<K, Optional<V>> kept = Map.of();
    private final Map<K, Optional<V>> used = new ConcurrentHashMap<>();
    private int read;
    private int lastRead;

    /** The kept value for {@code key}, or a fresh one; null values are kept too. Safe from parallel streams. */
    @Nullable V get(K key, Function<K, @Nullable V> read) {
        Optional<V> value = used.get(key);
        if (value == null) {
            value = kept.get(key);
            if (value == null) {
                value = Optional.ofNullable(read.apply(key));
                synchronized (this) {
                    this.read++;
                }
            }
            used.put(key, value);
        }
        return value.orElse(null);
    }

    /** Values computed elsewhere (an earlier process), kept for the next analysis beside what is kept already. */
    synchronized void seed(Map<K, V> values) {
        Map<K, Optional<V>> merged = new java.util.HashMap<>(kept);
        values.forEach((k, v) -> merged.put(k, Optional.of(v)));
        kept = Map.copyOf(merged);
    }

    /** What the latest finished analysis used (null values left out). */
    synchronized Map<K, V> kept() {
        Map<K, V> present = new java.util.HashMap<>();
        kept.forEach((k, v) -> v.ifPresent(value -> present.put(k, value)));
        return present;
    }

    /** Ends an analysis: what it used is kept for the next. */
    synchronized void finish() {
        kept = Map.copyOf(used);
        used.clear();
        lastRead = read;
        read = 0;
    }

    /** How many values the last finished analysis had to compute (the rest were kept ones). */
    synchronized int lastRead() {
        return lastRead;
    }
}
