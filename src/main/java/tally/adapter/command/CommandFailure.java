package tally.adapter.command;

/**
 * A failure its message fully describes for the person running the command ("corpus folder not found: /x"): printed
 * as one line on standard error, exit code {@value TallyCommandLine#FAILED}, no stack trace.
 */
public final class CommandFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CommandFailure(String message) {
        super(message);
    }
}
