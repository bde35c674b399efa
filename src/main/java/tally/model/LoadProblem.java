package tally.model;

import java.util.Objects;

/**
 * Why a corpus or config file could not be used, pointing at the file and line a person should open. A
 * {@code warning} is something to fix in a file that was used all the same (a misspelled header key, whose value
 * is then not read): it is reported with the problems but the article loads.
 */
public record LoadProblem(String file, int line, String message, boolean warning) {
    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line is 1-based, or 0 for the whole file");
        }
    }

    /** A file that could not be used. */
    public LoadProblem(String file, int line, String message) {
        this(file, line, message, false);
    }

    /** Something to fix in a file that was used all the same. */
    public static LoadProblem warning(String file, int line, String message) {
        return new LoadProblem(file, line, message, true);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
