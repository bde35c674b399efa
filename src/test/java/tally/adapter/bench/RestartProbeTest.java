package tally.adapter.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestartProbeTest {

    @Test
    void timesAFreshJvmOfThisClasspathToItsFirstPrintedLine() throws Exception {
        List<String> cmd = RestartProbe.javaCommand(List.of(), List.of("help"));
        assertTrue(cmd.contains("tally.Main"));
        RestartProbe.Result result = RestartProbe.time(cmd);
        assertEquals(0, result.exitCode());
        assertTrue(result.firstLine().startsWith("Usage: tally"), result.firstLine());
        assertTrue(result.ms() > 0);
    }

    @Test
    void aProcessThatPrintsNothingHasNoTime() throws Exception {
        RestartProbe.Result result = RestartProbe.time(RestartProbe.javaCommand(List.of(), List.of("no-such-command")));
        assertEquals(-1.0, result.ms());
        assertEquals(2, result.exitCode());
    }
}
