package tally.app.moderation;

/**
 * A moderation request that cannot be carried out as asked (no such claim or change, nothing to change, no reason,
 * too many reports): the message says what to do instead. Nothing was written.
 */
public class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Refusal(String message) {
        super(message);
    }
}
