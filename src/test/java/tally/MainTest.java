package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.adapter.bench.Wiring;
import tally.app.answer.Answer;
import tally.app.compose.AnswerComposer;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The command line as the jar runs it: every command registered, helped, versioned, and refusing what it cannot use. */
class MainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        try (Main main = new Main()) {
            return main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        }
    }

    private static CommandLine tally() {
        return new Main().commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    @Test
    void helpListsEveryCommandAndEveryOptionOfEach() {
        assertEquals(0, run("--help"));
        String help = out.toString();
        Map<String, CommandLine> commands = tally().getSubcommands();
        assertEquals(List.of("help", "ask", "figures", "summary", "claim", "console", "bot", "gen-corpus", "bench", "chart", "article"),
                List.copyOf(commands.keySet()));
        for (CommandLine command : commands.values()) {
            String name = command.getCommandName();
            assertTrue(help.contains("\n  " + name + " "), "lists " + name + ":\n" + help);
            if (name.equals("help")) {
                continue;
            }
            assertListsWithEveryOption(help, "tally " + name, command);
        }
        // The ones a newcomer missed before: the bot's config folder and the benchmark's knobs.
        String bench = help.substring(help.indexOf("\ntally bench ["));
        for (String option : List.of("--ingest-runs=K", "--restarts=K", "--rounds=R", "--seed-corpus=DIR", "--config=DIR")) {
            assertTrue(bench.contains(option), option);
        }
        assertTrue(help.substring(help.indexOf("\ntally bot ["), help.indexOf("\ntally gen-corpus [")).contains("--config=DIR"));
        assertEquals("", err.toString());
    }

    /** A command and, for one with subcommands of its own (claim fix, article add), each of those, with every option. */
    private static void assertListsWithEveryOption(String help, String synopsis, CommandLine command) {
        assertTrue(help.contains("\n" + synopsis + " ["), "shows the synopsis of " + synopsis + ":\n" + help);
        int at = help.indexOf("\n" + synopsis + " [");
        int end = help.indexOf("\ntally ", at + 1);
        String section = end < 0 ? help.substring(at) : help.substring(at, end);
        for (OptionSpec option : command.getCommandSpec().options()) {
            assertTrue(section.contains(option.longestName()), synopsis + "'s " + option.longestName() + " in:\n" + section);
        }
        command.getSubcommands().forEach((name, sub) -> assertListsWithEveryOption(help, synopsis + " " + name, sub));
    }

    /**
     * Trial 16: the README's table of shared options listed --json for ask, figures and bench only, though summary and
     * claim log take it too. Each row's last column names exactly the commands that take its option.
     */
    @Test
    void theReadmesTableOfSharedOptionsNamesEveryCommandThatTakesEach() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String header = "| option | meaning | default | commands |\n|---|---|---|---|\n";
        int at = readme.indexOf(header);
        assertTrue(at > 0, "the README has the table of shared options");
        List<String> rows = readme.substring(at + header.length()).lines().takeWhile(l -> l.startsWith("|")).toList();
        Map<String, CommandLine> commands = new java.util.TreeMap<>();
        leaves("", tally(), commands);
        assertEquals(List.of("--corpus", "--data", "--config", "--json"),
                rows.stream().map(r -> r.substring(r.indexOf('`') + 1).split("[ `]")[0]).toList());
        for (String row : rows) {
            String option = row.substring(row.indexOf('`') + 1).split("[ `]")[0];
            String column = row.substring(row.lastIndexOf('|', row.length() - 2) + 1);
            java.util.Set<String> named = new java.util.TreeSet<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z -]+)`").matcher(column);
            while (m.find()) {
                named.add(m.group(1));
            }
            java.util.Set<String> taking = new java.util.TreeSet<>();
            commands.forEach((name, cmd) -> {
                if (cmd.getCommandSpec().findOption(option) != null) {
                    taking.add(name);
                }
            });
            assertEquals(taking, named, "the README's commands that take " + option);
        }
    }

    /** Every command without subcommands of its own, by its name after "tally" ("claim fix"). */
    private static void leaves(String prefix, CommandLine command, Map<String, CommandLine> into) {
        command.getSubcommands().forEach((name, sub) -> {
            if (name.equals("help")) {
                return;
            }
            if (sub.getSubcommands().isEmpty()) {
                into.put(prefix + name, sub);
            } else {
                leaves(prefix + name + " ", sub, into);
            }
        });
    }

    /** The front door's sample reply is what Tally answers on the bundled corpus today, not what it once answered. */
    @Test
    void theReadmeShowsTheSampleReplyAsItIs(@TempDir Path data) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String command = "(`./tally ask \"";
        int at = readme.indexOf(command);
        assertTrue(at > 0, "the README has the sample command");
        String question = readme.substring(at + command.length(), readme.indexOf("\"`)", at));
        String start = "```\n";
        int from = readme.indexOf(start, at) + start.length();
        assertEquals(0, run("ask", "--corpus", "corpus", "--data", data.toString(), question), err.toString());
        assertEquals(out.toString().stripTrailing(), readme.substring(from, readme.indexOf("\n```", from)),
                "README.md's sample reply to \"" + question + "\" (paste the new output there)");
    }

    /** The README's list of qualifier values in --json is the lexicon's, neither more nor fewer. */
    @Test
    void theReadmeListsEveryQualifierValueTheLexiconGives() throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String start = "`qualifier` is what its wording says of the\nnumber, one of ";
        int from = readme.indexOf(start);
        assertTrue(from > 0, "the README documents the qualifier values");
        String listed = readme.substring(from + start.length(), readme.indexOf(" (each from", from));
        java.util.Set<String> documented = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([^`]+)`").matcher(listed);
        while (m.find()) {
            documented.add(m.group(1));
        }
        java.util.Set<String> given = new java.util.TreeSet<>(tally.config.ExtractionLexicon
                .load(Path.of("config")).qualifiers().values());
        assertEquals(given, documented);
    }

    @Test
    void theReadmeShowsTheHelpAsItIs() throws Exception {
        assertEquals(0, run("--help"));
        String readme = java.nio.file.Files.readString(Path.of("README.md"));
        String start = "<summary>The output of <code>./tally --help</code></summary>\n\n```\n";
        int from = readme.indexOf(start) + start.length();
        assertTrue(from > start.length(), "the README has the help block");
        assertEquals(out.toString().stripTrailing(), readme.substring(from, readme.indexOf("\n```", from)),
                "README.md's copy of `tally --help` (paste the new output there)");
    }

    @Test
    void everyCommandHasHelpThatExitsZero() {
        for (String name : tally().getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue;
            }
            for (String flag : List.of("-h", "--help")) {
                out.getBuffer().setLength(0);
                assertEquals(0, run(name, flag), name + " " + flag);
                assertTrue(out.toString().startsWith("Usage: tally " + name + " "), out.toString());
            }
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("help", "bench"));
        assertTrue(out.toString().startsWith("Usage: tally bench "), out.toString());
    }

    @Test
    void everyCommandThatOpensTallyTakesTheSharedFolders() {
        for (String name : List.of("ask", "figures", "console", "bot")) {
            CommandLine command = tally().getSubcommands().get(name);
            for (String option : List.of("--corpus", "--data", "--config")) {
                assertNotNull(command.getCommandSpec().findOption(option), name + " " + option);
            }
        }
        assertNotNull(tally().getSubcommands().get("bench").getCommandSpec().findOption("--config"));
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().matches("tally \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), out.toString());
    }

    /** Trial 16: `tally claim --corpus X fix ...` said only "Unknown options"; it says where a subcommand's options go. */
    @Test
    void aSubcommandsOptionGivenBeforeItIsRefusedWithWhereItGoes() {
        assertEquals(2, run("claim", "--corpus", "somewhere", "fix", "abc", "--reason", "why"));
        String said = err.toString();
        assertTrue(said.contains("--corpus is an option of `tally claim fix`: put it after `fix`, as in "
                + "`tally claim fix --corpus ...`"), said);
        assertEquals("", out.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("article", "--yes", "add", "x.txt"));
        assertTrue(err.toString().contains("--yes is an option of `tally article add`: put it after `add`"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("claim", "--frobnicate", "fix"));
        assertFalse(err.toString().contains("put it after"), "an option no subcommand takes gets no such hint: " + err);
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageErrorOnStandardError() {
        assertEquals(2, run());
        assertTrue(err.toString().startsWith("tally: Missing required subcommand\nUsage: tally "), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("frobnicate"));
        assertTrue(err.toString().startsWith("tally: Unmatched argument at index 0: 'frobnicate'"), err.toString());
        assertTrue(err.toString().contains("Commands: help, ask, "), "names the commands: " + err);
        assertTrue(err.toString().lines().count() < 8, "not the whole help: " + err);
        assertEquals("", out.toString());
    }

    @Test
    void theBenchmarksBareSearchRunsTallysOwnPassageSearchAlone(@TempDir Path data) {
        try (Wiring.Opened opened = Main.benchWiring().opener().open(Path.of("corpus"), data, Path.of("config"))) {
            // a question that names no measure is answered with the index's passages as they are (one with no figure
            // for its measure offers only passages that speak of that measure, which a bare search does not filter)
            String offFigures = "What are North Korean soldiers doing in the trenches?";
            Answer answer = opened.tally().ask(offFigures);
            assertFalse(answer.hasFigures(), "the question names no figure Tally counts");
            assertFalse(answer.passages().isEmpty(), "so the answer offers passages");
            assertEquals(answer.passages().size(), opened.bareSearch().hits(offFigures), "as many hits as Tally shows");
            for (String question : List.of(offFigures, "How many North Korean soldiers were killed?",
                    "**NIS** says 3,000? <@123> Korea's troops")) {
                assertEquals(opened.index().passages(AnswerComposer.searchText(question), AnswerComposer.PASSAGE_LIMIT)
                        .size(), opened.bareSearch().hits(question), question);
            }
            assertEquals(0, opened.bareSearch().hits("zzzzqqq"));
            assertEquals(0, opened.bareSearch().hits(""));
        }
    }
}
