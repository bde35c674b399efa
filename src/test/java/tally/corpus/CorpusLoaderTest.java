package tally.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tally.model.Article;
import tally.model.LoadProblem;

class CorpusLoaderTest {

    @TempDir
    Path dir;

    private final CorpusLoader loader = new CorpusLoader();

    static Stream<Arguments> goodFiles() {
        return Stream.of(
                Arguments.of("full header",
                        "title: T\noutlet: O\nurl: https://x.test/a\npublished: 2024-12-24\nlanguage: en\n---\nBody one.\n",
                        "T", "O", "https://x.test/a", "2024-12-24", "en", Map.of(), "Body one.\n", 7),
                Arguments.of("no header at all",
                        "Plain body.\nSecond line.", null, null, null, null, null, Map.of(),
                        "Plain body.\nSecond line.", 1),
                Arguments.of("'Last Updated:' opening is body, not header",
                        "Last Updated:\nWestern officials estimate 10,000.\n", null, null, null, null, null, Map.of(),
                        "Last Updated:\nWestern officials estimate 10,000.\n", 1),
                Arguments.of("'Location :' line is body",
                        "Location :\nSeoul\n---\nmore\n", null, null, null, null, null, Map.of(),
                        "Location :\nSeoul\n---\nmore\n", 1),
                Arguments.of("key-value first line without '---' is body",
                        "Note: this is prose.\nAnd more prose.\n", null, null, null, null, null, Map.of(),
                        "Note: this is prose.\nAnd more prose.\n", 1),
                Arguments.of("'---' after the 30-line window is body",
                        "Note: x\n" + "line\n".repeat(30) + "---\nend\n", null, null, null, null, null, Map.of(),
                        "Note: x\n" + "line\n".repeat(30) + "---\nend\n", 1),
                Arguments.of("unknown keys kept as metadata, keys case-insensitive",
                        "Title: T\nauthor: A. Writer\nnote: from the text\n---\nB", "T", null, null, null, null,
                        Map.of("author", "A. Writer", "note", "from the text"), "B", 5),
                Arguments.of("UTF-8 BOM stripped, CRLF kept in body",
                        "\uFEFFtitle: T\r\n---\r\nLine one.\r\n\r\nLine two.\r\n", "T", null, null, null, null,
                        Map.of(), "Line one.\r\n\r\nLine two.\r\n", 3),
                Arguments.of("BOM stripped without header",
                        "\uFEFFHello “quoted” body", null, null, null, null, null, Map.of(),
                        "Hello “quoted” body", 1),
                Arguments.of("body keeps leading spaces exactly",
                        "title: T\n---\n date 2024-12-24 Thousands\n", "T", null, null, null, null, Map.of(),
                        " date 2024-12-24 Thousands\n", 3),
                Arguments.of("leap day is a real date",
                        "published: 2024-02-29\n---\nx", null, null, null, "2024-02-29", null, Map.of(), "x", 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodFiles")
    void loadsValidFiles(String why, String content, String title, String outlet, String url, String published,
                         String language, Map<String, String> metadata, String body, int bodyLine) throws IOException {
        Files.writeString(dir.resolve("a.txt"), content, StandardCharsets.UTF_8);

        LoadResult result = loader.load(dir);

        assertEquals(List.of(), result.problems());
        Article a = result.articles().get(0);
        assertEquals("a.txt", a.file());
        assertEquals(title, a.title());
        assertEquals(outlet, a.outlet());
        assertEquals(url, a.url());
        assertEquals(published, a.published() == null ? null : a.published().date().toString());
        if (a.published() != null) {
            assertEquals(false, a.published().inferred());
        }
        assertEquals(language, a.language());
        assertEquals(metadata, a.metadata());
        assertEquals(body, a.body());
        assertEquals(bodyLine, a.bodyLine());
    }

    static Stream<Arguments> badFiles() {
        byte[] latin1 = "title: T\n---\nline two\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("empty file", new byte[0], 0, "empty"),
                Arguments.of("only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0, "empty"),
                Arguments.of("whitespace-only body", utf8(" \n\t\n"), 1, "blank"),
                Arguments.of("header but no body", utf8("title: T\n---\n"), 3, "no body"),
                Arguments.of("header with blank body", utf8("title: T\n---\n\n   \n"), 3, "blank"),
                Arguments.of("not UTF-8, bad byte on line 4", latin1, 4, "UTF-8"),
                Arguments.of("truncated multi-byte character at the end", withoutLastByte(utf8("ok\nx\u20ac")), 2,
                        "UTF-8"),
                Arguments.of("malformed header line", utf8("title: T\nthis is not a header\n---\nbody"), 2,
                        "malformed header"),
                Arguments.of("blank line inside header", utf8("title: T\n\noutlet: O\n---\nbody"), 2,
                        "malformed header"),
                Arguments.of("header key with empty value", utf8("title: T\noutlet:\n---\nbody"), 2, "no value"),
                Arguments.of("duplicate header key", utf8("title: T\nTitle: U\n---\nbody"), 2, "twice"),
                Arguments.of("published not a date", utf8("title: T\npublished: yesterday\n---\nbody"), 2,
                        "published"),
                Arguments.of("published impossible date", utf8("published: 2024-02-30\n---\nbody"), 1, "published"),
                Arguments.of("published wrong format", utf8("published: 24-12-2024\n---\nbody"), 1, "published"),
                Arguments.of("published with time", utf8("published: 2024-12-24T10:00\n---\nbody"), 1, "published"),
                Arguments.of("header without its --- line", utf8("title: T\npublished: 2024-12-24\nBody text.\n"), 3,
                        "no '---' line after it"),
                Arguments.of("header without --- and without body", utf8("url: https://x.test/a\n"), 2,
                        "no '---' line after it"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void reportsBadFileWithLineAndSkipsIt(String why, byte[] content, int line, String messagePart) throws IOException {
        Files.write(dir.resolve("bad.txt"), content);
        Files.writeString(dir.resolve("good.txt"), "A good article.");

        LoadResult result = loader.load(dir);

        assertEquals(List.of("good.txt"), result.articles().stream().map(Article::file).toList());
        assertEquals(1, result.problems().size(), result.problems().toString());
        LoadProblem p = result.problems().get(0);
        assertEquals("bad.txt", p.file());
        assertEquals(line, p.line(), p.toString());
        assertTrue(p.message().contains(messagePart), p.message());
    }

    @Test
    void readsOnlyTxtFilesDirectlyInTheFolderSortedByName() throws IOException {
        Files.writeString(dir.resolve("b.txt"), "B");
        Files.writeString(dir.resolve("a.txt"), "A");
        Files.writeString(dir.resolve(".hidden.txt"), "H");
        Files.writeString(dir.resolve("notes.md"), "M");
        Files.writeString(dir.resolve("c.TXT.bak"), "X");
        Files.createDirectories(dir.resolve("sub.txt"));
        Files.writeString(Files.createDirectories(dir.resolve("nested")).resolve("d.txt"), "D");

        LoadResult result = loader.load(dir);

        assertEquals(List.of("a.txt", "b.txt"), result.articles().stream().map(Article::file).toList());
        assertEquals(List.of(), result.problems());
    }

    /** Parsing runs in parallel; the articles and problems still come in file-name order, the bad ones in place. */
    @Test
    void aLargeFolderKeepsFileNameOrderWithBadFilesReportedInPlace() throws IOException {
        List<String> expected = new java.util.ArrayList<>();
        List<String> badFiles = new java.util.ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String name = String.format("%04d.txt", i);
            if (i % 97 == 13) {
                Files.write(dir.resolve(name), new byte[] {(byte) 0xC3, (byte) 0x28}); // not UTF-8
                badFiles.add(name);
            } else {
                Files.writeString(dir.resolve(name), "Article " + i);
                expected.add(name);
            }
        }
        LoadResult result = loader.load(dir);
        assertEquals(expected, result.articles().stream().map(Article::file).toList());
        assertEquals(badFiles, result.problems().stream().map(p -> p.file()).toList());
    }

    @Test
    void missingFolderIsAnErrorNamingThePath() {
        Path missing = dir.resolve("no-such-corpus");
        CorpusFolderException e = assertThrows(CorpusFolderException.class, () -> loader.load(missing));
        assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
        assertEquals(missing, e.folder());
    }

    @Test
    void aCorpusPathThatIsAFileSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("corpus"), "x");
        CorpusFolderException e = assertThrows(CorpusFolderException.class, () -> loader.load(file));
        assertTrue(e.getMessage().contains("is a file, not a folder") && e.getMessage().contains(file.toString()),
                e.getMessage());
    }

    @Test
    void bodyOpeningsThatOnlyLookLikeAHeaderStayText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Note: this is the first line.\nKILLED 5\n");
        Files.writeString(dir.resolve("b.txt"), "Last Updated: 2024-12-24\nBody.\n");
        Files.writeString(dir.resolve("c.txt"), "Seoul: South Korea's spy agency said\nmore.\n");

        LoadResult result = loader.load(dir);

        assertEquals(List.of(), result.problems());
        assertEquals(3, result.articles().size());
    }

    @Test
    void aReloadParsesOnlyTheFilesWhoseContentChanged() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "title: A\n---\nOne.");
        Files.writeString(dir.resolve("b.txt"), "title: B\n---\nTwo.");
        List<Article> first = loader.load(dir).articles();

        Files.writeString(dir.resolve("b.txt"), "title: B\n---\nTwo, edited.");
        List<Article> second = loader.load(dir).articles();

        assertSame(first.get(0), second.get(0), "a.txt is unchanged: its parse is kept");
        assertEquals("Two, edited.", second.get(1).body());
        assertEquals(new CorpusLoader().load(dir), loader.load(dir), "the same as a fresh load");
    }

