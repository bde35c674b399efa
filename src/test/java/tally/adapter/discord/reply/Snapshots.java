package tally.adapter.discord.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Golden files under src/test/resources/<package>/<TestClass>/<method>.json; -Dtally.updateSnapshots=true rewrites them. */
final class Snapshots {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Snapshots() {
    }

    static void assertMatches(Class<?> test, String method, Object value) throws IOException {
        String actual = JSON.writeValueAsString(value) + "\n";
        Path file = Path.of("src/test/resources", test.getPackageName().replace('.', '/'), test.getSimpleName(), method + ".json");
        if (Boolean.getBoolean("tally.updateSnapshots")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            throw new AssertionError("no golden file " + file + "; run once with -Dtally.updateSnapshots=true and review it");
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
    }
}
