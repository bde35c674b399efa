package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.gen.CorpusGenerator;
import tally.bootstrap.TallyRuntime;

/**
 * The benchmark's live-corpus and checksum figures, measured on the real runtime over a small generated corpus: each
 * change is seen in an answer, the folder is left as it was, and what was not measured says so.
 */
class LiveChangeProbeTest {

    @TempDir
    Path tmp;

    @Test
    void anAddedEditedAndDeletedArticleEachShowInAnAnswerAndTheFolderIsLeftAsItWas() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(42).write(30, corpus);
        long before;
        try (var files = Files.list(corpus)) {
            before = files.count();
        }
        StringWriter out = new StringWriter();
        BenchReport r = new BenchReport();
        try (TallyRuntime runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), line -> { })) {
            LiveChangeProbe.changes(runtime.corpus(), runtime.tally(), corpus, tmp.resolve("staged"), r,
                    new PrintWriter(out, true));
            assertFalse(LiveChangeProbeTest.shows(runtime, "8,888"), "the deleted article's figure is gone");
        }
        for (String key : new String[] {"changeToAnswerMs", "editToAnswerMs", "deleteToAnswerMs"}) {
            assertTrue(r.get(key) instanceof Double ms && ms > 0, key + " in " + out);
        }
        assertTrue(out.toString().contains("article added"), out.toString());
        assertFalse(Files.exists(corpus.resolve(LiveChangeProbe.FILE)));
        try (var files = Files.list(corpus)) {
            assertEquals(before, files.count());
        }
    }

    private static boolean shows(TallyRuntime runtime, String figure) {
        return runtime.tally().ask(LiveChangeProbe.QUESTION).groups().stream().flatMap(g -> g.claims().stream())
                .anyMatch(c -> c.figure().text().equals(figure));
    }

    @Test
    void checksumsAreVerifiedOverTheWholeStoredIndexOrSaidToBeUnmeasured() throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(42).write(10, corpus);
        Path data = tmp.resolve("data");
        StringWriter out = new StringWriter();
        BenchReport unmeasured = new BenchReport();
        LiveChangeProbe.checksums(data, corpus, unmeasured, new PrintWriter(out, true));
        assertNull(unmeasured.get("checksumVerifyMs"));
        assertTrue(out.toString().contains("checksums: not measured"), out.toString());

        try (TallyRuntime runtime = TallyRuntime.open(corpus, data, Path.of("config"), line -> { })) {
            assertFalse(runtime.corpus().corpus().articles().isEmpty());
        }
        BenchReport r = new BenchReport();
        LiveChangeProbe.checksums(data, corpus, r, new PrintWriter(out, true));
        assertTrue(r.get("checksumVerifyMs") instanceof Double ms && ms >= 0, out.toString());
        assertTrue(r.get("indexMB") instanceof Double mb && mb > 0, out.toString());
    }
}
