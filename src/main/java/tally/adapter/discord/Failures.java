package tally.adapter.discord;

import java.util.function.Consumer;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failure handlers for Discord requests: every request that can fail says in the operator's log what failed and why
 * (Discord's error code and meaning, or the missing permission), instead of JDA's generic line or nothing.
 */
final class Failures {
    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {
    }

    /** A handler for {@code queue(success, failure)}; {@code what} completes "Could not ..." (e.g. "post the answer in #news"). */
    static Consumer<Throwable> log(String what) {
        return error -> LOG.warn("Could not {}: {}", what, why(error));
    }

    /** Logs a failure that happened before a request was sent (JDA checks some permissions itself, and throws). */
    static void now(String what, RuntimeException error) {
        LOG.warn("Could not {}: {}", what, why(error));
    }

    static String why(Throwable error) {
        if (error instanceof ErrorResponseException response) {
            return "Discord answered " + response.getErrorCode() + " (" + response.getMeaning() + ")";
        }
        if (error instanceof InsufficientPermissionException missing) {
            return "Tally lacks the permission " + ChannelAccess.name(missing.getPermission());
        }
        return error.toString();
    }
}
