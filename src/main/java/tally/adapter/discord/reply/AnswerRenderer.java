package tally.adapter.discord.reply;

import java.util.ArrayList;
import java.util.List;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Revision;
import tally.model.Claim;
import tally.model.Passage;

/** Turns the engine's Answer into pages: one section per metric, every figure attributed, the caveat on every page. */
public final class AnswerRenderer {
    private static final int PASSAGES_SHOWN = 3;

    private final Paginator paginator;

    public AnswerRenderer(Paginator paginator) {
        this.paginator = paginator;
    }

    public EmbedPlan render(String title, Answer answer) {
        List<Section> sections = new ArrayList<>();
        for (FigureGroup group : answer.groups()) {
            if (!group.claims().isEmpty()) {
                sections.add(section(group));
            }
        }
        if (sections.isEmpty() && !answer.passages().isEmpty()) {
            sections.add(new Section("Most relevant passages", answer.passages().stream().limit(PASSAGES_SHOWN)
                    .map(AnswerRenderer::passage).toList()));
        }
        return paginator.paginate(title, description(answer), sections, answer.caveat());
    }

    private static String description(Answer answer) {
        List<String> parts = new ArrayList<>();
        if (!answer.question().isBlank()) {
            parts.add("Question: " + Markdown.quote(answer.question()));
        }
        if (answer.parsed().period() != null) {
            parts.add("Period: " + Markdown.quote(answer.parsed().period().text()));
        }
        if (answer.note() != null) {
            parts.add(Markdown.quote(answer.note()));
        }
        if (answer.hasFigures()) {
            parts.add("Competing claims, newest first. Tally does not say which one is right.");
        }
        return String.join("\n", parts);
    }

    private static Section section(FigureGroup group) {
        List<String> entries = new ArrayList<>();
        if (group.lowest() != null && group.highest() != null) {
            entries.add("Claims range from **" + Markdown.quote(group.lowest().figure().text()) + "** ("
                    + Markdown.quote(group.lowest().claimant().name()) + ") to **"
                    + Markdown.quote(group.highest().figure().text()) + "** ("
                    + Markdown.quote(group.highest().claimant().name()) + ").");
        }
        for (Revision revision : group.revisions()) {
            entries.add(revision(revision));
        }
        for (Claim claim : group.claims()) {
            entries.add(ClaimLines.line(claim));
        }
        String heading = group.metric().label() + (group.related() ? " (related measure)" : "");
        return new Section(heading, entries);
    }

    private static String revision(Revision revision) {
        return Markdown.quote(revision.claimant().name()) + " revised its figure from **"
                + Markdown.quote(revision.before().figure().text()) + "** (" + revision.before().claimDate().display()
                + ") to **" + Markdown.quote(revision.after().figure().text()) + "** ("
                + revision.after().claimDate().display() + ").";
    }

    private static String passage(Passage passage) {
        String where = passage.outlet() != null ? passage.outlet() : passage.file();
        String when = passage.published() != null ? ", " + passage.published().display() : "";
        return "> “" + Markdown.shorten(Markdown.quote(passage.text()), 700) + "” — " + Markdown.quote(where + when);
    }
}
