package tally.adapter.storage;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import tally.app.moderation.Actor;
import tally.app.moderation.Amendment;
import tally.app.moderation.Change;
import tally.app.moderation.ClaimRef;
import tally.app.port.ModerationStore;
import tally.model.Metric;

/**
 * Run in a child JVM by {@link KilledWriterTest}: appends changes to the store named by its arguments as fast as it
 * can and prints "ack N" after each append returns, until it is killed.
 */
public final class StoreWriterChild {
    private StoreWriterChild() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ModerationStore store = args[0].equals("sqlite")
                ? JdbcModerationStore.sqlite(java.nio.file.Path.of(args[1]))
                : JdbcModerationStore.postgres(args[1], null, null);
        ClaimRef claim = new ClaimRef("k7q2m9xw4d", "001.txt", "NIS said about 100 were killed.", "about 100", Metric.KILLED);
        out.println("ready");
        for (long i = 1; ; i++) {
            Change c = store.append(new Change.Draft(Instant.ofEpochMilli(i), new Actor("cli:child"), Change.Action.HIDE,
                    claim, Amendment.hiding(false), Amendment.hiding(true), "write " + i));
            out.println("ack " + c.id());
        }
    }
}
