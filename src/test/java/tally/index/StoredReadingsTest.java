package tally.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.FigureQuery;
import tally.app.port.ClaimExtraction;
import tally.app.port.CorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;

/**
 * Each article's own reading is stored with the index, so another process (a one-shot {@code tally article add} or
 * {@code ask}, a restarted bot) reads only the articles that changed, not the whole corpus, and finds what a fresh
 * build finds.
 */
class StoredReadingsTest {

    @TempDir
    Path tmp;
    Path corpus;
    Path data;
    final List<String> log = new CopyOnWriteArrayList<>();

    /** The fake extractor's claims, each article read on its own and kept as the real extractor keeps readings. */
    static final class KeepingExtraction implements ClaimExtraction {
        private final Map<Article, List<Claim>> kept = new ConcurrentHashMap<>();
        private final List<String> read = new CopyOnWriteArrayList<>();
        int keptGiven;

        @Override
        public synchronized AnalyzedCorpus analyze(List<Article> articles) {
            read.clear();
            List<Article> result = new ArrayList<>();
            List<Claim> claims = new ArrayList<>();
            Map<Article, List<Claim>> used = new HashMap<>();
            for (Article a : articles) {
                List<Claim> own = kept.get(a);
                AnalyzedCorpus one = new FakeExtraction().analyze(List.of(a));
                if (own == null) {
                    read.add(a.file());
                    own = one.claims();
                }
                used.put(a, own);
                result.addAll(one.articles());
                claims.addAll(own);
            }
            kept.clear();
            kept.putAll(used);
            return new AnalyzedCorpus(result, claims, List.of());
        }

        @Override
        public synchronized Map<Article, List<Claim>> ownReadings() {
            return Map.copyOf(kept);
        }

        @Override
        public synchronized void keep(Map<Article, List<Claim>> readings) {
            keptGiven += readings.size();
            kept.putAll(readings);
        }

        synchronized List<String> readInLastAnalysis() {
            return List.copyOf(read);
        }
    }

    @BeforeEach
    void corpusOf30() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        data = tmp.resolve("data");
        for (int i = 0; i < 30; i++) {
            write(i, "KILLED " + (100 + i) + " by c" + i);
        }
        try (CorpusIndex first = new IndexStore(data, new KeepingExtraction(), l -> { }).open(corpus)) {
            assertEquals(30, first.corpus().articles().size());
        }
        assertTrue(Files.exists(currentBuild().resolve(IndexFolder.READINGS)), "the readings are stored");
    }

    @Test
    void aNewProcessAddingOneArticleReadsThatOneAndFindsWhatAFreshBuildFinds() throws IOException {
        KeepingExtraction extraction = new KeepingExtraction();
        try (LiveCorpus live = LiveCorpus.open(corpus, data, extraction, log::add)) {
            write(30, "KILLED 5000 by added");
            live.refresh();

            assertEquals(List.of("a30.txt"), extraction.readInLastAnalysis());
            assertEquals(30, extraction.keptGiven);
            assertFresh(live);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("kept the stored readings of 30 of 30 articles")), log.toString());
    }

    @Test
    void aOneShotOpenAfterAChangeStartsFromTheStoredBuildAndReadsOnlyWhatChanged() throws IOException {
        write(7, "KILLED 777 by edited");
        Files.delete(corpus.resolve("a12.txt"));
        KeepingExtraction extraction = new KeepingExtraction();
        try (CorpusIndex index = new IndexStore(data, extraction, log::add).open(corpus)) {
            assertEquals(List.of("a7.txt"), extraction.readInLastAnalysis());
            assertFresh(index);
        }
    }

    @Test
    void watchingAfterARestartTakesTheStoredReadingsInsteadOfReadingEveryArticle() throws Exception {
        KeepingExtraction extraction = new KeepingExtraction();
        try (LiveCorpus live = LiveCorpus.open(corpus, data, extraction, log::add)) {
            live.watch(Duration.ofHours(1), Duration.ofMillis(10));
            assertTrue(live.awaitWatcher(Duration.ofMinutes(2)));
            assertEquals(List.of(), extraction.readInLastAnalysis(), "every article's reading was stored");
            assertEquals(30, extraction.keptGiven);
        }
    }

    @Test
    void damagedStoredReadingsAreSaidAndTheArticlesReadAgain() throws IOException {
        IndexStoreTest.flipByte(currentBuild().resolve(IndexFolder.READINGS));
        KeepingExtraction extraction = new KeepingExtraction();
        try (LiveCorpus live = LiveCorpus.open(corpus, data, extraction, log::add)) {
            write(30, "KILLED 5000 by added");
            live.refresh();

            assertEquals(31, extraction.readInLastAnalysis().size());
            assertFresh(live);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("stored readings unusable")), log.toString());
    }

    private void assertFresh(CorpusIndex index) {
        try (CorpusIndex fresh = new IndexStore(tmp.resolve("fresh"), new FakeExtraction(), l -> { }).open(corpus)) {
            assertEquals(fresh.corpus(), index.corpus());
            assertEquals(fresh.claims(FigureQuery.all()), index.claims(FigureQuery.all()));
        }
    }

    private Path currentBuild() throws IOException {
        try (Stream<Path> keys = Files.list(data)) {
            return new IndexFolder(keys.filter(Files::isDirectory).findFirst().orElseThrow()).current();
        }
    }

    private void write(int i, String line) throws IOException {
        Files.writeString(corpus.resolve("a" + i + ".txt"), "published: 2025-01-0" + (1 + i % 9) + "\n---\nmarker"
                + i + " opens the article.\n\n" + line + " in Kursk.\n");
    }
}
