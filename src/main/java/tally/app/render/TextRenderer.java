package tally.app.render;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Revision;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Passage;
import tally.model.Published;
import tally.model.Source;

/**
 * Renders an answer as plain text. Numbers appear only as the sources worded them ({@code Figure.text}); the renderer
 * never formats a count itself. Unknown claimants and dates are said out loud, and the caveat always comes last.
 */
public final class TextRenderer {

    static final int PASSAGE_CHARS = 400;

    public String render(Answer answer) {
        StringBuilder out = new StringBuilder();
        if (answer.note() != null) {
            out.append(answer.note()).append("\n\n");
        }
        for (FigureGroup group : answer.groups()) {
            group(out, group);
            out.append('\n');
        }
        if (!answer.passages().isEmpty()) {
            for (Passage p : answer.passages()) {
                out.append("- ").append(passage(p)).append('\n');
            }
            out.append('\n');
        }
        return out.append(answer.caveat()).append('\n').toString();
    }

    private void group(StringBuilder out, FigureGroup group) {
        out.append(group.metric().label());
        if (group.related()) {
            out.append(" — shown alongside: these count the killed and the wounded together");
        }
        out.append('\n');
        if (group.claims().isEmpty()) {
            out.append("- no figures in the sources\n");
            return;
        }
        group.claims().forEach(c -> out.append(figureLine(c)).append('\n'));
        if (group.hidden() > 0) {
            out.append("- ... and ").append(group.hidden()).append(" older claims (`figures` lists them all)\n");
        }
        if (group.lowest() != null && group.highest() != null) {
            out.append("Spread: from ").append(group.lowest().figure().text())
                    .append(" (").append(shortName(group.lowest().claimant())).append(") to ")
                    .append(group.highest().figure().text())
                    .append(" (").append(shortName(group.highest().claimant())).append(")\n");
        }
        for (Revision r : group.revisions()) {
            out.append(revision(r)).append('\n');
        }
    }

    /** "- more than 3,000 — Volodymyr Zelensky, ... — claimed 23 Dec 2024 — reported by Al Jazeera (2024-12-24)". */
    public String figureLine(Claim claim) {
        StringBuilder line = new StringBuilder("- ").append(claim.figure().text()).append(" — ");
        line.append(claim.claimant().known() ? claim.claimant().name() : "claimant unknown");
        if (claim.relayedBy() != null) {
            line.append(", relayed by ").append(claim.relayedBy().name());
        }
        line.append(" — ").append(claim.claimDate().known() ? "claimed " + claim.claimDate().display() : "date unknown");
        line.append(" — reported by ").append(sources(claim.sources()));
        // A field moderators corrected is never passed off as the article's own reading.
        String corrected = claim.moderation().note();
        return corrected == null ? line.toString() : line.append(" (").append(corrected).append(')').toString();
    }

    /** "Volodymyr Zelensky revised: more than 3,000 (23 Dec 2024) -> 4,000 (9 Jan 2025)". */
    public String revision(Revision r) {
        return shortName(r.claimant()) + " revised: " + r.before().figure().text() + " (" + bareDate(r.before().claimDate())
                + ") -> " + r.after().figure().text() + " (" + bareDate(r.after().claimDate()) + ")";
    }

    /** Each article once, even when it states the claim in two sentences. */
    private static String sources(List<Source> sources) {
        StringJoiner joined = new StringJoiner(", ");
        Set<String> files = new HashSet<>();
        for (Source s : sources) {
            if (files.add(s.file())) {
                joined.add(s.outletOrFile() + " (" + published(s.published()) + ")");
            }
        }
        return joined.toString();
    }

    private static String published(@Nullable Published p) {
        if (p == null) {
            return "publication date unknown";
        }
        return p.inferred() ? p.date() + ", inferred" : p.date().toString();
    }

    private static String passage(Passage p) {
        String text = p.text().replaceAll("\\s+", " ").strip();
        if (text.length() > PASSAGE_CHARS) {
            int cut = text.lastIndexOf(' ', PASSAGE_CHARS);
            text = text.substring(0, cut > 0 ? cut : PASSAGE_CHARS) + " …";
        }
        String where = p.outlet() != null ? p.outlet() + " (" + published(p.published()) + "), " + p.file()
                : p.file() + " (" + published(p.published()) + ")";
        return where + ": \"" + text + "\"";
    }

    /** The part of a claimant's name before the first comma: "Volodymyr Zelensky", not his whole title. */
    static String shortName(Claimant c) {
        if (!c.known()) {
            return "claimant unknown";
        }
        int comma = c.name().indexOf(',');
        return comma > 0 ? c.name().substring(0, comma) : c.name();
    }

    /** The date without the note on its basis, for the compact revision line. */
    private static String bareDate(ClaimDate d) {
        return d.date() == null ? d.display() : new ClaimDate(d.date(), d.precision(), DateBasis.STATED).display();
    }
}
