package tally.app.render;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Period;
import tally.app.answer.Revision;
import tally.app.answer.Side;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Passage;

/**
 * Renders an answer as plain text. Numbers appear only as the sources worded them ({@code Figure.text} and each
 * source's own wording); the renderer never formats a count itself. Unknown claimants and dates are said out loud, a
 * field read with doubt is shown in the source's own words, a figure that is not a total says what it covers, and the
 * caveat always comes last.
 */
public final class TextRenderer {

    static final int PASSAGE_CHARS = 400;

    public String render(Answer answer) {
        StringBuilder out = new StringBuilder();
        if (answer.periodShown()) {
            out.append("Period: ").append(answer.parsed().period().shown()).append('\n')
                    .append(Wording.PERIOD_IS_CLAIM_DATE).append("\n\n");
        }
        List<String> leads = Leads.of(answer);
        // a note that ends by introducing passages ("These passages ... mention it:") stands right before them
        boolean noteIntroducesPassages = answer.groups().isEmpty() && !answer.passages().isEmpty();
        if (noteIntroducesPassages) {
            lines(out, leads);
        }
        if (answer.note() != null) {
            out.append(answer.note()).append("\n\n");
        }
        if (!noteIntroducesPassages) {
            lines(out, leads);
        }
        for (FigureGroup group : answer.groups()) {
            group(out, group, answer);
            out.append('\n');
        }
        if (!answer.passages().isEmpty()) {
            for (Passage p : answer.passages()) {
                out.append("- ").append(passage(p)).append('\n');
            }
            out.append('\n');
        }
        if (answer.noteAfter() != null) {
            out.append(answer.noteAfter()).append("\n\n");
        }
        return out.append(answer.caveat()).append('\n').toString();
    }

    private static void lines(StringBuilder out, List<String> lines) {
        if (!lines.isEmpty()) {
            lines.forEach(l -> out.append(l).append('\n'));
            out.append('\n');
        }
    }

    /**
     * Every claim, grouped by metric, newest first, with nothing left out: what {@code figures} prints. An answer to
     * a question is bounded; this listing is not.
     */
    public String renderAll(List<Claim> claims, String caveat) {
        StringBuilder out = new StringBuilder(claims.size() + (claims.size() == 1 ? " claim" : " claims")
                + " in the corpus, newest first.\n\n");
        for (Metric metric : Metric.values()) {
            List<Claim> mine = claims.stream().filter(c -> c.metric() == metric).toList();
            if (!mine.isEmpty()) {
                out.append(Wording.heading(metric)).append(" (").append(mine.size()).append(")\n");
                mine.forEach(c -> out.append(figureLine(c, null)).append('\n'));
                out.append('\n');
            }
        }
        return out.append(caveat).append('\n').toString();
    }

    private void group(StringBuilder out, FigureGroup group, Answer answer) {
        out.append(Wording.heading(group, answer)).append('\n');
        Period period = answer.parsed().period();
        if (group.claims().isEmpty()) {
            out.append("- ").append(Wording.noFigures(answer)).append('\n');
            return;
        }
        if (!group.sides().isEmpty()) {
            for (Side side : group.sides()) {
                out.append(side.label()).append(":\n");
                if (side.claims().isEmpty()) {
                    out.append("- no figures in the sources\n");
                }
                side.claims().forEach(c -> out.append(side.listedUnder().containsKey(c)
                        ? "- " + Wording.listedUnder(c, side.listedUnder().get(c)) : figureLine(c, period)).append('\n'));
            }
        } else {
            group.claims().forEach(c -> out.append(figureLine(c, period)).append('\n'));
        }
        if (group.hidden() > 0) {
            out.append("- ... ").append(Wording.hidden(group, answer)).append(" (`figures` lists every claim)\n");
        }
        if (SpreadWording.spreadIsOneFigure(group)) {
            out.append("Spread of the totals: ")
                    .append(SpreadWording.spreadOfOneFigure(group, Wording.shortName(group.lowest().claimant())))
                    .append(SpreadWording.spreadLeavesOut(group)).append('\n');
        } else if (group.lowest() != null && group.highest() != null) {
            out.append("Spread of the totals: from ").append(group.lowest().figure().text()).append(" (")
                    .append(SpreadWording.spreadEnd(group, group.lowest(), Wording.shortName(group.lowest().claimant())))
                    .append(") to ").append(group.highest().figure().text()).append(" (")
                    .append(SpreadWording.spreadEnd(group, group.highest(), Wording.shortName(group.highest().claimant())))
                    .append(")").append(SpreadWording.spreadOfOneClaimant(group))
                    .append(SpreadWording.spreadLeavesOut(group)).append('\n');
        }
        for (Revision r : group.revisions()) {
            out.append(Wording.revision(r)).append('\n');
        }
        if (tally.app.Timeline.disagreement(group.claims())) {
            out.append("See this disagreement over time: tally chart --metric ").append(group.metric().id())
                    .append(" --out chart.png\n");
        }
    }

    /** "- more than 3,000 — Volodymyr Zelensky, ... — claimed 23 Dec 2024 — reported by Al Jazeera (2024-12-24)". */
    public String figureLine(Claim claim) {
        return figureLine(claim, null);
    }

    /** The line, marking a date known only to a month that overlaps a narrower {@code period}. */
    public String figureLine(Claim claim, @Nullable Period period) {
        StringBuilder line = new StringBuilder("- ").append(Wording.figureAndClaimant(claim));
        line.append(" — ").append(Wording.date(claim, period));
        line.append(" — reported by ").append(ArticleNames.distinctSources(claim).stream()
                .map(s -> Wording.source(s, claim)).collect(Collectors.joining(", ")));
        // A field moderators corrected is never passed off as the article's own reading.
        String corrected = claim.moderation().note();
        return corrected == null ? line.toString() : line.append(" (").append(corrected).append(')').toString();
    }

    /** "Volodymyr Zelensky revised the figure from more than 3,000 (23 Dec 2024) to 4,000 (9 Jan 2025)". */
    public String revision(Revision r) {
        return Wording.revision(r);
    }

    private static String passage(Passage p) {
        String text = p.text().replaceAll("\\s+", " ").strip();
        if (text.length() > PASSAGE_CHARS) {
            int cut = text.lastIndexOf(' ', PASSAGE_CHARS);
            text = text.substring(0, cut > 0 ? cut : PASSAGE_CHARS) + " …";
        }
        String name = ArticleNames.passageName(p);
        String where = name != null ? name + " (" + ArticleNames.published(p.published()) + "), " + p.file()
                : p.file() + " (" + ArticleNames.published(p.published()) + ")";
        return where + ": \"" + text + "\"";
    }
}
