package tally.adapter.command;

import picocli.CommandLine.Option;

/** {@code --json}: print the JSON contract (README, "The JSON contract") instead of text. */
public final class JsonOption {

    @Option(names = "--json", order = 4,
            description = "print JSON for other tools (the README's contract; bench: one object on the last line)")
    private boolean json;

    public boolean json() {
        return json;
    }
}
