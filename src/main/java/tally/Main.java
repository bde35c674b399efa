package tally;

import java.util.Arrays;

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
        switch (args[0]) {
            // Each adapter registers one line here.
            case "gen-corpus" -> { return tally.adapter.gen.GenCorpusCommand.run(rest); }
            case "bench" -> { return tally.adapter.bench.BenchCommand.run(rest); }
            default -> {
                System.err.println("tally: unknown command '" + args[0] + "'\n" + USAGE);
                return 2;
            }
        }
    }

    static final String USAGE = """
            usage: java -jar target/tally.jar COMMAND [options]
              ask [--corpus DIR] [--data DIR] [--json] "QUESTION"   answer a question from the corpus
              figures [--corpus DIR] [--data DIR] [--json]          list every claim
              console [--corpus DIR]                                 try the Discord replies offline
              bot                                                    run the Discord bot (needs DISCORD_TOKEN)
              gen-corpus --articles N --seed S --out DIR             write a synthetic corpus with its truth file
              bench [--corpus DIR] [--json]                          measure ingest, restart, answers, burst, memory
            """;
}
