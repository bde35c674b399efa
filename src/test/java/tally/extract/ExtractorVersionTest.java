package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extractor's version follows the contents of the code that reads an article, not the build's time stamps: a
 * rebuild that changes no such class keeps the stored claims, and a change to one of them reads the corpus again.
 */
class ExtractorVersionTest {

    @TempDir
    Path dir;

    private static Map<String, String> entries() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("tally/extract/Reader.class", "reads figures");
        e.put("tally/config/Lexicon.class", "loads word lists");
        e.put("tally/adapter/discord/Bot.class", "talks to Discord");
        e.put("opennlp-en-pos.bin", "a tagging model");
        return e;
    }

    private Path jar(String name, Map<String, String> entries, long modifiedMillis) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                JarEntry entry = new JarEntry(e.getKey());
                entry.setTime(modifiedMillis);
                j.putNextEntry(entry);
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        Files.setLastModifiedTime(jar, FileTime.fromMillis(modifiedMillis));
        return jar;
    }

    @Test
    void aRebuiltJarWithTheSameReadingCodeHasTheSameVersion() throws IOException {
        String first = ExtractorVersion.code(jar("a.jar", entries(), 1_000_000L));
        String rebuilt = ExtractorVersion.code(jar("b.jar", entries(), 9_000_000L));
        assertEquals(first, rebuilt);
        assertTrue(first.startsWith("jar "), first);
    }

    @Test
    void aChangeOutsideTheReadingCodeKeepsTheVersion() throws IOException {
        Map<String, String> changed = entries();
        changed.put("tally/adapter/discord/Bot.class", "talks to Discord, and more");
        changed.put("tally/adapter/cli/New.class", "a new command");
        assertEquals(ExtractorVersion.code(jar("a.jar", entries(), 1L)), ExtractorVersion.code(jar("b.jar", changed, 1L)));
    }

    @Test
    void aChangedExtractionClassOrModelChangesTheVersion() throws IOException {
        String before = ExtractorVersion.code(jar("a.jar", entries(), 1L));
        Map<String, String> extraction = entries();
        extraction.put("tally/extract/Reader.class", "reads figures better");
        Map<String, String> model = entries();
        model.put("opennlp-en-pos.bin", "a retrained tagging model");
        Map<String, String> added = entries();
        added.put("tally/model/Claim.class", "a claim");
        // trial 9: the parser that refuses a page saved as .txt is part of reading an article
        Map<String, String> parser = entries();
        parser.put("tally/corpus/ArticleParser.class", "refuses web pages");
        assertNotEquals(before, ExtractorVersion.code(jar("b.jar", extraction, 1L)));
        assertNotEquals(before, ExtractorVersion.code(jar("c.jar", model, 1L)));
        assertNotEquals(before, ExtractorVersion.code(jar("d.jar", added, 1L)));
        assertNotEquals(before, ExtractorVersion.code(jar("e.jar", parser, 1L)));
    }

    @Test
    void aClassesFolderIsIdentifiedByTheBytesOfItsReadingClasses() throws IOException {
        Path classes = dir.resolve("classes");
        write(classes, "tally/extract/Reader.class", "reads figures");
        write(classes, "tally/adapter/Bot.class", "talks");
        String before = ExtractorVersion.code(classes);
        Files.setLastModifiedTime(classes.resolve("tally/extract/Reader.class"), FileTime.fromMillis(5));
        write(classes, "tally/adapter/Bot.class", "talks more");
        assertEquals(before, ExtractorVersion.code(classes), "a new time stamp or another package changes nothing");
        write(classes, "tally/extract/Reader.class", "reads figures better");
        assertNotEquals(before, ExtractorVersion.code(classes));
        assertTrue(before.startsWith("classes "), before);
    }

    @Test
    void aLocationThatCannotBeReadGivesAnUnknownOriginNotAnError() throws IOException {
        Path notAJar = Files.writeString(dir.resolve("broken.jar"), "not a zip file");
        assertTrue(ExtractorVersion.code(notAJar).startsWith("of unknown origin"));
    }

    private static void write(Path root, String name, String text) throws IOException {
        Path f = root.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
    }
}
