package tally.adapter.discord.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Period;
import tally.app.answer.Revision;
import tally.app.answer.Side;
import tally.app.render.ArticleNames;
import tally.app.render.Leads;
import tally.app.render.SpreadWording;
import tally.app.render.Wording;
import tally.model.Claim;
import tally.model.Passage;

/**
 * Turns the engine's Answer into pages: what the question was read as, the lines its kind of question opens with
 * (highest figure, a number checked, what differs), one section per metric headed with whose figures they are, every
 * figure attributed, and the caveat on every page.
 */
public final class AnswerRenderer {
    private static final int PASSAGES_SHOWN = 3;

    private final Paginator paginator;

    public AnswerRenderer(Paginator paginator) {
        this.paginator = paginator;
    }

    public EmbedPlan render(String title, Answer answer) {
        List<Section> sections = new ArrayList<>();
        List<String> leads = Leads.of(answer);
        if (!leads.isEmpty()) {
            sections.add(new Section("In short", leads.stream().map(Markdown::quote).toList()));
        }
        boolean anyFigure = answer.groups().stream().anyMatch(g -> !g.claims().isEmpty());
        for (FigureGroup group : answer.groups()) {
            if (!group.claims().isEmpty()) {
                sections.add(section(group, answer));
            } else if (anyFigure && !group.related()) {
                // the measure asked has none from this source: said, so the figures shown alongside are not taken
                // for its answer ("killed according to Zelensky" shows only his combined figures)
                sections.add(new Section(Wording.heading(group, answer), List.of("• " + Wording.noFigures(answer))));
            }
        }
        if (answer.groups().stream().allMatch(g -> g.claims().isEmpty()) && !answer.passages().isEmpty()) {
            sections.add(new Section("Most relevant passages", answer.passages().stream().limit(PASSAGES_SHOWN)
                    .map(AnswerRenderer::passage).toList()));
        }
        if (answer.noteAfter() != null) {
            // after the answer, not in the description above it: the answer comes first (round 67)
            sections.add(new Section("Note", List.of(note(answer.noteAfter()))));
        }
        return paginator.paginate(title, description(answer), sections, answer.caveat());
    }

    /** Characters of the asker's question echoed in a reply: enough to recognise it, never the whole reply. */
    static final int QUESTION_SHOWN = 300;

    private static String description(Answer answer) {
        List<String> parts = new ArrayList<>();
        if (!answer.question().isBlank()) {
            // shortened: a question of thousands of characters filled the description, and the explanation after it
            // (the period, why no figures answer) was cut off (trial 7)
            parts.add("Question: " + Markdown.shorten(Markdown.quote(answer.question()), QUESTION_SHOWN));
        }
        if (answer.periodShown()) {
            parts.add("Period: " + Markdown.quote(answer.parsed().period().shown()) + "\n"
                    + Markdown.quote(Wording.PERIOD_IS_CLAIM_DATE));
        }
        if (answer.note() != null) {
            parts.add(note(answer.note()));
        }
        if (answer.hasFigures()) {
            // a claim read with doubt is listed after those read for sure (AnswerComposer.sureFirst): "newest first"
            // alone would make the order a lie where a newer doubted claim follows an older one
            boolean doubted = answer.groups().stream().flatMap(g -> g.claims().stream())
                    .anyMatch(c -> !c.certainty().allCertain());
            parts.add("Competing claims, newest first" + (doubted ? ", those Tally read with doubt after the others" : "")
                    + ". Tally does not say which one is right.");
        }
        return String.join("\n", parts);
    }

    /** Where the core's note points at the command line's listing, Discord points at its own command (trial 9). */
    private static final Map<String, String> POINTERS = Map.of(
            Answer.EVERY_CLAIM, "(`/figures` lists every claim)",
            Answer.EVERY_ARTICLE, "(`/sources` lists every article)");

    static String note(String note) {
        for (Map.Entry<String, String> pointer : POINTERS.entrySet()) {
            int at = note.indexOf(pointer.getKey());
            if (at >= 0) {
                return note(note.substring(0, at)) + " " + pointer.getValue()
                        + note(note.substring(at + pointer.getKey().length()));
            }
        }
        return Markdown.quote(note);
    }

    private static Section section(FigureGroup group, Answer answer) {
        List<String> entries = new ArrayList<>();
        Period period = answer.parsed().period();
        if (SpreadWording.spreadIsOneFigure(group)) {
            entries.add("Totals: " + Markdown.quote(SpreadWording.spreadOfOneFigure(group, group.lowest().claimant().name())
                    + SpreadWording.spreadLeavesOut(group)) + ".");
        } else if (group.lowest() != null && group.highest() != null) {
            entries.add("Totals range from **" + Markdown.quote(group.lowest().figure().text()) + "** ("
                    + Markdown.quote(SpreadWording.spreadEnd(group, group.lowest(), group.lowest().claimant().name()))
                    + ") to **" + Markdown.quote(group.highest().figure().text()) + "** ("
                    + Markdown.quote(SpreadWording.spreadEnd(group, group.highest(), group.highest().claimant().name()))
                    + ")" + Markdown.quote(SpreadWording.spreadOfOneClaimant(group) + SpreadWording.spreadLeavesOut(group)) + ".");
        }
        for (Revision revision : group.revisions()) {
            entries.add(Markdown.quote(Wording.revision(revision)) + ".");
        }
        if (group.sides().isEmpty()) {
            for (Claim claim : group.claims()) {
                entries.add(ClaimLines.line(claim, period));
            }
        } else {
            for (Side side : group.sides()) {
                entries.add("**" + Markdown.quote(side.label()) + "**");
                if (side.claims().isEmpty()) {
                    entries.add("• no figures in the sources");
                }
                side.claims().forEach(c -> entries.add(side.listedUnder().containsKey(c)
                        ? "• " + Markdown.quote(Wording.listedUnder(c, side.listedUnder().get(c)))
                        : ClaimLines.line(c, period)));
            }
        }
        if (tally.app.Timeline.disagreement(group.claims())) {
            entries.add("See this disagreement over time: `/timeline metric:" + group.metric().id() + "`");
        }
        if (group.hidden() > 0) {
            entries.add("…" + Wording.hidden(group, answer) + ": `/figures metric:" + group.metric().id()
                    + "` lists every claim.");
        }
        return new Section(Wording.heading(group, answer), entries);
    }

    private static String passage(Passage passage) {
        String name = ArticleNames.passageName(passage);
        String where = name != null ? name : passage.file();
        String when = passage.published() != null ? ", " + passage.published().display() : "";
        return "> “" + Markdown.shorten(Markdown.quote(passage.text()), 700) + "” — " + Markdown.quote(where + when);
    }
}
