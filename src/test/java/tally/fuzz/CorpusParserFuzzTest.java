package tally.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import tally.corpus.ArticleParser;
import tally.corpus.CorpusLoader;
import tally.corpus.LoadResult;
import tally.model.Article;

/** The corpus parser on any bytes: an article or a problem with a line, never an exception, never a hang. */
class CorpusParserFuzzTest {

    @Provide
    Arbitrary<byte[]> fileBytes() {
        Arbitrary<byte[]> utf8 = HostileText.articleText().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(HostileText.DISCORD_MAX);
        Arbitrary<byte[]> bom = utf8.map(b -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b));
        Arbitrary<byte[]> utf16 = HostileText.articleText().map(s -> s.getBytes(StandardCharsets.UTF_16));
        return Arbitraries.oneOf(utf8, utf8, raw, bom, utf16);
    }

    @Property
    void everyFileBecomesAnArticleOrAProblem(@ForAll("fileBytes") byte[] bytes) {
        ArticleParser.Parsed parsed = Bounded.call(() -> ArticleParser.parse("fuzz.txt", bytes));
        if (parsed.article() != null) {
            Article a = parsed.article();
            assertEquals("fuzz.txt", a.file());
            assertTrue(!a.body().isBlank(), "a loaded article has a body");
        } else {
            assertNotNull(parsed.problem());
            assertEquals("fuzz.txt", parsed.problem().file());
        }
    }

    @Property(tries = 30)
    void aFolderOfHostileFilesLoadsEveryGoodOneAndReportsTheRest(@ForAll("folders") List<byte[]> files) throws IOException {
        Path dir = Files.createTempDirectory("tally-fuzz-corpus");
        try {
            for (int i = 0; i < files.size(); i++) {
                Files.write(dir.resolve(String.format("%03d.txt", i)), files.get(i));
            }
            LoadResult result = Bounded.call(() -> new CorpusLoader().load(dir));
            long fileProblems = result.problems().stream().filter(p -> !p.file().equals(dir.toString())).count();
            assertEquals(files.size(), result.articles().size() + fileProblems,
                    "each file is an article or a problem, none lost");
            assertEquals(files.isEmpty(), fileProblems < result.problems().size(), "an empty folder is reported");
        } finally {
            try (var paths = Files.list(dir)) {
                for (Path p : paths.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<byte[]>> folders() {
        return fileBytes().list().ofMaxSize(8);
    }

    @Example
    void parsesATenMegabyteArticle() {
        byte[] bytes = Fixtures.hugeArticle().getBytes(StandardCharsets.UTF_8);
        assertTrue(bytes.length >= Fixtures.HUGE_CHARS);
        ArticleParser.Parsed parsed = Bounded.callHuge(() -> ArticleParser.parse("huge.txt", bytes));
        assertNotNull(parsed.article(), () -> String.valueOf(parsed.problem()));
        assertTrue(parsed.article().body().length() > Fixtures.HUGE_CHARS - 1000);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
