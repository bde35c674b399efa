package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** A start builds only the command it runs; help and mistakes still see every command. */
class MainStartTest {

    private static List<String> built(String... args) {
        try (Main main = new Main()) {
            CommandLine cli = main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                    args);
            return List.copyOf(cli.getSubcommands().keySet());
        }
    }

    @Test
    void aNamedCommandIsTheOnlyOneBuilt() {
        for (String command : List.of("ask", "figures", "claim", "console", "bot", "gen-corpus", "bench", "chart", "article")) {
            assertEquals(List.of("help", command), built(command, "--help"), command);
        }
    }

    @Test
    void helpAMistypedCommandOrNoneGetEveryCommand() {
        List<String> every = built();
        assertEquals(11, every.size(), every.toString());
        assertEquals(every, built("--help"));
        assertEquals(every, built("help", "ask"));
        assertEquals(every, built("aks", "How many?"));
    }

    @Test
    void aMistypedCommandIsStillSuggested() {
        StringWriter err = new StringWriter();
        try (Main main = new Main()) {
            int code = main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                    new String[] {"aks"}).execute("aks");
            assertEquals(2, code);
        }
        assertTrue(err.toString().contains("ask"), err.toString());
    }
}
