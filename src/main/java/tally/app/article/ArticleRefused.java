package tally.app.article;

import java.util.Objects;

/**
 * Why an article was not previewed, added or removed, in words a moderator can act on. Thrown by the reader, the
 * shelf and the curator; adapters show {@link #getMessage()} as it is (it never holds a stack trace or a secret).
 */
public final class ArticleRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The kind of refusal, so adapters and tests can tell them apart without parsing the message. */
    public enum Reason {
        /** The link is not http or https, or is not an address at all. */
        BAD_ADDRESS,
        /** The link's host is this machine or a private, link-local, multicast or reserved network. */
        FORBIDDEN_ADDRESS,
        /** More redirects than allowed, or a redirect to something not fetchable. */
        REDIRECTS,
        /** The page or file is larger than the limit. */
        TOO_LARGE,
        /** The fetch (or reading the page) did not finish within the time limit. */
        TIMEOUT,
        /** The server could not be reached, or answered with an error status. */
        UNREACHABLE,
        /** Not a web page or a text file (a PDF, an image, an unknown extension). */
        UNSUPPORTED_TYPE,
        /** The content cannot be an article: not valid text, no readable body, a malformed header. */
        NOT_AN_ARTICLE,
        /** The corpus already holds this article (same address or same text). */
        DUPLICATE,
        /** No article of that name in the corpus (remove). */
        NOT_FOUND,
        /** The request itself is incomplete or wrong: no reason given, a reason too long. */
        INVALID_REQUEST,
        /** The corpus folder could not be written (read-only, disk full, permission denied). */
        STORAGE
    }

    private final Reason reason;

    public ArticleRefused(Reason reason, String message) {
        this(reason, message, null);
    }

    public ArticleRefused(Reason reason, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
