package tally.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.Freshness;
import tally.index.RefreshResult;

/** The Tally the runtime hands out says when its corpus version was loaded and why the latest refresh failed (/status). */
class TallyRuntimeFreshnessTest {
    private static final Instant START = Instant.parse("2026-01-15T10:00:00Z");

    @Test
    void freshnessFollowsTheVersionServedAndReportsAFailedRefresh(@TempDir Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        write(corpus, "a.txt", "South Korea's spy agency said about 100 North Korean soldiers were killed.");
        MovableClock clock = new MovableClock(START);
        try (TallyRuntime runtime = TallyRuntime.open(corpus, dir.resolve("data"), Path.of("config"), line -> { }, clock)) {
            assertEquals(Optional.of(new Freshness(START, null)), runtime.tally().freshness(), "loaded at start");

            clock.now = START.plusSeconds(3600);
            runtime.corpus().refresh();
            assertEquals(START, runtime.tally().freshness().orElseThrow().servingSince(), "an unchanged corpus is not reloaded");

            write(corpus, "b.txt", "Zelensky said some 3,000 North Korean soldiers were killed or wounded.");
            assertEquals(RefreshResult.Outcome.UPDATED, runtime.corpus().refresh().outcome());
            assertEquals(Optional.of(new Freshness(clock.now, null)), runtime.tally().freshness(), "a change picked up");

            Instant updated = clock.now;
            clock.now = START.plusSeconds(7200);
            try (var files = Files.walk(corpus)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
            assertEquals(RefreshResult.Outcome.FAILED, runtime.corpus().refresh().outcome());
            Freshness failed = runtime.tally().freshness().orElseThrow();
            assertEquals(updated, failed.servingSince(), "the last good version keeps answering");
            assertNotNull(failed.refreshError());
            assertTrue(failed.refreshError().contains("corpus"), failed.refreshError());
        }
    }

    private static void write(Path corpus, String file, String body) throws IOException {
        Files.writeString(corpus.resolve(file), "title: " + file + "\npublished: 2025-01-10\n---\n" + body + "\n");
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
