package tally.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a config file into a record. Every mistake stops start-up with a {@link ConfigException} of the form
 * {@code config/claimants.json:105: claimants[12].party: claimant kim names unknown party 'mars'}: the file, the line
 * where the wrong entry starts, the entry's path, and why.
 *
 * <p>Strict on purpose, since a config is edited by hand and a silent reinterpretation is worse than an error: an
 * unknown key, a key given twice, a number where text is expected ({@code [123]}), text or a fraction where a whole
 * number is expected ({@code "10"}, {@code 10.7}) and trailing content are all refused. Comments are allowed.
 */
public final class JsonFiles {

    public static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Integer, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
            .withCoercionConfig(LogicalType.Boolean, c -> c
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .build();

    private JsonFiles() {
    }

    /**
     * An optional config file: {@code absent} when there is no such file, else as {@link #read}. A value a record's
     * constructor refuses is reported by {@link #read} at its line, so callers need no handling of their own.
     *
     * @throws ConfigException naming the file, the line, the entry and the mistake
     */
    public static <T> T readIfPresent(Path file, Class<T> type, T absent) {
        return Files.exists(file) ? read(file, type) : absent;
    }

    /** @throws ConfigException naming the file, the line, the entry and the mistake */
    public static <T> T read(Path file, Class<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return STRICT.readValue(bytes, type);
        } catch (JsonProcessingException e) {
            throw mistake(file, bytes, e);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static ConfigException mistake(Path file, byte[] bytes, JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            // malformed JSON (or a key given twice): the parser's own location is exact
            return new ConfigException(at(file, lineOf(e)) + firstClause(e.getOriginalMessage()), e);
        }
        List<Object> path = new ArrayList<>();
        for (JsonMappingException.Reference step : mapping.getPath()) {
            path.add(step.getFieldName() != null ? step.getFieldName() : (Object) step.getIndex());
        }
        String why;
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException invalid) {
            if (invalid instanceof ConfigEntryException entry) {
                path.addAll(entry.path());
            }
            why = invalid.getMessage();
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            why = "unknown key '" + unknown.getPropertyName() + "' (a typo?); the keys here are "
                    + unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
        } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage())
                .startsWith("Missing required creator property") && !path.isEmpty()) {
            // Jackson checks required keys before unknown ones: a typo in a required key's name shows up as that key
            // missing, so name the keys that were given, the typo among them.
            Object missing = path.remove(path.size() - 1);
            why = "required key '" + missing + "' is missing" + givenKeys(bytes, path);
        } else if (e instanceof MismatchedInputException wrong && wrong.getTargetType() != null) {
            why = "expected " + expected(wrong.getTargetType()) + " (" + firstClause(e.getOriginalMessage()) + ")";
        } else {
            why = firstClause(e.getOriginalMessage());
        }
        int line = JsonLocations.of(bytes, STRICT.getFactory()).line(path);
        String where = path.isEmpty() ? "" : JsonLocations.shown(path) + ": ";
        return new ConfigException(at(file, line > 0 ? line : lineOf(e)) + where + why, e);
    }

    /** "; the keys given here are id, name, aliasez (a typo?)", or nothing when the object cannot be found. */
    private static String givenKeys(byte[] bytes, List<Object> path) {
        try {
            com.fasterxml.jackson.databind.JsonNode node = STRICT.readTree(bytes);
            for (Object step : path) {
                node = step instanceof Integer i ? node.path(i) : node.path(String.valueOf(step));
            }
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            return keys.isEmpty() ? "" : "; the keys given here are " + String.join(", ", keys) + " (a typo?)";
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String at(Path file, int line) {
        return file + (line > 0 ? ":" + line : "") + ": ";
    }

    private static int lineOf(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        return where != null ? where.getLineNr() : 0;
    }

    private static String expected(Class<?> type) {
        if (type == String.class) {
            return "text in quotes";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list [...]";
        }
        return type.isRecord() ? "an object {...}" : type.getSimpleName();
    }

    /** Jackson's message without its advice on Jackson's own settings. */
    /**
     * Jackson's message without the parts that speak of Jackson rather than the file: "(but could if ...)", "(but
     * might if coercion using `CoercionConfig` was enabled)", "(for root starting at [Source: REDACTED ...])", "not
     * allowed as per `DeserializationFeature...`", and a Java type's package, which a moderator editing the file cannot
     * act on (trial 9).
     */
    private static String firstClause(String message) {
        String m = String.valueOf(message);
        for (String internal : JACKSON_ASIDES) {
            int cut = m.indexOf(internal);
            if (cut > 0) {
                m = m.substring(0, cut);
            }
        }
        // "`tally.model.Claimant$Kind`" -> "Kind", "`java.lang.String`" -> "String"
        return CLASS_NAME.matcher(m).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(
                r.group().substring(Math.max(r.group().lastIndexOf('.'), r.group().lastIndexOf('$')) + 1,
                        r.group().length() - 1))).strip();
    }

    private static final List<String> JACKSON_ASIDES = List.of(" (but could if", " (but might if", " (for root starting at",
            " (for Object starting at", " (for Array starting at", "\n at [Source", ": not allowed as per `");
    /** "`tally.app.question.QuestionLexicon$MetricWords`": a Java type, named in backticks by Jackson. */
    private static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile("`[\\w.$]+\\.[\\w$]+`");
}
