package tally.adapter.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.moderation.Change;
import tally.app.port.ModerationStore;

/**
 * A process killed with SIGKILL in the middle of writing loses nothing it had acknowledged: a child JVM appends
 * changes and prints each id once the append returned; after {@code kill -9}, every acknowledged change is in the
 * reopened store, the log has no gaps, and the store takes new writes.
 */
class KilledWriterTest {
    private static final int ACKS_BEFORE_KILL = 40;

    @TempDir
    Path data;

    @org.junit.jupiter.api.BeforeAll
    static void quiet() {
        QuietLogs.databases();
    }

    @Test
    void sqliteKeepsEveryAcknowledgedChangeAfterKillDashNine() throws Exception {
        long acked = runAndKill("sqlite", data.toString());
        check(JdbcModerationStore.sqlite(data), acked);
    }

    @Test
    void postgresKeepsEveryAcknowledgedChangeAfterKillDashNine() throws Exception {
        String url = TestPostgres.newDatabase();
        long acked = runAndKill("postgres", url);
        check(JdbcModerationStore.postgres(url, null, null), acked);
    }

    /** Starts the writer, waits for its acknowledgements, kills it; returns the highest id it acknowledged. */
    private static long runAndKill(String kind, String where) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                StoreWriterChild.class.getName(), kind, where).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long acked = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("ack ")) {
                    acked = Long.parseLong(line.substring(4));
                    if (acked >= ACKS_BEFORE_KILL) {
                        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no close
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the writer did not die");
        }
        assertTrue(acked >= ACKS_BEFORE_KILL, "the writer acknowledged only " + acked + " changes");
        return acked;
    }

    private static void check(ModerationStore reopened, long acked) {
        List<Change> log = reopened.changes();
        assertTrue(log.size() >= acked, "acknowledged " + acked + ", kept " + log.size());
        assertEquals(LongStream.rangeClosed(1, log.size()).boxed().toList(), log.stream().map(Change::id).toList(),
                "no gaps, no half-written change");
        log.forEach(c -> assertEquals("write " + c.id(), c.reason()));
        assertEquals(log.size(), reopened.revision());
        Change next = reopened.undo(1, java.time.Instant.EPOCH, new tally.app.moderation.Actor("cli:test"), "after the crash");
        assertEquals(log.size() + 1, next.id());
    }
}
