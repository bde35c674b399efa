package tally.adapter.discord.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Who;
import tally.app.Tally;
import tally.app.Timeline;
import tally.app.render.Wording;
import tally.model.Metric;

/**
 * The reply to /timeline: one page that says what the picture shows and lists the claims drawn (attributed, so the
 * chart's figures can be read as text too), and the PNG to attach to it. Built from the port; no JDA here.
 */
public record TimelineReply(EmbedPlan plan, byte @Nullable [] png) {

    /** Name of the attachment the embed's image points at. */
    public static final String FILE = "timeline.png";
    static final int LINES_SHOWN = 12;

    /** The reply for one metric (and one claimant, or everyone); a problem page when there is nothing to draw. */
    static TimelineReply of(Tally tally, Paginator paginator, Metric metric, @Nullable Who who) {
        Optional<Tally.Picture> picture = tally.timeline(metric, who);
        if (picture.isEmpty()) {
            return new TimelineReply(EmbedPlan.problem("Nothing to draw", "No claim about "
                    + Wording.heading(metric).toLowerCase(java.util.Locale.ROOT) + " has both a date and a number"
                    + (who == null ? "" : " from " + Markdown.quote(who.label()))
                    + ". Try another measure, or /figures to see the claims as text."), null);
        }
        Timeline timeline = picture.get().timeline();
        List<String> entries = new ArrayList<>();
        List<Timeline.Point> points = timeline.points();
        points.stream().limit(LINES_SHOWN).forEach(p -> entries.add(ClaimLines.line(p.claim())));
        if (points.size() > LINES_SHOWN) {
            entries.add("…and " + (points.size() - LINES_SHOWN) + " more: `/figures metric:" + metric.id()
                    + "` lists every claim.");
        }
        String description = "Each point is one claim, labelled in its source's words; a bar is a range the source "
                + "gave. Each claimant's comparable totals are joined in date order; hollow grey points are counts of "
                + "one incident, one period, part of the force or a forecast, or were read with doubt, and are not "
                + "compared." + (timeline.notDrawn() > 0 ? " " + timeline.notDrawn() + " vague or undated "
                + (timeline.notDrawn() == 1 ? "claim is" : "claims are") + " not drawn." : "");
        EmbedPlan plan = paginator.paginate("Over time: " + Wording.heading(metric), description,
                List.of(new Section("Claims drawn", entries)), Replies.CLAIMS_CAVEAT);
        return new TimelineReply(EmbedPlan.of(List.of(plan.page(0))), picture.get().png());
    }

    /** Whether a picture comes with the page. */
    public boolean drawn() {
        return png != null;
    }
}
