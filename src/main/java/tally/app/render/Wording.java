package tally.app.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Period;
import tally.app.answer.Revision;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.DatePrecision;
import tally.model.Metric;
import tally.model.Scope;
import tally.model.Source;

/**
 * The words every reply uses for the parts of an answer, shared by the plain-text renderer and the Discord pages so
 * both say the same thing: headings that name the subject, a claim's wordings as its sources give them, its scope, and
 * fields read with doubt shown in the source's own words, never as fact. Plain text; a renderer escapes it for its
 * medium. Never formats a number itself.
 */
public final class Wording {

    private Wording() {
    }

    /** "North Korean troops killed": every heading says whose figures these are. */
    public static String heading(Metric metric) {
        return switch (metric) {
            case KILLED -> "North Korean troops killed";
            case WOUNDED -> "North Korean troops wounded";
            case KILLED_OR_WOUNDED -> "North Korean troops killed or wounded (combined casualties)";
            case CAPTURED -> "North Korean troops captured";
            case DEPLOYED -> "North Korean troops sent to Russia";
            case PLANNED_DEPLOYMENT -> "North Korean troops planned or expected to be sent";
        };
    }

    /**
     * Under a measure with nothing to show (text and Discord alike), what the question narrowed the figures to: "no
     * figures in the sources from Volodymyr Zelensky"; written after
     * "Is Zelensky lying when he says 3,000 were killed?" read as if no source gave a killed figure at all.
     */
    public static String noFigures(Answer answer) {
        var asked = answer.parsed();
        StringBuilder line = new StringBuilder("no figures in the sources").append(fromSource(asked));
        if (asked.period() != null) {
            line.append(' ').append(asked.period().text());
        }
        return line.toString();
    }

    /** " from Volodymyr Zelensky", " from “the Mossad”", " from any source of South Korea"; "" when none is named. */
    static String fromSource(tally.app.answer.ParsedQuestion asked) {
        if (asked.claimant() != null) {
            return " from " + Wording.shortName(asked.claimant());
        } else if (asked.unknownSource() != null) {
            return " from “" + asked.unknownSource() + '”';
        } else if (asked.partyId() != null) {
            // "what does Kyiv say": any source of that side, named by its party ("ukraine", "south_korea")
            return " from any source of " + partyName(asked.partyId());
        }
        return "";
    }

