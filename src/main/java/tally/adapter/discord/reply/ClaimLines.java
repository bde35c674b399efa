package tally.adapter.discord.reply;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Period;
import tally.app.render.ArticleNames;
import tally.app.render.Wording;
import tally.model.Claim;
import tally.model.Source;

/**
 * One claim as one line: the figure in its original wording first (each source's wording when they differ), what it
 * covers when it is not a total, then who claims it, when, and which articles report it. A field read with doubt is
 * shown in the source's own words ({@link Wording}). The figure comes first so that shortening an over-long line can
 * only ever cut the sources, never the figure.
 */
final class ClaimLines {
    static final int SOURCES_SHOWN = 2;

    private ClaimLines() {
    }

    static String line(Claim claim) {
        return line(claim, null);
    }

    static String line(Claim claim, @Nullable Period period) {
        return line(claim, period, Wording.wordings(claim).stream()
                .map(w -> "**" + Markdown.quote(w) + "**").collect(Collectors.joining(" / ")));
    }

    /** @param figure the figure as the line opens with it, already in Markdown */
    private static String line(Claim claim, @Nullable Period period, String figure) {
        StringBuilder line = new StringBuilder("• ").append(figure);
        String marks = Wording.marks(claim);
        if (!marks.isEmpty()) {
            line.append(" (").append(Markdown.quote(marks)).append(')');
        }
        line.append(" — ").append(Markdown.quote(Wording.claimant(claim)));
        if (claim.relayedBy() != null) {
            line.append(", relayed by ").append(Markdown.quote(claim.relayedBy().name()));
        }
        line.append(" · ").append(Markdown.quote(Wording.date(claim, period)));
        String corrected = claim.moderation().note();
        if (corrected != null) {
            // before the sources: shortening an over-long line cuts sources, never this
            line.append(" · *").append(corrected).append('*');
        }
        line.append(" · ").append(sources(claim));
        return line.toString();
    }

    /** The line plus the sentence it came from, for /source. */
    static String lineWithQuote(Claim claim, Source source) {
        return line(claim, null, ownWording(claim, source)) + "\n> “" + Markdown.shorten(Markdown.quote(source.quote()), 600)
                + "”";
    }

    /**
     * The figure as this article words it, and how others word the same claim: on one article's page, "approximately
     * 100 / at least 100" headed a claim the article words only "at least 100" (trial 8), a wording it never used.
     */
    private static String ownWording(Claim claim, Source source) {
        List<String> own = Wording.wordingsOf(claim, source.file());
        List<String> others = Wording.wordings(claim).stream()
                .filter(w -> own.stream().noneMatch(o -> o.equalsIgnoreCase(w))).toList();
        String figure = own.stream().map(w -> "**" + Markdown.quote(w) + "**").collect(Collectors.joining(" / "));
        return others.isEmpty() ? figure : figure + " (other articles word it " + others.stream()
                .map(w -> "“" + Markdown.quote(w) + "”").collect(Collectors.joining(", ")) + ")";
    }

    static String sources(Claim claim) {
        // One article quoted twice for the same claim is still one source to a reader.
        List<Source> sources = ArticleNames.distinctSources(claim);
        String shown = sources.stream().limit(SOURCES_SHOWN).map(s -> source(s, claim)).collect(Collectors.joining("; "));
        int more = sources.size() - SOURCES_SHOWN;
        return more > 0 ? shown + " (+" + more + " more)" : shown;
    }

    static String source(Source source, Claim claim) {
        String label = ArticleNames.name(source) + (source.published() != null ? ", " + source.published().display() : "");
        String linked = source.url() != null ? Markdown.link(label, source.url()) : Markdown.quote(label);
        boolean differ = Wording.wordings(claim).size() > 1;
        return differ ? linked + " as " + Wording.wordingsOf(claim, source.file()).stream()
                .map(w -> "“" + Markdown.quote(w) + "”").collect(Collectors.joining(" and ")) : linked;
    }
}
