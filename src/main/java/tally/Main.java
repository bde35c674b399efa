package tally;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tally.adapter.cli.TallyCli;
import tally.bootstrap.TallyRuntime;
import tally.config.ConfigException;
import tally.corpus.CorpusFolderException;

/** Entry point of target/tally.jar: picks the adapter for the first argument. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("help")) {
            System.out.println(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        List<TallyRuntime> opened = new ArrayList<>();
        try {
            return switch (args[0]) {
                // Each adapter registers one line here.
                case "ask", "figures" -> TallyCli.runOnConsole(options -> {
                    TallyRuntime runtime = TallyRuntime.open(options.corpus(), options.data(), TallyRuntime.configDir(),
                            Main::progress);
                    opened.add(runtime);
                    return runtime.tally();
                }, args[0], rest);
                case "gen-corpus" -> tally.adapter.gen.GenCorpusCommand.run(rest);
                case "bench" -> tally.adapter.bench.BenchCommand.run(rest, (corpus, data) -> { TallyRuntime r = TallyRuntime.open(corpus, data, TallyRuntime.configDir(), line -> { }); return new tally.adapter.bench.Wiring.Opened(r.tally(), r.corpus(), r); }, (n, seed, dir) -> new tally.adapter.gen.CorpusGenerator(seed).write(n, dir), tally.extract.RuleBasedExtraction.fromConfig(TallyRuntime.configDir()));
                case "bot" -> tally.adapter.discord.BotCommand.run(rest, System.getenv(), (corpus, data) -> {
                    TallyRuntime runtime = TallyRuntime.open(corpus, data, TallyRuntime.configDir(), Main::progress);
                    opened.add(runtime);
                    return runtime.tally();
                }, System.err);
                case "console" -> tally.adapter.discord.console.ConsoleCommand.run(rest, System.in, System.out, System.err, (corpus, data) -> {
                    TallyRuntime runtime = TallyRuntime.open(corpus, data, TallyRuntime.configDir(), Main::progress);
                    opened.add(runtime);
                    return runtime.tally();
                });
                default -> unknown(args[0]);
            };
        } catch (ConfigException | CorpusFolderException e) {
            System.err.println("tally: " + e.getMessage());
            return 2;
        } finally {
            opened.forEach(TallyRuntime::close);
        }
    }

    /** Index progress goes to stderr so that stdout stays the answer (and valid JSON with --json). */
    static void progress(String line) {
        System.err.println("tally: " + line);
    }

    private static int unknown(String command) {
        System.err.println("tally: unknown command '" + command + "'\n" + USAGE);
        return 2;
    }

    static final String USAGE = """
            usage: java -jar target/tally.jar COMMAND [options]
              ask [--corpus DIR] [--data DIR] [--json] "QUESTION"   answer a question from the corpus
              figures [--corpus DIR] [--data DIR] [--json]          list every claim
              console [--corpus DIR] [--data DIR]                    try the Discord replies offline
              bot [--corpus DIR] [--data DIR]                        run the Discord bot (needs DISCORD_TOKEN)
              gen-corpus --articles N --seed S --out DIR             write a synthetic corpus with its truth file
              bench [--corpus DIR] [--json]                          measure ingest, restart, answers, burst, memory
            """;
}
