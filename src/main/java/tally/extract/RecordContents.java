package tally.extract;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Feeds a digest with the contents of a value made of records, lists, maps and plain values (a config file as Jackson
 * read it): each record's components by name, each list's elements in order, each set's elements and each map's entries in an order of their contents. Every
 * piece is written with its length, so no two different contents give the same bytes ("ab","c" is not "a","bc").
 */
final class RecordContents {

    private RecordContents() {
    }

    /** @throws IllegalStateException when a record component cannot be read (not expected of config records) */
    static void digest(MessageDigest digest, @Nullable Object value) {
        if (value == null) {
            text(digest, "n", "");
        } else if (value instanceof Record record) {
            text(digest, "r", record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                text(digest, "c", component.getName());
                digest(digest, read(component.getAccessor(), record));
            }
        } else if (value instanceof Set<?> set) {
            unordered(digest, "s", set.stream().map(element -> (Consumer<MessageDigest>) d -> digest(d, element)));
        } else if (value instanceof Collection<?> list) {
            text(digest, "l", Integer.toString(list.size()));
            list.forEach(element -> digest(digest, element));
        } else if (value instanceof Map<?, ?> map) {
            unordered(digest, "m", map.entrySet().stream().map(e -> (Consumer<MessageDigest>) d -> {
                digest(d, e.getKey());
                digest(d, e.getValue());
            }));
        } else {
            text(digest, "v", String.valueOf(value));
        }
    }

    /**
     * A set's or map's parts in an order of their own contents, not the collection's: Set.of and Map.copyOf iterate in
     * an order that changes from one JVM to the next, and the version must not.
     */
    private static void unordered(MessageDigest digest, String kind, Stream<Consumer<MessageDigest>> parts) {
        List<String> hashes = parts.map(part -> {
            MessageDigest one = ExtractorVersion.sha256();
            part.accept(one);
            return HexFormat.of().formatHex(one.digest());
        }).sorted().toList();
        text(digest, kind, Integer.toString(hashes.size()));
        hashes.forEach(h -> text(digest, "h", h));
    }

    private static @Nullable Object read(Method accessor, Record record) {
        try {
            accessor.setAccessible(true); // nested config records may be package-private
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + accessor + " of a config record", e);
        }
    }

    private static void text(MessageDigest digest, String kind, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(kind.getBytes(StandardCharsets.US_ASCII));
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
