package tally.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions. The expected text of {@code method} in {@code testClass} lives in
 * src/test/resources/&lt;package path&gt;/&lt;TestClass&gt;/&lt;method&gt;.&lt;ext&gt;. Run the tests with
 * {@code -Dtally.updateSnapshots=true} to (re)write the files from the actual output, then review the diff.
 */
public final class Snapshot {

    public static final String UPDATE_PROPERTY = "tally.updateSnapshots";

    private Snapshot() {
    }

    /** Compares {@code actual} with the stored snapshot, or stores it when updating. Line endings are normalised. */
    public static void assertMatches(Class<?> testClass, String method, String ext, String actual) {
        Path file = path(testClass, method, ext);
        String normalised = actual.replace("\r\n", "\n");
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, normalised, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no snapshot " + file + "; run with -D" + UPDATE_PROPERTY + "=true to create it. Actual:\n" + normalised);
            }
            String expected = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            assertEquals(expected, normalised, "snapshot " + file + " (rewrite with -D" + UPDATE_PROPERTY + "=true)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the snapshot lives, relative to the module (Maven runs tests from the module directory). */
    public static Path path(Class<?> testClass, String method, String ext) {
        String base = System.getProperty("basedir", "");
        return Path.of(base, "src", "test", "resources")
                .resolve(testClass.getPackageName().replace('.', '/'))
                .resolve(testClass.getSimpleName())
                .resolve(method + "." + ext);
    }
}
