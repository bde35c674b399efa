package tally.adapter.discord.reply;

import java.util.List;
import java.util.Objects;

/** A heading and its entries (one figure, one article...), each kept whole when pages are cut. */
public record Section(String heading, List<String> entries) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        entries = List.copyOf(entries);
    }
}
