package tally.adapter.web;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A page as served: the address asked for, every address after it (redirects, the last is where the page came
 * from), its media type ("text/html", lower case, no parameters) and declared charset if the server gave them.
 */
record Fetched(String requested, List<String> redirects, @Nullable String mediaType, @Nullable String charset,
               byte[] body) {

    Fetched {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(body, "body");
        redirects = List.copyOf(redirects);
    }

    String finalAddress() {
        return redirects.isEmpty() ? requested : redirects.get(redirects.size() - 1);
    }
}
