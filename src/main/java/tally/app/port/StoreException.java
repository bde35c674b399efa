package tally.app.port;

/**
 * The moderation store could not be read or written: the message says which database, what failed and, where it can,
 * what to do. Nothing the failed call meant to write was kept.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
