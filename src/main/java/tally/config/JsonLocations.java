package tally.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The line of every entry of a JSON file, by its path: one streaming pass over the bytes, done only when a config
 * file turned out to be wrong. Jackson reports where it stopped reading, which for a record's own checks is the end of
 * the object; the line a person should open is where the entry starts.
 */
final class JsonLocations {

    private final Map<String, Integer> lines = new HashMap<>();

    private JsonLocations() {
    }

    /** Locations of a file that parses; a file that does not parse yields only those before the error. */
    static JsonLocations of(byte[] json, JsonFactory factory) {
        JsonLocations found = new JsonLocations();
        try (JsonParser parser = factory.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    found.lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // keep what was found before the syntax error
        }
        return found;
    }

    /** The line where the entry at {@code path} starts, or of its nearest enclosing entry; 0 when unknown. */
    int line(List<Object> path) {
        for (int n = path.size(); n >= 0; n--) {
            Integer line = lines.get(pointer(path.subList(0, n)));
            if (line != null) {
                return line;
            }
        }
        return 0;
    }

    /** {@code claimants[12].party}: how the path is shown to a person. */
    static String shown(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                s.append('[').append(i).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(step);
            }
        }
        return s.toString();
    }

    private static String pointer(List<Object> path) {
        StringBuilder s = new StringBuilder();
        for (Object step : path) {
            s.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
