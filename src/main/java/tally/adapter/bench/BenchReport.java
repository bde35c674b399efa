package tally.adapter.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one benchmark run, in the order they are measured. Printed as lines for people and, with --json,
 * as one JSON object on the last line for scripts.
 */
final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Object> figures = new LinkedHashMap<>();

    BenchReport put(String key, @Nullable Object value) {
        if (value instanceof Double d) {
            value = Math.round(d * 1000.0) / 1000.0;
        }
        figures.put(key, value);
        return this;
    }

    @Nullable Object get(String key) {
        return figures.get(key);
    }

    Map<String, Object> figures() {
        return java.util.Collections.unmodifiableMap(figures);
    }

    String json() {
        try {
            return JSON.writeValueAsString(figures);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
