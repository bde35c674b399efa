package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ConfigException;

class BenchTargetsTest {

    @Test
    void eachTargetIsMetNotMetNotMeasuredOrNotCheckedForAnotherCorpusSize() {
        BenchTargets targets = new BenchTargets(List.of(
                new BenchTargets.Target("ingestArticlesPerSec", 1000.0, null, 10000, "issue 7"),
                new BenchTargets.Target("heapMB", null, 512.0, null, "memory"),
                new BenchTargets.Target("answerP99Ms", null, 5.0, null, "answers"),
                new BenchTargets.Target("cliAskMs", null, 500.0, null, "start-up")));
        BenchReport report = new BenchReport().put("articles", 10000).put("ingestArticlesPerSec", 999.5)
                .put("heapMB", 512.0).put("answerP99Ms", null);

        List<String> lines = targets.check(report);

        assertEquals(List.of(
                "target: ingestArticlesPerSec >= 1000: 999.5, not met (issue 7)",
                "target: heapMB <= 512: 512.0, met (memory)",
                "target: answerP99Ms <= 5: -, not measured (answers)",
                "target: cliAskMs <= 500: -, not measured (start-up)"), lines);
        assertEquals(1, report.get("targetsNotMet"));

        BenchReport small = new BenchReport().put("articles", 20).put("ingestArticlesPerSec", 5000.0);
        targets.check(small);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checked = (List<Map<String, Object>>) small.get("targets");
        assertEquals("not checked", checked.get(0).get("verdict"), "20 articles say nothing of a 10,000-article target");
        assertEquals(0, small.get("targetsNotMet"));
    }

    @Test
    void theProjectsTargetsFileIsValid() {
        BenchTargets targets = BenchTargets.load(Path.of("config"));
        assertTrue(targets.targets().stream().anyMatch(t -> t.figure().equals("ingestArticlesPerSec")
                && t.atLeast() == 1000.0 && t.articles() == 10000), targets.toString());
    }

    @Test
    void aMalformedTargetStopsTheRunNamingTheFileAndTheMistake(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("targets.json"),
                "{\"targets\": [{\"figure\": \"heapMB\", \"atLeast\": 1, \"atMost\": 2, \"from\": \"x\"}]}");
        ConfigException both = assertThrows(ConfigException.class, () -> BenchTargets.load(dir));
        assertTrue(both.getMessage().contains("targets.json") && both.getMessage().contains(
                "heapMB: give exactly one of atLeast and atMost"), both.getMessage());

        Files.writeString(dir.resolve("targets.json"), "{\"targets\": [{\"figure\": \"heapMB\", \"atMost\": 2}]}");
        ConfigException noSource = assertThrows(ConfigException.class, () -> BenchTargets.load(dir));
        assertTrue(noSource.getMessage().contains("from"), noSource.getMessage());

        Files.writeString(dir.resolve("targets.json"), "{\"targets\": [], \"extra\": 1}");
        assertThrows(ConfigException.class, () -> BenchTargets.load(dir), "an unknown key is an error");

        Files.delete(dir.resolve("targets.json"));
        assertEquals(List.of(), BenchTargets.load(dir).targets(), "no file: nothing is checked");
    }
}
