package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;
import tally.model.Scope;

/**
 * What stretch a figure covers, from the words of its own clause (markers in config/extraction.json,
 * {@code scopeMarkers}): a forecast ("expected to reach", and every planned deployment), one incident ("in the
 * attack", "over the weekend"), a period ("in December", "over the past week"; it wins over "another": "another
 * 3,000 in March" counts that month), a subset ("of whom", "another"; see {@link ForceParts} for whose marker it is),
 * else the total so far. A marker that is the claim's own date ("said in December that ...") is when it was said, not the
 * period it counts, and is skipped; so is one in another clause, and one in an aside on another noun ({@link
 * MarkerReach}). Before any marker: a later wave sizes a part of the force ({@link Waves}), and so does a vague
 * "a small number" ({@code scopeSpans.partCounts}; round 22 dev gold read each such row as a subset).
 */
final class ScopeReader {

    /** Checked in this order: the first scope with a marker in the clause wins. */
    private static final List<String> ORDER = List.of("forecast", "incident", "period", "subset");

    /** "of whom", "among them", "another": a subset marker that speaks of the figure after it, not before. */
    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i)^(?:of |among |another|a further|an additional|additional)");

    private final CompiledLexicon lex;
    private final Clauses clauses;
    private final ScopeSpans spans;
    private final ForceParts parts;
    private final MarkerReach reach;
    private final Waves waves;
    private final PhraseMatcher partCounts;
    private final FigureReferences references;
    private final UnitReports unitReports;

    ScopeReader(CompiledLexicon lex) {
        this.lex = lex;
        this.parts = new ForceParts(lex);
        this.clauses = lex.clauses;
        this.spans = lex.scopeSpans;
        this.reach = new MarkerReach(lex.scopeSpanWords.get("relativeOpeners"));
        this.waves = new Waves(lex.scopeSpanWords);
        this.partCounts = new PhraseMatcher(lex.scopeSpanWords.get("partCounts"));
        this.references = new FigureReferences(lex);
        this.unitReports = new UnitReports(lex.scopeSpanWords, lex.scopeMarkers.get("total"), lex.speechVerbs);
    }

    /**
     * The scope of {@code numbers[index]}, its markers read as below, then refined by the structure of the parts of
     * the force ({@link ForceParts#refine}).
     *
     * @param before  the measure of the figure read just before it in the sentence, or null
     * @param speaker who the sentence gives the figure to: a unit that speaks of "they" tells of its own engagement
     */
    Scope read(String s, List<Quantity> numbers, int index, Metric metric, @Nullable DateMention claimDate,
               List<DateMention> dates, @Nullable Metric before, Attribution speaker) {
        // "reached 4,700, up from 3,000 in January": what follows the number a revision started from is that number's
        int limit = index + 1 < numbers.size() && references.revisedFrom(s, numbers.get(index), numbers.get(index + 1))
                ? numbers.get(index + 1).start() : s.length();
        // "some 3,000 are now in training, a number that is set to rise to 12,000": a forecast before a later number is
        // that number's (trial 17: the 3,000 had been "a forecast, not a count")
        int next = index + 1 < numbers.size() ? numbers.get(index + 1).start() : -1;
        Scope own = read(s, numbers.get(index), metric, claimDate, dates, limit, next);
        if (own == Scope.TOTAL && CASUALTIES.contains(metric) && unitsEngagement(s, numbers, index, limit, speaker)) {
            own = Scope.INCIDENT;
        }
        return parts.refine(own, s, numbers, index, metric, before);
    }

    /**
     * A figure with no marker that a unit's own act governs ("they had killed three") tells of one engagement, and so
     * does one whose act is coordinated after such an act ("killed 9 North Korean soldiers and wounded 6"): the figure
     * before it, before the "and", is then read for the subject ({@link UnitReports}).
     */
    private boolean unitsEngagement(String s, List<Quantity> numbers, int index, int limit, Attribution speaker) {
        Quantity q = numbers.get(index);
        int start = lex.frames.beforeQualifier(s, q.start());
        if (!unitReports.followsAnAct(s, start)) {
            return false; // most figures: the clause is read only after an act of killing or wounding
        }
        int from = parts.partClauseStart(s, clauses.before(s, q.start()), q);
        int to = Math.min(limit, clauses.after(s, q.end()));
        UnitReports.Act act = unitReports.actBefore(s, from, start, speaker);
        int since = q.end();
        if (act.coordinator() >= 0 && index > 0) {
            Quantity first = numbers.get(index - 1);
            int firstStart = lex.frames.beforeQualifier(s, first.start());
            if (firstStart >= act.coordinator()) {
                return false;
            }
            // ", and wounded 6" opens a clause of its own: the subject is in the first act's
            from = Math.min(from, parts.partClauseStart(s, clauses.before(s, first.start()), first));
            act = unitReports.actBefore(s, from, firstStart, speaker);
            since = first.end();
        }
        return act.unit() && !unitReports.runningTally(s, from, since, to);
    }

    /**
     * Round 58 (trial 13): "at least 30 were killed or wounded on December 14 and 15", "captured on Monday": a fate
     * dated "on" a day in the figure's clause, a day that is not when the claim was made, befell the troops in that
     * day's fighting, one incident; a toll "as of", "by" or "since" a day is a total so far, and a sending or a
     * capture on a day is still the force sent or the captives taken.
     */
    private boolean fateOnADay(String s, List<DateMention> dates, @Nullable DateMention claimDate, Quantity q,
                               int from, int to) {
        for (DateMention d : dates) {
            // "December 14 and 15" is read as its month, yet names days
            boolean day = d.day() != null || d.weekday() != null
                    || DAY_NUMBER.matcher(s).region(d.start(), d.end()).find();
            boolean own = claimDate != null && d.start() < claimDate.end() && claimDate.start() < d.end();
            // a day opening the sentence sets all of it ("On December 14 and 15, units sustained losses - 30 ...")
            if (day && !own && (d.start() >= from || opens(s, d)) && d.end() <= to
                    && (ON_BEFORE.matcher(s).region(Math.max(0, d.start() - 4), d.start()).find()
                    || s.regionMatches(true, d.start(), "on ", 0, 3))
                    && (d.start() >= q.end() ? !statementBetween(s, q.end(), d.start())
                    : opens(s, d) && !statementBetween(s, d.end(), q.start()))) {
                return true;
            }
        }
        return false;
    }

    /** The day opens the sentence, perhaps inside a quotation: "On December 14 and 15, ...", "\u201COn Monday, ...". */
    private static boolean opens(String s, DateMention d) {
        return OPENER.matcher(s).region(0, d.start()).matches();
    }

    private static final java.util.regex.Pattern OPENER = java.util.regex.Pattern.compile("(?i)[\"\u201C'(\\s]*(?:on\\s+)?");

    /**
     * "... injured, according to briefings to lawmakers and media reports on April 30", "On Sunday, the NIS confirmed
     * that ...": a speech verb or a statement noun between the figure and the day makes the day the statement's.
     */
    private boolean statementBetween(String s, int from, int to) {
        return from < to && (lex.speechVerbs.containsIn(s, from, to) || lex.contentNouns.containsIn(s, from, to));
    }

    /**
     * The fates a day's fighting counts; a capture on a day stays a total (dev gold: "the two captured on Thursday"
     * are all the captives there are).
     */
    private static final java.util.Set<Metric> CASUALTIES = java.util.EnumSet.of(Metric.KILLED, Metric.WOUNDED,
            Metric.KILLED_OR_WOUNDED);

    private static final java.util.regex.Pattern DAY_NUMBER = java.util.regex.Pattern.compile("\\b\\d{1,2}\\b");

    private static final java.util.regex.Pattern ON_BEFORE = java.util.regex.Pattern.compile("(?i)\\bon\\s+$");

    /**
     * Trial 14: "A diplomat who visited Pyongyang last week said 2,000 ... were wounded": a time in a relative clause on
     * the speaker tells of the speaker ({@link SubjectClauses}), not of the stretch the figure covers.
     */
    private List<int[]> speakersPast(String s) {
        return SubjectClauses.of(s, lex.speechVerbs);
    }

    /**
     * "In addition, 1,500 were sent": a marker set off by a comma at the sentence's (or its quotation's) opening links
     * the sentence to the one before it; it marks no figure as an increment. (Nor does "in addition to" the figure
     * after it, which is the force added to: "1,500 in addition to the 11,000 already there".)
     */
    private static boolean connective(String s, PhraseMatcher.Hit hit) {
        return s.startsWith(",", hit.end()) && OPENER.matcher(s).region(0, hit.start()).matches();
    }

    /** "after" or "while", then up to five words and no comma: the time clause a capture may stand in. */
    private static final java.util.regex.Pattern TIME_CLAUSE_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:after|while|once)\\s+(?:[\\p{L}'-]+\\s+){0,5}$");

    /**
     * Trial 12: "several wounded soldiers had died after Ukrainian forces captured them", "died in captivity": men who
     * died after their capture are captives who died, counted for that event, not a battlefield toll of the war. A
     * capture cue of the lexicon after the figure in its clause, in a time clause ("after", "while", "once") or as
     * "in captivity"/"in custody", makes the deaths one incident. "were killed and 20 captured" is no such clause.
     */
    private boolean diedInCaptivity(String s, int from, int to) {
        PhraseMatcher captured = lex.cues.get(Metric.CAPTURED);
        return captured != null && captured.find(s, from, to).stream().anyMatch(h -> h.phrase().toLowerCase(
                java.util.Locale.ROOT).startsWith("in ") || TIME_CLAUSE_BEFORE.matcher(s).region(from, h.start()).find()
                && THE_DEAD_CAPTURED.matcher(s).region(h.end(), s.length()).lookingAt());
    }

    /** The capture's object is the dead ("captured them") or none is named ("after being captured"). */
    private static final java.util.regex.Pattern THE_DEAD_CAPTURED = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:them\\b|him\\b|[,.;:\"\u201D)]|$)");

    /**
     * @param claimDate the date expression that dates the claim (skipped as a period marker), or null
     * @param limit     where the figure's words end at the latest (the number a revision started from)
     * @param next      where the sentence's next number starts, or -1: a forecast marker before it forecasts that one
     */
    private Scope read(String s, Quantity q, Metric metric, @Nullable DateMention claimDate, List<DateMention> dates,
                       int limit, int next) {
        if (metric == Metric.PLANNED_DEPLOYMENT) {
            return Scope.FORECAST;
        }
        if (partCounts.find(s, q.start(), q.end()).stream().anyMatch(h -> h.start() == q.start())) {
            return Scope.SUBSET;
        }
        int clauseStart = clauses.before(s, q.start());
        if (waves.sizes(s, clauseStart, lex.frames.beforeQualifier(s, q.start()))) {
            return Scope.SUBSET;
        }
        int from = parts.partClauseStart(s, clauseStart, q);
        int to = Math.min(limit, clauses.after(s, q.end()));
        if (metric == Metric.KILLED && diedInCaptivity(s, q.end(), to)
                || CASUALTIES.contains(metric) && fateOnADay(s, dates, claimDate, q, from, to)) {
            return Scope.INCIDENT;
        }
        java.util.Map<String, List<PhraseMatcher.Hit>> spanned = null; // read once, when incident or period comes
        List<int[]> speakersPast = null; // likewise, when a marker of either is found
        for (String scope : ORDER) {
            PhraseMatcher markers = lex.scopeMarkers.get(scope);
            boolean bounded = scope.equals("period") || scope.equals("incident");
            if (bounded && spanned == null) {
                spanned = spans.find(s, from, to, q.start(), q.end());
            }
            List<PhraseMatcher.Hit> hits = new java.util.ArrayList<>(bounded ? spanned.get(scope) : List.of());
            if (markers != null) {
                boolean forecast = scope.equals("forecast");
                markers.find(s, from, to).stream()
                        .filter(h -> !bounded || !reach.elsewhere(s, h, q.start(), q.end()))
                        .filter(h -> !forecast || !(h.start() >= q.end() && next >= h.end() && next < to))
                        .forEach(hits::add);
            }
            for (PhraseMatcher.Hit hit : hits) {
                if (bounded && speakersPast == null) {
                    speakersPast = speakersPast(s);
                }
                boolean isClaimDate = claimDate != null && hit.start() < claimDate.end() && claimDate.start() < hit.end()
                        || bounded && SubjectClauses.inside(speakersPast, hit.start(), hit.end());
                boolean total = lex.scopeMarkers.containsKey("total")
                        && lex.scopeMarkers.get("total").containsIn(s, Math.max(from, hit.start() - 30), Math.min(s.length(), hit.end() + 12));
                boolean pointsBack = scope.equals("subset") && (hit.start() >= q.end()
                        && POINTS_BACK.matcher(hit.phrase()).find() || !parts.subsetMarkerApplies(s, hit, q, metric)
                        || connective(s, hit) || hit.end() <= q.start() && hit.phrase().equals("in addition to"));
                if (!isClaimDate && !pointsBack && !(scope.equals("period") && total)) {
                    return Scope.byId(scope).orElse(Scope.TOTAL);
                }
            }
        }
        return Scope.TOTAL;
    }
}
