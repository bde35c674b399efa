package tally.adapter.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the command line asked for. {@code corpus} is the folder of articles (default ./corpus); {@code data} is where
 * Tally keeps its index between runs (default ./data). {@code question} is set for {@code ask} only.
 */
public record CliOptions(String command, Path corpus, Path data, boolean json, @Nullable String question) {

    public static final Path DEFAULT_CORPUS = Path.of("corpus");
    public static final Path DEFAULT_DATA = Path.of("data");

    public CliOptions {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(data, "data");
    }

    /** A mistake in the arguments; the message says which. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * Reads {@code [--corpus DIR] [--data DIR] [--json] [QUESTION...]}. Options may come in any order and as
     * {@code --corpus=DIR}; {@code --} ends the options, so a question may start with a dash. The words of an unquoted
     * question are joined with spaces.
     */
    public static CliOptions parse(String command, String[] args) throws UsageException {
        Path corpus = DEFAULT_CORPUS;
        Path data = DEFAULT_DATA;
        boolean json = false;
        List<String> words = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                words.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "--" -> optionsEnded = true;
                case "--json" -> {
                    if (inline != null) {
                        throw new UsageException("--json takes no value");
                    }
                    json = true;
                }
                case "--corpus", "--data" -> {
                    String value = inline;
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new UsageException(name + " needs a folder");
                        }
                        value = args[++i];
                    }
                    if (value.isBlank()) {
                        throw new UsageException(name + " needs a folder");
                    }
                    if (name.equals("--corpus")) {
                        corpus = Path.of(value);
                    } else {
                        data = Path.of(value);
                    }
                }
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        return new CliOptions(command, corpus, data, json, question(command, words));
    }

    private static @Nullable String question(String command, List<String> words) throws UsageException {
        if (command.equals("ask")) {
            String question = String.join(" ", words).strip();
            if (question.isEmpty()) {
                throw new UsageException("ask needs a question, e.g. ask \"How many North Korean soldiers died?\"");
            }
            return question;
        }
        if (!words.isEmpty()) {
            throw new UsageException(command + " takes no arguments besides options, got '" + words.get(0) + "'");
        }
        return null;
    }
}