    @Test
    void anEmptyFolderIsReportedAsAProblemOfTheFolder() {
        LoadResult result = loader.load(dir);
        assertEquals(List.of(new LoadProblem(dir.toString(), 0, CorpusLoader.EMPTY_FOLDER)), result.problems());
    }

    @Test
    void unreadableFileIsReportedAndSkipped() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "fine");
        LoadResult result = loader.load(new CorpusSnapshot(dir,
                List.of(CorpusFile.unreadable("locked.txt", "cannot read file: denied"),
                        CorpusFile.read("good.txt", utf8("fine"))), "x"));
        assertEquals(1, result.articles().size());
        assertEquals(new LoadProblem("locked.txt", 0, "cannot read file: denied"), result.problems().get(0));
    }

    @Test
    void loadsTheSeedCorpusWithoutProblems() {
        LoadResult result = loader.load(Path.of("corpus"));

        assertEquals(List.of(), result.problems());
        assertEquals(5, result.articles().size());
        Article first = result.articles().get(0);
        assertEquals("Al Jazeera", first.outlet());
        assertEquals(LocalDate.of(2024, 12, 24), first.published().date());
        assertTrue(first.body().startsWith(" date 2024-12-24 Thousands"), first.body());
        assertEquals(7, first.bodyLine());
        Article noHeader = result.articles().get(1);
        assertNull(noHeader.title());
        assertTrue(noHeader.body().startsWith("Last Updated:\n"));
        assertEquals(1, noHeader.bodyLine());
    }

    @Test
    void fingerprintChangesWithContentAndNameButNotWithRereading() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "one");
        String first = CorpusSnapshot.read(dir).fingerprint();
        assertEquals(first, CorpusSnapshot.read(dir).fingerprint());
        Files.writeString(dir.resolve("a.txt"), "two");
        String edited = CorpusSnapshot.read(dir).fingerprint();
        Files.move(dir.resolve("a.txt"), dir.resolve("b.txt"));
        String renamed = CorpusSnapshot.read(dir).fingerprint();
        assertTrue(!first.equals(edited) && !edited.equals(renamed) && !first.equals(renamed));
    }

    private static byte[] withoutLastByte(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length - 1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
