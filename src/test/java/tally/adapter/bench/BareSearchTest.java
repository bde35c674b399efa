package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.bootstrap.TallyRuntime;

class BareSearchTest {

    @Test
    void findsTheIndexTallyBuiltAndSearchesItsTextField(@TempDir Path data) {
        try (TallyRuntime runtime = TallyRuntime.open(Path.of("corpus"), data, Path.of("config"), line -> { })) {
            Path index = BareSearch.findIndex(data).orElseThrow();
            try (BareSearch bare = new BareSearch(index)) {
                assertEquals("text", bare.field());
                assertTrue(bare.documents() > 0);
                assertTrue(bare.search("How many North Korean soldiers were killed?") > 0);
                assertEquals(0, bare.search("zzzzqqq"));
                assertEquals(0, bare.search(""));
            }
        }
    }
}
