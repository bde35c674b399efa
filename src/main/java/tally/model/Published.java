package tally.model;

import java.util.Objects;
import java.time.LocalDate;

/**
 * An article's publication date. {@code inferred} is true when the file has no {@code published:} header and the
 * date was worked out from the text; {@code basis} says how, so the reader can see that it is inferred.
 */
public record Published(LocalDate date, boolean inferred, String basis) {
    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
    }

    public static Published stated(LocalDate date) {
        return new Published(date, false, "header");
    }

    public String display() {
        return inferred ? date + " (inferred)" : date.toString();
    }
}
