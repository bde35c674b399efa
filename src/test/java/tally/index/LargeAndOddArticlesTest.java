package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;
import tally.app.port.CorpusIndex;
import tally.corpus.CorpusSnapshot;
import tally.model.Article;
import tally.model.LoadProblem;

/**
 * Large, many and odd articles in random sizes and random name order, through the real index write (Lucene and the
 * stored corpus) and back from disk. The writer once failed on whichever large article sorted last.
 */
class LargeAndOddArticlesTest {

    @TempDir
    Path tmp;
    private Path scratch;

    @BeforeTry
    void makeScratch() throws IOException {
        scratch = Files.createTempDirectory("tally-odd-articles");
    }

    @AfterTry
    void removeScratch() {
        IndexFolder.deleteQuietly(scratch);
    }

    @Property(tries = 4)
    void everyArticleOfAnySizeInAnyOrderIsIndexedAndReadBack(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        Path corpus = Files.createDirectories(scratch.resolve("corpus"));
        Map<String, String> markers = new TreeMap<>();
        List<String> bad = new ArrayList<>();
        int n = 20 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
            String name = randomName(random, i);
            Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
            int size = (int) Math.exp(random.nextDouble() * Math.log(1_500_000));
            String marker = "zq" + i + "marker";
            Files.write(corpus.resolve(name), kind.bytes(random, size, marker));
            if (kind.loads()) {
                markers.put(name, marker);
            } else {
                bad.add(name);
            }
        }
        FakeExtraction extraction = new FakeExtraction();
        Path data = scratch.resolve("data");
        try (CorpusIndex index = new IndexStore(data, extraction, line -> { }).open(corpus)) {
            assertEquals(List.copyOf(markers.keySet()), index.corpus().articles().stream().map(Article::file).toList());
            assertEquals(bad.stream().sorted().toList(),
                    index.corpus().problems().stream().map(LoadProblem::file).sorted().toList());
            markers.forEach((file, marker) -> assertEquals(file, index.passages(marker, 1).get(0).file(), marker));
            try (CorpusIndex again = new IndexStore(data, extraction, line -> { }).open(corpus)) {
                assertEquals(1, extraction.calls.get(), "read back from disk, not rebuilt");
                assertEquals(index.corpus(), again.corpus());
                assertEquals(index.claims(FigureQuery.all()), again.claims(FigureQuery.all()));
            }
        }
    }

    @Test
    void anArticleAtTheSizeLimitIsIndexedWhereverItSortsAndOneAboveIsReportedAndSkipped() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "published: 2025-01-02\n---\nKILLED 10 by a\n");
        String line = "Officials spoke near Kursk about the front line; nothing they said is verified. ";
        StringBuilder huge = new StringBuilder((int) CorpusSnapshot.MAX_ARTICLE_BYTES);
        huge.append("published: 2025-01-03\n---\nOfficials said KILLED 250 by nis near Kursk.\n\n");
        while (huge.length() + line.length() < CorpusSnapshot.MAX_ARTICLE_BYTES - 20) {
            huge.append(line);
        }
        huge.append("zqlastmarker");
        while (huge.length() < CorpusSnapshot.MAX_ARTICLE_BYTES) {
            huge.append('.');
        }
        Files.writeString(corpus.resolve("m_at_limit.txt"), huge);
        assertEquals(CorpusSnapshot.MAX_ARTICLE_BYTES, Files.size(corpus.resolve("m_at_limit.txt")));
        try (RandomAccessFile tooBig = new RandomAccessFile(corpus.resolve("z_too_big.txt").toFile(), "rw")) {
            tooBig.setLength(CorpusSnapshot.MAX_ARTICLE_BYTES + 1);
        }

        FakeExtraction extraction = new FakeExtraction();
        try (CorpusIndex index = new IndexStore(tmp.resolve("data"), extraction, l -> { }).open(corpus)) {
            assertEquals(List.of("a.txt", "m_at_limit.txt"),
                    index.corpus().articles().stream().map(Article::file).toList());
            assertEquals("m_at_limit.txt", index.passages("zqlastmarker", 1).get(0).file());
            LoadProblem skipped = index.corpus().problems().get(0);
            assertEquals("z_too_big.txt", skipped.file());
            assertTrue(skipped.message().contains("above the limit of 16 MiB"), skipped.message());
        }
        try (CorpusIndex again = new IndexStore(tmp.resolve("data"), extraction, l -> { }).open(corpus)) {
            assertEquals(1, extraction.calls.get(), "read back from disk, not rebuilt");
            assertTrue(again.corpus().articles().get(1).body().length() > CorpusSnapshot.MAX_ARTICLE_BYTES - 100);
            assertEquals(List.of("250", "10"), again.claims(FigureQuery.all()).stream().map(c -> c.figure().text())
                    .toList());
        }
    }

    /** Names in random order: a large article may sort first, last or anywhere between. */
    private static String randomName(Random random, int i) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            s.append((char) ('a' + random.nextInt(26)));
        }
        return s + "_" + i + ".txt";
    }

    private enum Kind {
        /** Paragraphs of claims and filler, with a header. */
        PARAGRAPHS,
        /** One line with no break at all: one huge paragraph. */
        ONE_LINE,
        /** Korean, Ukrainian, emoji (four-byte UTF-8), CRLF line ends and a byte-order mark. */
        MULTILINGUAL,
        /** Only white space: reported as blank. */
        BLANK,
        /** Not UTF-8: reported. */
        LATIN1;

        boolean loads() {
            return this == PARAGRAPHS || this == ONE_LINE || this == MULTILINGUAL;
        }

        byte[] bytes(Random random, int size, String marker) {
            StringBuilder s = new StringBuilder();
            switch (this) {
                case PARAGRAPHS -> {
                    s.append("title: T\npublished: 2025-0").append(1 + random.nextInt(9)).append("-1")
                            .append(random.nextInt(10)).append("\n---\n").append(marker).append(" opens.\n\n");
                    while (s.length() < size) {
                        s.append("Officials said KILLED ").append(random.nextInt(5000)).append(" by nis.\n\n")
                                .append("Background paragraph about the war and the front line.\n");
                    }
                }
                case ONE_LINE -> {
                    s.append(marker).append(' ');
                    while (s.length() < size) {
                        s.append("word").append(random.nextInt(100)).append(' ');
                    }
                }
                case MULTILINGUAL -> {
                    s.append('\uFEFF').append(marker).append("\r\n");
                    while (s.length() < size) {
                        s.append("북한군 병사 \uD83D\uDE00 Північнокорейські солдати KILLED ").append(random.nextInt(99))
                                .append("\r\n");
                    }
                }
                case BLANK -> s.append(" \n\t\n".repeat(1 + size / 4));
                case LATIN1 -> {
                    return ("caf\u00e9 " + marker + " KILLED 5").getBytes(StandardCharsets.ISO_8859_1);
                }
            }
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
