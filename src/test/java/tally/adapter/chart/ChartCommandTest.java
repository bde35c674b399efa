package tally.adapter.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tally.app.compose.Fixtures.index;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.command.CommandRun;
import tally.adapter.command.RecordingLauncher;
import tally.app.TallyEngine;
import tally.app.question.TestConfig;

/** {@code tally chart} through the same picocli command line as the jar, on the hand-built fixture corpus. */
class ChartCommandTest {

    @TempDir
    Path dir;

    private final TallyEngine engine = new TallyEngine(tally.app.port.IndexAccess.of(() -> index()), TestConfig.DIRECTORY,
            TestConfig.LEXICON, java.time.Clock.systemUTC(), new TimelineChart(), java.util.Optional::empty);
    private final CommandRun cli = new CommandRun(new ChartCommand(new RecordingLauncher(() -> engine)));

    @Test
    void writesThePngAndSaysWhatItShows() throws Exception {
        Path out = dir.resolve("casualties.png");
        assertEquals(0, cli.run("chart", "--corpus", dir.toString(), "--metric", "killed_or_wounded", "--out", out.toString()));
        BufferedImage image = ImageIO.read(out.toFile());
        assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, image.getWidth() + "x" + image.getHeight());
        assertEquals(out + ": killed_or_wounded, 2 claimants (Volodymyr Zelensky, Kyrylo Budanov), 3 points of comparable"
                + " totals, 0 drawn apart, 2 not drawn (vague or undated)\n", cli.out());
    }

    @Test
    void aClaimantNarrowsTheChartByIdOrName() {
        Path out = dir.resolve("z.png");
        assertEquals(0, cli.run("chart", "--corpus", dir.toString(), "--claimant", "Zelensky", "--out", out.toString()));
        assertTrue(cli.out().contains("1 claimant (Volodymyr Zelensky), 2 points"), cli.out());
    }

    /**
     * Round 63: the claimant is read as `ask` reads a source: a party ("Kyiv": each of Ukraine's claimants), an alias
     * ("the Ukrainian president") and a name with one slip ("Zelenski"); each had been "no claimant ... is called".
     */
    @Test
    void aClaimantIsReadAsAQuestionReadsASource() {
        Path out = dir.resolve("k.png");
        assertEquals(0, cli.run("chart", "--corpus", dir.toString(), "--claimant", "Kyiv", "--out", out.toString()), cli.err());
        assertTrue(cli.out().contains("2 claimants (Volodymyr Zelensky, Kyrylo Budanov), 3 points"), cli.out());
        for (String name : java.util.List.of("Zelenski", "the Ukrainian president")) {
            assertEquals(0, cli.run("chart", "--corpus", dir.toString(), "--claimant", name, "--out", out.toString()),
                    cli.err());
            assertTrue(cli.out().contains("1 claimant (Volodymyr Zelensky), 2 points"), cli.out());
        }
    }

    @Test
    void anUnknownMeasureOrClaimantIsAUsageErrorAndNothingToDrawWritesNoFile() {
        Path out = dir.resolve("none.png");
        assertEquals(2, cli.run("chart", "--corpus", dir.toString(), "--metric", "dead", "--out", out.toString()));
        assertTrue(cli.err().contains("--metric: unknown measure 'dead'"), cli.err());
        assertEquals(2, cli.run("chart", "--corpus", dir.toString(), "--claimant", "Napoleon", "--out", out.toString()));
        assertTrue(cli.err().contains("--claimant: no claimant in the corpus is called 'Napoleon'"), cli.err());
        // trial 15: the whole directory of ids was printed; now the few nearest by spelling
        assertEquals(2, cli.run("chart", "--corpus", dir.toString(), "--claimant", "Zelenskyyy", "--out", out.toString()));
        assertTrue(cli.err().contains("is called 'Zelenskyyy'; did you mean zelensky, "), cli.err());
        assertEquals(2, cli.run("chart", "--corpus", dir.toString(), "--claimant", "nobody", "--out", out.toString()));
        String said = cli.err().lines().filter(l -> l.contains("called 'nobody'")).findFirst().orElseThrow();
        assertTrue(said.matches(".*; did you mean [a-z_]+, [a-z_]+ or [a-z_]+\\?; `tally figures` lists every"
                + " claimant with their figures"), said);
        assertEquals(1, cli.run("chart", "--corpus", dir.toString(), "--metric", "wounded", "--out", out.toString()));
        assertTrue(cli.err().contains("no dated claim with a number for wounded"), cli.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputNamedOtherThanPngIsRefusedAndNothingIsWritten() {
        Path out = dir.resolve("chart.txt");
        assertEquals(2, cli.run("chart", "--corpus", dir.toString(), "--out", out.toString()));
        assertTrue(cli.err().contains("--out: the chart is a PNG image; give a file name ending in .png (got '" + out
                + "')"), cli.err());
        assertFalse(Files.exists(out));
        assertEquals(0, cli.run("chart", "--corpus", dir.toString(), "--out", dir.resolve("UPPER.PNG").toString()));
    }

    @Test
    void theOutputFileIsRequiredAndHelpListsEveryOption() {
        assertEquals(2, cli.run("chart", "--corpus", dir.toString()));
        assertEquals(0, cli.run("chart", "--help"));
        for (String option : new String[] {"--corpus", "--data", "--config", "--metric", "--claimant", "--out"}) {
            assertTrue(cli.out().contains(option), option + " in " + cli.out());
        }
    }
}
