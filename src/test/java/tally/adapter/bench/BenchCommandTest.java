package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.gen.CorpusGenerator;

class BenchCommandTest {

    private final CommandRun bench = new CommandRun(new BenchCommand(FakeWiring.create(), explicit -> explicit != null ? explicit : Path.of("config")));

    @AfterEach
    void forgetTruth() {
        System.clearProperty("tally.test.truth");
    }

    @Test
    void jsonRunEndsWithOneObjectHoldingEveryRequiredFigure(@TempDir Path tmp) throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(8).write(20, corpus);
        System.setProperty("tally.test.truth", corpus.resolve(Truth.FILE_NAME).toString());
        int code = run("--corpus", corpus.toString(), "--json", "--rounds", "2", "--restarts", "1",
                "--seed-corpus", corpus.toString());
        String stdout = bench.out();
        assertEquals(0, code, bench.err());
        List<String> lines = stdout.lines().toList();
        JsonNode json = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        for (String key : Benchmark.REQUIRED_KEYS) {
            assertTrue(json.has(key), "missing " + key + " in " + json);
        }
        assertEquals(20, json.get("articles").asInt());
        assertTrue(json.get("ingestArticlesPerSec").asDouble() > 0);
        assertTrue(json.get("ingestFirstRunArticlesPerSec").asDouble() > 0, "the cold run on its own: " + json);
        // 20 articles may take less CPU than one clock tick, so the figure may be 0 and the rate null; both are there.
        assertTrue(json.get("ingestCpuSeconds").isNumber(), "the process CPU the ingest used: " + json);
        assertTrue(json.has("ingestArticlesPerCpuSec"), json.toString());
        assertTrue(json.get("jvmOptions").isArray(), "which JVM set-up was measured: " + json);
        assertTrue(stdout.contains("articles per CPU-second (JIT and GC included)"), stdout);
        assertTrue(stdout.contains("ingest: first run (cold JVM) "), stdout);
        assertTrue(stdout.contains("jvm: "), stdout);
        assertEquals(1.0, json.get("recall").asDouble(), "the fake extractor returns the truth itself");
        assertEquals(0, json.get("burstErrors").asInt());
        assertTrue(json.get("burstP99Ms").isNumber());
        assertTrue(json.get("heapMB").asDouble() > 0);
        assertTrue(stdout.contains("burst: 200 concurrent questions via Tally.ask on 200 threads"), stdout);
        assertTrue(json.get("bareSearchP99Ms").isNumber(), "the bare search was measured: " + json);
        assertTrue(stdout.contains("bare search (Tally's passage query alone, "), stdout);
        assertTrue(json.get("labelledSealedWrongShownAsFact").isInt(), "the labelled corpus's sealed part counts the "
                + "wrong fields a reply would state as fact: " + json);
        assertTrue(stdout.contains("wrong yet shown as fact: claimant "), stdout);
        // config/targets.json: each target checked against this run, or said not to apply to 20 articles
        JsonNode targets = json.get("targets");
        assertTrue(targets.isArray() && targets.size() > 0, "the targets checked: " + json);
        assertEquals("not checked", verdictOf(targets, "ingestArticlesPerSec"), "the target is for 10,000 articles");
        assertEquals("met", verdictOf(targets, "burstErrors"));
        assertTrue(List.of("met", "not met").contains(verdictOf(targets, "labelledSealedRecall")), targets.toString());
        assertTrue(stdout.contains("target: burstErrors <= 0: 0, met (no question of a burst of 200 fails)"), stdout);
        assertTrue(stdout.contains("target: ingestArticlesPerSec >= 1000: "), stdout);
        assertTrue(json.get("targetsNotMet").isInt(), json.toString());
    }

    private static String verdictOf(JsonNode targets, String figure) {
        for (JsonNode t : targets) {
            if (t.get("figure").asText().equals(figure)) {
                return t.get("verdict").asText();
            }
        }
        throw new AssertionError("no target for " + figure + " in " + targets);
    }

    @Test
    void badOptionsPrintUsageAndAMissingCorpusIsAnError(@TempDir Path tmp) {
        assertEquals(2, run("--rounds", "0"));
        assertTrue(bench.err().contains("tally bench: --rounds must be at least 1, was 0"), bench.err());
        assertTrue(bench.err().contains("Usage: tally bench"), "the usage follows a usage error: " + bench.err());
        assertEquals(2, run("--frobnicate"));
        assertTrue(bench.err().contains("Unknown option: '--frobnicate'"), bench.err());
        assertEquals(2, run("--articles=many"));
        assertEquals(1, run("--corpus", tmp.resolve("absent").toString()));
        assertTrue(bench.err().contains("tally bench: corpus folder " + tmp.resolve("absent") + " not found"), bench.err());
        assertEquals("", bench.out());
    }

    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        return bench.run(all);
    }
}
