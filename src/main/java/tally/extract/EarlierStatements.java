package tally.extract;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Certainty;
import tally.model.ClaimDate;
import tally.model.DateBasis;

/**
 * Whether a sentence reports an older statement, made on no date it gives, so its claim's date is unknown rather than
 * the report's: "has previously said", "had claimed", a present perfect below the lead ("CNN has reported"), a
 * statement set before another event ("He spoke days after a Western diplomat informed the paper that ...", "Before
 * the footage surfaced, the NIS said ..."). The words come from the lexicon's pastPerfectMarkers, newsPerfectCues,
 * earlierStatementMarkers and earlierStatementOpeners; {@link ClaimDating} asks only when no date is stated.
 */
final class EarlierStatements {

    private final CompiledLexicon lex;

    EarlierStatements(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * The sentence reports an older statement of a known claimant, on no date it gives: "had said", "previously",
     * "has reported" below the lead, "days after ...", "Before the footage surfaced, ...".
     */
    boolean reported(String s, List<DateMention> dateMentions, Attribution who, boolean lead) {
        return who.known() && (saysPreviously(s, dateMentions) || perfectCue(s, who, lead) || saidBefore(s, who)
                || openedBefore(s, who));
    }

    /**
     * "Japan's unease comes after recent intelligence reports suggesting that 3,000 troops have reached Russia": the
     * figure stands in the content of a statement noun (the lexicon's contentNouns) that one of the lexicon's
     * earlierStatementMarkers sets before the sentence's own event, all in one clause (no comma between marker, noun
     * and figure, within {@link #REPORT_REACH} characters), so the report came earlier on no date the text gives,
     * whoever it is attributed to. "came after an earlier dispatch of 15,000" names no statement and is not this.
     */
    boolean inAnEarlierReport(String s, int figure) {
        if (figure < 0) {
            return false;
        }
        int from = Math.max(0, figure - REPORT_REACH);
        for (tally.config.PhraseMatcher.Hit marker : lex.earlierStatement.find(s, from, figure)) {
            int comma = s.indexOf(',', marker.end());
            if ((comma < 0 || comma > figure) && !lex.contentNouns.find(s, marker.end(), figure).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Earlier believed to number around 11,000, the force ...", "It was previously estimated that ...": with no
     * claimant named, "earlier" or "previously" (of the lexicon's pastPerfectMarkers) right before a verb of saying or
     * believing (one of the lexicon's speechVerbs) makes the figure someone's older estimate, on no date the text
     * gives (dev gold, round 32: once with no claimant; every "earlier" or "previously" before a named claimant's cue
     * was left unknown too), while "Earlier, the North had deployed 15,000" is the article's own voice, of the report.
     */
    boolean earlierHearsay(String s, List<DateMention> dateMentions) {
        for (PhraseMatcher.Hit h : lex.pastPerfect.find(s)) {
            int next = h.end() + 1;
            if (!EARLIER.matcher(h.phrase()).matches() || next >= s.length() || s.charAt(h.end()) != ' '
                    || dateMentions.stream().anyMatch(d -> d.start() < h.end() && h.start() < d.end())) {
                continue;
            }
            if (lex.speechVerbs.find(s, next, Math.min(s.length(), next + HEARSAY_VERB_REACH)).stream()
                    .anyMatch(v -> v.start() == next)) {
                return true;
            }
        }
        return false;
    }

    /** "earlier", "previously": the markers that may stand right before a hearsay verb. */
    private static final java.util.regex.Pattern EARLIER = java.util.regex.Pattern.compile("(?i)earlier|previously");
    /** The longest verb looked for after the marker: "acknowledged". */
    private static final int HEARSAY_VERB_REACH = 20;

    /** How far before the figure such a marker may stand: "comes after recent intelligence reports suggesting that". */
    private static final int REPORT_REACH = 90;

    /**
     * "has previously said", "had claimed": said some other time. "earlier this month" is a date, not this, and nor is
     * "an earlier dispatch": "earlier" after a determiner qualifies an event, unless the noun it qualifies names a
     * statement (the lexicon's contentNouns: "an earlier estimate", "the earlier report").
     */
    private boolean saysPreviously(String s, List<DateMention> dateMentions) {
        return lex.pastPerfect.find(s).stream().anyMatch(h -> dateMentions.stream()
                .noneMatch(d -> d.start() < h.end() && h.start() < d.end()) && !earlierEvent(s, h));
    }

    private boolean earlierEvent(String s, tally.config.PhraseMatcher.Hit h) {
        if (!h.phrase().equalsIgnoreCase("earlier")
                || !DETERMINERS.contains(wordBefore(s, h.start())) && !afterPossessive(s, h.start())) {
            return false;
        }
        int next = h.end() + 1;
        return next < s.length() && lex.contentNouns.find(s, next, Math.min(s.length(), next + 20)).stream()
                .noneMatch(n -> n.start() == next && !givesItsFigure(s, n.end()));
    }

    /**
     * Round 58 (trial 13): "disputed South Korea's earlier estimate of 300 dead, saying at least 1,700 ...", "2,300,
     * up from an earlier estimate of 600": the older statement carries its own figure after "of" (dated on its own,
     * {@link FigureReferences#namedOlderEstimate}), so the sentence's other figures are the statement it reports now.
     */
    private static boolean givesItsFigure(String s, int nounEnd) {
        return OF_FIGURE.matcher(s).region(nounEnd, s.length()).lookingAt();
    }

    /** " of 300", " of about 600", " of up to 3,000": "of", at most three words of qualifier, a digit. */
    private static final java.util.regex.Pattern OF_FIGURE =
            java.util.regex.Pattern.compile("\\s+of\\s+(?:[\\p{L}-]+\\s+){0,3}\\d");

    /**
     * Words that make the "earlier" after them an adjective of the noun that follows; round 48: a preposition too
     * ("replaced soldiers lost in earlier fighting", "troops from earlier waves").
     */
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("a", "an", "the", "its", "their", "his",
            "her", "this", "that", "these", "those", "in", "during", "from", "of", "after", "with");

    /** "South Korea's earlier estimate": a possessor before "earlier" is a determiner too. */
    private static boolean afterPossessive(String s, int at) {
        return at >= 3 && (s.startsWith("'s ", at - 3) || s.startsWith("’s ", at - 3));
    }

    /** The word that ends right before {@code at} (one space between), lower case ("" when none does). */
    private static String wordBefore(String s, int at) {
        int end = at - 1;
        if (end < 0 || s.charAt(end) != ' ') {
            return "";
        }
        return s.substring(WindowEnds.wordStart(s, end, Character::isLetter), end).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "He spoke days after a Western diplomat informed the paper that ...", "recent remarks by Zelensky hinting at
     * ...": one of the lexicon's earlierStatementMarkers stands right before the claimant and its cue (within a few
     * words, no comma between), so the claim was made before some other event, on no date the text gives.
     */
    private boolean saidBefore(String s, Attribution who) {
        PhraseMatcher.@Nullable Hit marker = markerBefore(s, who);
        return marker != null && !SOON_AFTER.matcher(marker.phrase()).matches() && !countedFromReport(s, marker);
    }

    private PhraseMatcher.@Nullable Hit markerBefore(String s, Attribution who) {
        if (who.anchor() <= 0) {
            return null;
        }
        return lex.earlierStatement.find(s, Math.max(0, who.anchor() - EARLIER_REACH - 20), who.anchor()).stream()
                .filter(h -> who.anchor() - h.end() <= EARLIER_REACH
                        && s.substring(h.end(), who.anchor()).indexOf(',') < 0)
                .findFirst().orElse(null);
    }

    /**
     * "The report arrives a week after some Western officials estimated that ...", "Zelenskyy spoke shortly after the
     * JCS said ...": one of the lexicon's earlierStatementMarkers that measures how much earlier the statement was
     * (its own words: "a day", "a week", "a month"; "shortly", "soon") stands before the claimant and its cue, as for
     * {@link #reported}, and the sentence states no date. The statement is then counted back from the report's date,
     * as "yesterday", "last week" and "last month" are (dev gold: "a week after" dated as the week before, twice), when
     * the marker follows a verb in the present tense (the report's own news: "The report arrives"), and marked
     * uncertain all the same; after a past tense ("It was made public a day after ...") the event it is measured from
     * is undated, and so is the statement. "shortly after" is the report's own day (dev gold: once). Null when no such
     * marker stands there ("days after" leaves the date unknown).
     */
    ClaimDating.@Nullable Dated measuredBefore(String s, List<DateMention> dateMentions, Attribution who,
                                               @Nullable LocalDate reported) {
        PhraseMatcher.@Nullable Hit marker = reported == null || !dateMentions.isEmpty() || !who.known()
                ? null : markerBefore(s, who);
        if (marker == null) {
            return null;
        }
        if (SOON_AFTER.matcher(marker.phrase()).matches()) {
            return new ClaimDating.Dated(ClaimDate.day(reported, DateBasis.REPORT_DATE), Certainty.Field.SURE);
        }
        if (!countedFromReport(s, marker)) {
            return null; // "It was made public a day after ...": measured from an event the text does not date
        }
        java.util.regex.Matcher unit = MEASURED_AFTER.matcher(marker.phrase());
        unit.matches();
        DateMention.Kind kind = switch (unit.group(1).toLowerCase(java.util.Locale.ROOT)) {
            case "day" -> DateMention.Kind.RELATIVE_DAY;
            case "week" -> DateMention.Kind.RELATIVE_WEEK;
            default -> DateMention.Kind.RELATIVE_MONTH;
        };
        ClaimDate counted = new DateMention(0, 0, kind, null, null, null, null, -1).resolve(reported);
        return counted == null ? null : new ClaimDating.Dated(counted,
                Certainty.Field.doubt("counted back from the report's date", marker.phrase()));
    }

    private static boolean countedFromReport(String s, PhraseMatcher.Hit marker) {
        return MEASURED_AFTER.matcher(marker.phrase()).matches()
                && PRESENT_VERB.matcher(wordBefore(s, marker.start())).matches();
    }

    /** A marker that sets the statement on the same day as the event after it: "shortly after", "soon after". */
    private static final java.util.regex.Pattern SOON_AFTER = java.util.regex.Pattern.compile(
            "(?i)(?:shortly|soon)\\s+after");
    /**
     * The verb before a measuring marker in the present tense, the report's own news ("The report arrives a week
     * after", "This comes a day after"): a third-person form in -s, not "was" or "has".
     */
    private static final java.util.regex.Pattern PRESENT_VERB = java.util.regex.Pattern.compile(
            "(?!(?:was|has|is|this|its|his)$)[a-z]+[^su]s|is");
    /** A marker that measures the time between: "a week after", "one day after", "a month after". */
    private static final java.util.regex.Pattern MEASURED_AFTER = java.util.regex.Pattern.compile(
            "(?i)(?:a|one)\\s+(day|week|month)\\s+after");

    /**
     * "Before the footage surfaced, the NIS said ...", "Before long, the press was reporting ...": the sentence opens
     * with one of the lexicon's earlierStatementOpeners, and the claimant and its cue follow that clause's comma with
     * no other comma between, so the statement was made before an event the text does not date. A cue after another
     * comma ("Before the war, the North had 10,000 troops there, the NIS said") leaves the opening clause to the
     * figure.
     */
    private boolean openedBefore(String s, Attribution who) {
        if (who.anchor() <= 0) {
            return false;
        }
        for (String opener : lex.earlierStatementOpeners) {
            int after = opener.length();
            if (s.length() > after && s.regionMatches(true, 0, opener, 0, after)
                    && !Character.isLetterOrDigit(s.charAt(after))) {
                int comma = s.indexOf(',', after);
                int next = comma < 0 ? -1 : s.indexOf(',', comma + 1);
                return comma > 0 && comma < who.anchor() && (next < 0 || next > who.anchor());
            }
        }
        return false;
    }

    /** How far before the cue an earlier-statement marker may stand: "days after a Western diplomat informed". */
    private static final int EARLIER_REACH = 45;

    /** "has reported", "have stated", "had condemned": the perfect of the attribution's own cue verb. */
    static final java.util.regex.Pattern PERFECT = java.util.regex.Pattern.compile(
            "(?i)\\b(?<aux>has|have|had)\\s+(?:(?:also|already|repeatedly|long|since|\\w+ly)\\s+){0,2}$");

    /** What {@link #PERFECT} needs at its end, looked for before it is tried from every character of the window. */
    static boolean endsLikePerfect(String window) {
        int end = WindowEnds.trimEndForAnchor(window, 0, window.length());
        return end < window.length() && WindowEnds.endsWithAny(window, 0, end, "has", "have", "had", "also", "already",
                "repeatedly", "long", "since", "ly");
    }

    /**
     * The attribution's cue is in the past perfect (always an earlier statement), or in the present perfect outside
     * the article's lead: "CNN has reported that ...", "officials have stated that ...", "which had condemned ...".
     * A present perfect of one of the lexicon's newsPerfectCues ("the NIS has told lawmakers", "Seoul has confirmed")
     * reports the day's news wherever it stands, so it is not an earlier statement.
     */
    private boolean perfectCue(String s, Attribution who, boolean lead) {
        if (who.anchor() <= 0 || who.verb() == null || who.verb().equals("according to")) {
            return false;
        }
        String window = s.substring(Math.max(0, who.anchor() - 30), who.anchor());
        if (!endsLikePerfect(window)) {
            return false;
        }
        java.util.regex.Matcher m = PERFECT.matcher(window);
        if (!m.find()) {
            return false;
        }
        return m.group("aux").equalsIgnoreCase("had")
                || !lead && !lex.newsPerfectCues.contains(ClaimDating.wordAt(s, who.anchor()));
    }
}
