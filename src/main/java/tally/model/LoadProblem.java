package tally.model;

import java.util.Objects;

/** Why a corpus or config file could not be used, pointing at the file and line a person should open. */
public record LoadProblem(String file, int line, String message) {
    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line is 1-based, or 0 for the whole file");
        }
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
