package tally;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import tally.adapter.bench.BenchCommand;
import tally.adapter.bench.Wiring;
import tally.adapter.chart.ChartCommand;
import tally.adapter.cli.ArticleCommand;
import tally.adapter.cli.AskCommand;
import tally.adapter.cli.ClaimCommand;
import tally.adapter.cli.FiguresCommand;
import tally.adapter.cli.SummaryCommand;
import tally.adapter.command.Launcher;
import tally.adapter.command.TallyCommandLine;
import tally.adapter.discord.BotCommand;
import tally.adapter.discord.console.ConsoleCommand;
import tally.adapter.gen.CorpusGenerator;
import tally.adapter.gen.GenCorpusCommand;
import tally.app.Tally;
import tally.app.article.ArticleCurator;
import tally.app.compose.AnswerComposer;
import tally.app.port.CorpusIndex;
import tally.bootstrap.TallyRuntime;
import tally.extract.RuleBasedExtraction;
import tally.index.HeapAdvice;
import tally.index.LuceneCorpusIndex;

/**
 * Entry point of target/tally.jar: the {@code tally} command line, composed by hand from one class per subcommand.
 * Adding a command is its class (in its adapter package) and one line in {@link #commandLine}.
 * It is also the composition root the commands open Tally through, and closes what they opened.
 */
public final class Main implements Launcher, AutoCloseable {

    private final List<TallyRuntime> opened = new ArrayList<>();
    /** The corpus folder opened last: what an out-of-memory message sizes its advice by. */
    private static volatile @Nullable Path lastCorpus;

    public static void main(String[] args) {
        PrintWriter out = utf8(FileDescriptor.out);
        PrintWriter err = utf8(FileDescriptor.err);
        Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
        int code;
        Main main = new Main();
        try {
            code = main.commandLine(out, err, args).execute(args);
        } catch (OutOfMemoryError e) {
            main.close(); // lets go of the corpus, so there is room to say what happened
            err.println("tally: " + HeapAdvice.explain(lastCorpus, Runtime.getRuntime().maxMemory()));
            code = TallyCommandLine.FAILED;
        } finally {
            main.close();
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A thread of the running bot or console that runs out of memory cannot be trusted to go on: say why and how to
     * give Tally more memory, then stop (a supervisor such as Docker's restart policy starts it again).
     */
    private static void uncaught(Thread thread, Throwable e) {
        if (e instanceof OutOfMemoryError) {
            System.err.println("tally: " + HeapAdvice.explain(lastCorpus, Runtime.getRuntime().maxMemory()));
            System.err.flush();
            Runtime.getRuntime().halt(TallyCommandLine.FAILED);
        }
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        e.printStackTrace();
    }

    /** Every command, registered once each. */
    CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, new String[0]);
    }

    /**
     * The command line for these arguments. When the first names a command, only that command is built: picocli
     * reads a command's annotations, options and mixins when it is added, and every start paid that for all of
     * them (a fifth of {@code ask}'s start-up). Help, a mistyped command or none at all get every command.
     */
    CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        Map<Class<?>, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put(AskCommand.class, () -> new AskCommand(this));
        commands.put(FiguresCommand.class, () -> new FiguresCommand(this));
        commands.put(SummaryCommand.class, () -> new SummaryCommand(this));
        commands.put(ClaimCommand.class, () -> new ClaimCommand(this, System.getProperty("user.name", "unknown")));
        commands.put(ConsoleCommand.class, () -> new ConsoleCommand(watching(), System.in));
        commands.put(BotCommand.class, () -> new BotCommand(watching(), System.getenv()));
        commands.put(GenCorpusCommand.class, GenCorpusCommand::new);
        commands.put(BenchCommand.class, () -> new BenchCommand(benchWiring(), this));
        commands.put(ChartCommand.class, () -> new ChartCommand(this));
        commands.put(ArticleCommand.class,
                () -> new ArticleCommand(this, this::curator, ArticleCommand.Confirmation.CONSOLE));
        if (args.length > 0) {
            for (Map.Entry<Class<?>, Supplier<Object>> c : commands.entrySet()) {
                if (c.getKey().getAnnotation(CommandLine.Command.class).name().equals(args[0])) {
                    return TallyCommandLine.create(out, err, c.getValue().get());
                }
            }
        }
        return TallyCommandLine.create(out, err, commands.values().stream().map(Supplier::get).toArray());
    }

    @Override
    public Path configDir(@Nullable Path explicit) {
        return TallyRuntime.configDir(explicit);
    }

    @Override
    public Tally open(Path corpus, Path data, Path configDir) {
        lastCorpus = corpus;
        return kept(TallyRuntime.open(corpus, data, configDir, Main::progress)).tally();
    }

    /**
     * For the commands that stay up (console, bot): the index follows the corpus folder while they run, and the
     * operator's log says what changed and which files could not be used.
     */
    private Launcher watching() {
        Main main = this;
        return new Launcher() {
            @Override
            public Path configDir(@Nullable Path explicit) {
                return main.configDir(explicit);
            }

            @Override
            public Tally open(Path corpus, Path data, Path configDir) {
                lastCorpus = corpus;
                return main.kept(TallyRuntime.open(corpus, data, configDir, Main::progress)).watchCorpus().tally();
            }

            @Override
            public @Nullable ArticleCurator curator(Tally opened) {
                return main.curator(opened);
            }
        };
    }

    private TallyRuntime kept(TallyRuntime runtime) {
        synchronized (opened) {
            opened.add(runtime);
        }
        return runtime;
    }

    @Override
    public @Nullable ArticleCurator curator(Tally tally) {
        synchronized (opened) {
            return opened.stream().filter(r -> r.tally() == tally).findFirst().map(TallyRuntime::curator).orElse(null);
        }
    }

    /** Adding and removing articles on a corpus folder, closed with the rest when the command returns. */
    private ArticleCurator curator(Path corpus, Path data, Path configDir) {
        lastCorpus = corpus;
        return kept(TallyRuntime.open(corpus, data, configDir, Main::progress)).curator();
    }

    /** The benchmark opens and closes Tally itself, quietly: its own log says what it measures. */
    static Wiring benchWiring() {
        return new Wiring((corpus, data, config) -> {
            TallyRuntime runtime = TallyRuntime.open(corpus, data, config, line -> { });
            return new Wiring.Opened(runtime.tally(), runtime.corpus(),
                    question -> runtime.corpus().read(index -> bareSearch(index, question)), runtime);
        }, (articles, seed, dir) -> new CorpusGenerator(seed).write(articles, dir), RuleBasedExtraction::fromConfig);
    }

    /**
     * The benchmark's baseline: the search Tally's passage search runs (the composer's search text and hit count, the
     * Lucene index's own query, field and analyser) without loading or composing anything.
     */
    static int bareSearch(CorpusIndex index, String question) {
        if (!(index instanceof LuceneCorpusIndex lucene)) {
            throw new IllegalStateException("the index in use is not Lucene but " + index.getClass().getSimpleName());
        }
        return lucene.bareSearch(AnswerComposer.searchText(question), AnswerComposer.PASSAGE_LIMIT);
    }

    /** Index progress goes to stderr so that stdout stays the answer (and valid JSON with --json). */
    static void progress(String line) {
        System.err.println("tally: " + line);
    }

    @Override
    public void close() {
        synchronized (opened) {
            opened.forEach(TallyRuntime::close);
            opened.clear();
        }
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        // UTF-8 whatever the platform default, so an answer's quotes and dashes survive any locale.
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
