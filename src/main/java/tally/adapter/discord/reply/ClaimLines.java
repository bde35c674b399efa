package tally.adapter.discord.reply;

import java.util.List;
import java.util.stream.Collectors;
import tally.model.Claim;
import tally.model.Source;

/**
 * One claim as one line: the figure in its original wording first, then who claims it, when, and which articles report
 * it. The figure comes first so that shortening an over-long line can only ever cut the sources, never the figure.
 */
final class ClaimLines {
    static final int SOURCES_SHOWN = 2;

    private ClaimLines() {
    }

    static String line(Claim claim) {
        StringBuilder line = new StringBuilder("• **").append(Markdown.quote(claim.figure().text())).append("** — ")
                .append(Markdown.quote(claim.claimant().name()));
        if (claim.relayedBy() != null) {
            line.append(", relayed by ").append(Markdown.quote(claim.relayedBy().name()));
        }
        line.append(" · claimed ").append(claim.claimDate().display());
        String corrected = claim.moderation().note();
        if (corrected != null) {
            // before the sources: shortening an over-long line cuts sources, never this
            line.append(" · *").append(corrected).append('*');
        }
        line.append(" · ").append(sources(claim.sources()));
        return line.toString();
    }

    /** The line plus the sentence it came from, for /source. */
    static String lineWithQuote(Claim claim, Source source) {
        return line(claim) + "\n> “" + Markdown.shorten(Markdown.quote(source.quote()), 600) + "”";
    }

    static String sources(List<Source> all) {
        // One article quoted twice for the same claim is still one source to a reader.
        List<Source> sources = all.stream().filter(distinctBy(Source::file)).toList();
        String shown = sources.stream().limit(SOURCES_SHOWN).map(ClaimLines::source).collect(Collectors.joining("; "));
        int more = sources.size() - SOURCES_SHOWN;
        return more > 0 ? shown + " (+" + more + " more)" : shown;
    }

    private static <T> java.util.function.Predicate<T> distinctBy(java.util.function.Function<T, ?> key) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    static String source(Source source) {
        String label = source.outletOrFile() + (source.published() != null ? ", " + source.published().display() : "");
        return source.url() != null ? Markdown.link(label, source.url()) : Markdown.quote(label);
    }
}
