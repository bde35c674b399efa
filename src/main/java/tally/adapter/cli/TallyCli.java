package tally.adapter.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Objects;
import java.util.function.Function;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.app.answer.Answer;
import tally.app.render.TextRenderer;
import tally.model.LoadProblem;

/**
 * {@code ask} and {@code figures} on the command line. It does not know how Tally is assembled: the composition root
 * hands it a function from options to a ready {@link Tally}. Answers go to standard output; usage errors, load
 * warnings and failures go to standard error. Exit codes: 0 done, 1 failed, 2 wrong arguments.
 */
public final class TallyCli {

    public static final String USAGE = """
            usage: tally ask [--corpus DIR] [--data DIR] [--json] "QUESTION"
                   tally figures [--corpus DIR] [--data DIR] [--json]
              --corpus DIR  folder of article .txt files (default: ./corpus)
              --data DIR    where Tally keeps its index between runs (default: ./data)
              --json        print the JSON contract instead of text""";

    private final Function<CliOptions, Tally> tallies;
    private final PrintStream out;
    private final PrintStream err;
    private final TextRenderer renderer = new TextRenderer();

    public TallyCli(Function<CliOptions, Tally> tallies, PrintStream out, PrintStream err) {
        this.tallies = tallies;
        this.out = out;
        this.err = err;
    }

    /** For Main: the process's own streams, in UTF-8 whatever the platform default. */
    public static int runOnConsole(Function<CliOptions, Tally> tallies, String command, String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new TallyCli(tallies, out, err).run(command, args);
        out.flush();
        err.flush();
        return code;
    }

    public int run(String command, String[] args) {
        if (!command.equals("ask") && !command.equals("figures")) {
            err.println("tally: unknown command '" + command + "'\n" + USAGE);
            return 2;
        }
        CliOptions options;
        try {
            options = CliOptions.parse(command, args);
        } catch (CliOptions.UsageException e) {
            err.println("tally " + command + ": " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (!Files.isDirectory(options.corpus())) {
            err.println("tally " + command + ": corpus folder not found: " + options.corpus().toAbsolutePath());
            return 1;
        }
        try {
            Tally tally = tallies.apply(options);
            for (LoadProblem problem : tally.problems()) {
                err.println("warning: " + problem);
            }
            out.println(command.equals("ask") ? ask(tally, options) : figures(tally, options));
            return 0;
        } catch (RuntimeException e) {
            err.println("tally " + command + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            return 1;
        }
    }

    private String ask(Tally tally, CliOptions options) {
        Answer answer = tally.ask(Objects.requireNonNull(options.question()));
        String text = renderer.render(answer);
        return options.json() ? json(JsonContract.answer(answer, text)) : text.stripTrailing();
    }

    private String figures(Tally tally, CliOptions options) {
        if (options.json()) {
            return json(JsonContract.figures(tally.figures(FigureQuery.all())));
        }
        return renderer.render(tally.summary()).stripTrailing();
    }

    private static String json(Object node) {
        try {
            return JsonContract.MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
