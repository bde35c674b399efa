package tally.app.article;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Article;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Scope;
import tally.model.Plural;

/**
 * Previews and results as plain text, for the command line and the offline console; the Discord adapter lays the
 * same lines out in an embed. Every figure is the source's own wording, an uncertain field is shown as uncertain with
 * the source's words, and every preview ends with the caveat that the figures are unverified.
 */
public final class ArticleReport {

    public static final String CAVEAT = "These are unverified claims by the named parties, as the article reports "
            + "them; none of these figures has been independently verified.";

    private ArticleReport() {
    }

    /** Said of an article whose {@code language:} is not English, in the preview and the README. */
    public static final String ENGLISH_ONLY = "Tally reads English only: it finds no claims in an article in another"
            + " language, though the article can be added and its text is searched.";

    /** Whether the article is English or says no language (a file without a header is taken as English). */
    static boolean english(Article a) {
        String lang = a.language() == null ? "" : a.language().strip().toLowerCase(java.util.Locale.ROOT);
        return lang.isEmpty() || lang.equals("en") || lang.startsWith("en-") || lang.startsWith("en_")
                || lang.equals("english");
    }

    public static String preview(ArticlePreview preview, int maxClaims) {
        ArticleDraft draft = preview.draft();
        Article a = draft.article();
        StringBuilder out = new StringBuilder("Preview of ").append(draft.source().label()).append(" (not added yet)\n");
        out.append("Title:     ").append(or(a.title(), "not stated")).append('\n');
        out.append("Outlet:    ").append(or(a.outlet(), "not stated")).append('\n');
        out.append("Published: ").append(a.published() == null ? "not stated (Tally will infer it from the text)"
                : a.published().date().toString()).append('\n');
        out.append("Address:   ").append(or(a.url(), "none")).append('\n');
        out.append("File:      ").append(draft.stem()).append(".txt (").append(a.body().length()).append(" characters)\n");
        if (!english(a)) {
            // trial 18: a Korean article was added with "finds no claims" and no word why
            out.append("Language:  ").append(a.language()).append(" — ").append(ENGLISH_ONLY).append('\n');
        }
        if (!draft.notes().isEmpty()) {
            out.append("How the header was filled:\n");
            draft.notes().forEach(n -> out.append("  - ").append(n).append('\n'));
        }
        List<Claim> claims = preview.claims();
        if (claims.isEmpty()) {
            out.append("Tally finds no claims about North Korean troops in it (it can still be added and searched).\n");
            return out.toString();
        }
        out.append("Claims Tally finds in it (").append(claims.size()).append("):\n");
        for (Claim c : claims.subList(0, Math.min(maxClaims, claims.size()))) {
            out.append("- ").append(claimLine(c)).append('\n');
            out.append("  \"").append(quote(c)).append("\"\n");
        }
        if (claims.size() > maxClaims) {
            out.append("  ... and ").append(claims.size() - maxClaims).append(" more\n");
        }
        return out.append(CAVEAT).append('\n').toString();
    }

    /** "Killed: at least 100 — NIS, relayed by Lee — claimed 19 Dec 2024" plus scope and any uncertain field. */
    public static String claimLine(Claim c) {
        StringBuilder line = new StringBuilder(c.metric().label()).append(": ").append(c.figure().text());
        if (c.scope() != Scope.TOTAL) {
            line.append(" (").append(c.scope().label()).append(')');
        }
        line.append(" — ").append(c.claimant().known() ? c.claimant().name() : "claimant unknown");
        if (c.relayedBy() != null) {
            line.append(", relayed by ").append(c.relayedBy().name());
        }
        line.append(" — ").append(c.claimDate().known() ? "claimed " + c.claimDate().display() : "date unknown");
        Certainty certainty = c.certainty();
        String quote = c.sources().get(0).quote().replaceAll("\\s+", " ").strip();
        uncertain(line, "metric", certainty.metric(), quote);
        uncertain(line, "claimant", certainty.claimant(), quote);
        uncertain(line, "date", certainty.date(), quote);
        return line.toString();
    }

    public static String added(ArticleAdded added) {
        if (added.refreshError() != null) {
            return "Added " + added.file() + " to the corpus, but the index could not be refreshed: "
                    + added.refreshError() + ". It will be read at the next refresh; the preview found "
                    + count(added.claims(), "claim") + " in it.";
        }
        int others = added.claims() - added.newClaims();
        return "Added " + added.file() + " to the corpus: " + count(added.claims(), "claim")
                + (added.claims() == 0 ? "" : " (" + added.newClaims() + " new, " + others
                + " already reported by other articles)") + ". Answers include it now.";
    }

    public static String removed(ArticleRemoved removed) {
        return "Removed " + removed.file() + " from the corpus. It was a source of " + count(removed.claims(), "claim")
                + "; " + removed.claimsGone() + " had no other source and " + (removed.claimsGone() == 1 ? "is" : "are")
                + " gone. Moved to " + removed.movedTo()
                + ", with the reason beside it." + (removed.refreshError() == null ? ""
                : " The index could not be refreshed (" + removed.refreshError() + "); it will be at the next refresh.");
    }

    /** The source's own words for the field, unless they are the whole quoted sentence shown below the line anyway. */
    private static void uncertain(StringBuilder line, String field, Certainty.Field f, String quote) {
        if (!f.certain()) {
            line.append(" — ").append(field).append(" uncertain (").append(f.reason()).append(')');
            String worded = f.asWorded() == null ? null : f.asWorded().replaceAll("\\s+", " ").strip();
            if (worded != null && !worded.equals(quote)) {
                line.append(", the source says \"").append(f.asWorded()).append('"');
            }
        }
    }

    private static String quote(Claim c) {
        String q = c.sources().get(0).quote().replaceAll("\\s+", " ").strip();
        return q.length() <= 300 ? q : q.substring(0, 297) + "...";
    }

    private static String count(int n, String noun) {
        return Plural.count(n, noun);
    }

    private static String or(@Nullable String value, String missing) {
        return value != null ? value : missing;
    }
}
