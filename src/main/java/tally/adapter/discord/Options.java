package tally.adapter.discord;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The "--name PATH" options of the bot and console commands. */
public final class Options {
    private Options() {
    }

    /** Parses pairs of a known option and its path; anything else is an error that names it. */
    public static Map<String, Path> parse(String[] args, String... known) {
        Map<String, Path> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!List.of(known).contains(args[i])) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a path");
            }
            options.put(args[i], Path.of(args[++i]));
        }
        return options;
    }
}