    /** "south_korea" as a reader writes it: "South Korea". */
    static String partyName(String partyId) {
        StringBuilder name = new StringBuilder();
        for (String word : partyId.split("_")) {
            if (!word.isEmpty()) {
                name.append(name.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                        .append(word.substring(1));
            }
        }
        return name.toString();
    }

    /** The heading with what a combined group is, next to the groups it must not be added to. */
    public static String heading(FigureGroup group, Answer answer) {
        String heading = heading(group.metric());
        if (group.related()) {
            return heading + " — shown alongside: these count the killed and the wounded together";
        }
        boolean beside = answer.groups().stream().anyMatch(g -> g.metric() == Metric.KILLED || g.metric() == Metric.WOUNDED);
        return group.metric() == Metric.KILLED_OR_WOUNDED && beside
                ? heading + " — these count the killed and the wounded together, not in addition to the figures above"
                : heading;
    }

    /**
     * The figure as each source words it, each wording once ("Nine" and "nine" are one wording): "approximately 100 /
     * at least 100".
     */
    public static List<String> wordings(Claim claim) {
        return distinct(java.util.stream.Stream.concat(java.util.stream.Stream.of(claim.figure().text()),
                claim.sources().stream().map(claim::wordingIn)));
    }

    /** Each wording once, whatever its case, in the order given, as first written. */
    private static List<String> distinct(java.util.stream.Stream<String> wordings) {
        java.util.Map<String, String> byCase = new java.util.LinkedHashMap<>();
        wordings.forEach(w -> byCase.putIfAbsent(w.toLowerCase(java.util.Locale.ROOT), w));
        return List.copyOf(byCase.values());
    }

    /** What stretch a figure that is not a total covers: "in one incident, not a total"; empty for a total. */
    public static String scope(Claim claim) {
        return switch (claim.scope()) {
            case TOTAL -> "";
            case FORECAST -> Scope.FORECAST.label() + ", not a count";
            default -> claim.scope().label() + ", not a total";
        };
    }

    /**
     * The words by which the sources' sentences hedge the figure ("probably"), each once: "the report says
     * “probably”", or "“probably” in some reports" when not every report hedges it; empty when none does. The figure
     * alone would read firmer than its source put it (trial 10).
     */
    public static String hedge(Claim claim) {
        List<String> hedges = claim.sources().stream().map(tally.model.Source::hedge)
                .filter(java.util.Objects::nonNull).map(h -> h.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (hedges.isEmpty()) {
            return "";
        }
        String words = hedges.stream().map(h -> "\u201c" + h + "\u201d")
                .collect(java.util.stream.Collectors.joining(" or "));
        boolean every = claim.sources().stream().allMatch(src -> src.hedge() != null);
        long articles = claim.sources().stream().map(tally.model.Source::file).distinct().count();
        return every ? (articles == 1 ? "the report says " : "the reports say ") + words : words + " in some reports";
    }

    /** What is said in brackets after the figure: its stretch, its source's hedge, a doubt about what it counts. */
    public static String marks(Claim claim) {
        return java.util.stream.Stream.of(scope(claim), hedge(claim), metricDoubt(claim)).filter(m -> !m.isEmpty())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** Said after the figure when what it counts was read with doubt; empty otherwise. */
    public static String metricDoubt(Claim claim) {
        Certainty.Field f = claim.certainty().metric();
        return f.certain() ? "" : "what it counts is uncertain: " + f.reason() + asWorded(f);
    }

    /** Who claims it: the name, "claimant unknown", or the source's own words when the claimant was read with doubt. */
    public static String claimant(Claim claim) {
        Certainty.Field f = claim.certainty().claimant();
        if (!f.certain()) {
            return f.asWorded() != null
                    ? "as worded: '" + f.asWorded() + "' (claimant uncertain: " + f.reason() + ")"
                    : "claimant uncertain (" + f.reason() + ")";
        }
        return claim.claimant().known() ? claim.claimant().name() : "claimant unknown";
    }

    /**
     * When: "claimed 23 Dec 2024", the source's words when the date was read with doubt, and a mark when a date known
     * only to the month (or week) overlaps a narrower period asked.
     */
    public static String date(Claim claim, @Nullable Period period) {
        Certainty.Field f = claim.certainty().date();
        ClaimDate d = claim.claimDate();
        if (!f.certain()) {
            // The date read with doubt still decides which period a claim is listed under, so it is shown, as a
            // reading and not as the claim's date: a claim under "February 2025" with no date at all puzzled readers.
            String outside = period != null && d.known() ? "; it may lie outside the period asked" : "";
            if (f.asWorded() != null) {
                return "date as worded: '" + f.asWorded() + "' (date uncertain: " + f.reason() + outside + ")";
            }
            return d.known() ? "date uncertain: read as " + d.display() + " (" + f.reason() + outside + ")"
                    : "date uncertain (" + f.reason() + ")";
        }
        if (!d.known()) {
            return "date unknown";
        }
        String text = "claimed " + d.display();
        if (period != null && period.overlapsOnly(claim)) {
            String unit = d.precision() == DatePrecision.MONTH ? "month" : d.precision() == DatePrecision.WEEK ? "week" : "day";
            text += " (known only to the " + unit + ", which overlaps the period asked: " + period.text() + ")";
        }
        return text;
    }

    /** "Al Jazeera (2024-12-24)", and "as “at least 100”" when the sources word the figure differently. */
    public static String source(Source s, Claim claim) {
        String text = ArticleNames.name(s) + " (" + ArticleNames.published(s.published()) + ")";
        return wordings(claim).size() > 1 ? text + " as " + wordingsOf(claim, s.file()).stream()
                .map(w -> "\u201c" + w + "\u201d").collect(java.util.stream.Collectors.joining(" and ")) : text;
    }

    /**
     * How one article words the claim, each wording once, in the order its sentences give them: an article may word
     * it twice ("3,000" and later "exceeded 3,000"), and both are its own (trial 9: the second was shown under no
     * article, and on the article's own page as another article's).
     */
    public static List<String> wordingsOf(Claim claim, String file) {
        return distinct(claim.sources().stream().filter(s -> s.file().equals(file)).map(claim::wordingIn));
    }

    /**
     * A claim of two sides compared, under the side that does not list it in full: its figure and what marks it, and
     * where its full line is ("more than 3,000 — listed in full under Volodymyr Zelensky in this measure").
     */
    public static String listedUnder(Claim claim, String side) {
        String marks = marks(claim);
        return String.join(" / ", wordings(claim)) + (marks.isEmpty() ? "" : " (" + marks + ")")
                + " — listed in full under " + side + " in this measure";
    }

    /**
     * A claim's figure in each source's wording, what marks it (its scope, a doubt about what it counts) and who
     * claims it, with the relay: "more than 3,000 (for one period, not a total) — Volodymyr Zelensky, ..., relayed by
     * ...". Every line that shows a claim starts so, so no shorter line drops what makes a figure unsure.
     */
    public static String figureAndClaimant(Claim claim) {
        String marks = marks(claim);
        return String.join(" / ", wordings(claim)) + (marks.isEmpty() ? "" : " (" + marks + ")") + " — "
                + claimant(claim) + (claim.relayedBy() == null ? "" : ", relayed by " + claim.relayedBy().name());
    }

    /**
     * "... and 3 older claims and 1 undated claim": only what is older is called older; in a list of first figures,
     * oldest first, what is left out is later.
     */
    public static String hidden(FigureGroup group, Answer answer) {
        int undated = Math.max(0, group.hiddenUndated());
        int older = group.hidden() - undated;
        // each claimant's first figures are listed oldest first, so those left out are the later ones
        String which = answer.parsed().intent() == tally.app.answer.Intent.EARLIEST ? " later " : " older ";
        List<String> parts = new ArrayList<>();
        if (older > 0) {
            parts.add(older + which + (older == 1 ? "claim" : "claims"));
        }
        if (undated > 0) {
            parts.add(undated + " undated " + (undated == 1 ? "claim" : "claims"));
        }
        return "and " + String.join(" and ", parts);
    }

    /** "Volodymyr Zelensky revised the figure from ... to ...": a person is named, never called "it". */
    public static String revision(Revision r) {
        String who = shortName(r.claimant());
        String verb = r.claimant().kind() == Claimant.Kind.PERSON ? " revised the figure from " : " revised its figure from ";
        return who + verb + r.before().figure().text() + " (" + bareDate(r.before().claimDate()) + corrected(r.before(), "; ")
                + ") to " + r.after().figure().text() + " (" + bareDate(r.after().claimDate())
                + corrected(r.after(), "; ") + ")";
    }

    /**
     * " (claimant corrected by moderators)" after a line that shows a claim moderators corrected, else "": every line
     * that shows such a claim says so, not only its line in the list (trial 15: a check reply and a "Highest total"
     * line left it out).
     */
    public static String corrected(Claim c) {
        String note = c.moderation().note();
        return note == null ? "" : " (" + note + ")";
    }

    /** The note inside brackets already open, after {@code separator}, or "". */
    static String corrected(Claim c, String separator) {
        String note = c.moderation().note();
        return note == null ? "" : separator + note;
    }

    /**
     * Said under a period: an answer picks figures by the date each was claimed, and a figure claimed in January may
     * count the dead of December ("died in the last week of December"), so the period must not read as when it happened.
     */
    public static final String PERIOD_IS_CLAIM_DATE = "Figures are chosen by when they were claimed, not by when what "
            + "they count happened.";

    /**
     * The part of a claimant's name before the first comma: "Volodymyr Zelensky", not his whole title. A source in an
     * article's own words whose comma opens a list ("South Korean, Ukrainian and Western estimates") is kept whole: the
     * part before that comma would name only one of the sources.
     */
    public static String shortName(Claimant c) {
        if (!c.known()) {
            return "claimant unknown";
        }
        int comma = c.name().indexOf(',');
        if (comma <= 0 || !c.listed() && LIST_CLOSER.matcher(c.name().substring(comma)).find()) {
            return c.name();
        }
        return c.name().substring(0, comma);
    }

    private static final java.util.regex.Pattern LIST_CLOSER = java.util.regex.Pattern.compile("\\s(and|or)\\s");

    /** The date without the note on its basis, for compact lines. */
    public static String bareDate(ClaimDate d) {
        return d.date() == null ? d.display() : new ClaimDate(d.date(), d.precision(), DateBasis.STATED).display();
    }

    private static String asWorded(Certainty.Field f) {
        return f.asWorded() != null ? "; as worded: '" + f.asWorded() + "'" : "";
    }
}
