package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;

/** The lexicons' part of the extractor's version: every entry counts, the order of a set or map does not. */
class RecordContentsTest {

    record Inner(String word, List<String> forms) {
    }

    record Outer(Map<String, Inner> byId, Set<String> tags, List<String> ordered) {
    }

    private static String hash(Object value) {
        MessageDigest digest = ExtractorVersion.sha256();
        RecordContents.digest(digest, value);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Outer outer(List<String> forms, List<String> tagOrder, List<String> ordered) {
        Map<String, Inner> byId = new LinkedHashMap<>();
        byId.put("a", new Inner("say", forms));
        byId.put("b", new Inner("claim", List.of("claims")));
        return new Outer(byId, new LinkedHashSet<>(tagOrder), ordered);
    }

    @Test
    void equalContentsGiveEqualHashesWhateverTheSetOrder() {
        assertEquals(hash(outer(List.of("said"), List.of("x", "y"), List.of("p", "q"))),
                hash(outer(List.of("said"), List.of("y", "x"), List.of("p", "q"))));
    }

    @Test
    void oneChangedEntryAnywhereChangesTheHash() {
        String base = hash(outer(List.of("said"), List.of("x"), List.of("p", "q")));

        assertNotEquals(base, hash(outer(List.of("says"), List.of("x"), List.of("p", "q"))), "a nested record's list");
        assertNotEquals(base, hash(outer(List.of("said"), List.of("z"), List.of("p", "q"))), "a set");
        assertNotEquals(base, hash(outer(List.of("said"), List.of("x"), List.of("q", "p"))), "a list's order");
        assertNotEquals(hash(List.of("ab", "c")), hash(List.of("a", "bc")), "where one entry ends and the next starts");
        assertNotEquals(hash(new Inner("x", List.of())), hash(new Inner("x", null)), "an empty list is no missing one");
    }

    @Test
    void theRealLexiconsHashAsTheyDidWhenAnEntryOfTheFileChanges(@TempDir Path dir) throws Exception {
        Path config = Path.of("config");
        String real = ExtractorVersion.lexicons(ExtractionLexicon.load(config), ClaimantDirectory.load(config));
        assertEquals(real, ExtractorVersion.lexicons(ExtractionLexicon.load(config), ClaimantDirectory.load(config)));

        Files.copy(config.resolve("claimants.json"), dir.resolve("claimants.json"));
        String extraction = Files.readString(config.resolve("extraction.json"));
        Files.writeString(dir.resolve("extraction.json"), extraction.replaceFirst("\"said\"", "\"sayed\""));

        assertNotEquals(real, ExtractorVersion.lexicons(ExtractionLexicon.load(dir), ClaimantDirectory.load(dir)));
    }
}
