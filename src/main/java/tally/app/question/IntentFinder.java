package tally.app.question;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Intent;
import tally.app.answer.NumberAsked;

/**
 * What kind of answer a question wants ({@code intents} in config/questions.json), and the number a yes/no question
 * checks. A check needs a number and a yes/no form ("did 10,000 die?", "is it true that 3,000 were killed?"); years
 * ("in 2024") and days next to a month ("December 23") are dates, not numbers to check.
 */
final class IntentFinder {

    /** What was found: the intent, whether it compares, and the number checked (null unless CHECK). */
    record Found(Intent intent, @Nullable NumberAsked number) {
    }

    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\s*(k(?!\\p{L})|thousand(?!\\p{L})|тисяч\\p{L}*|тысяч\\p{L}*|천|만))?"
                    + "(?![\\p{N}]|,\\d)");
    private static final Pattern MONTH = Pattern.compile("(january|february|march|april|may|june|july|august|september"
            + "|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?");
    private static final long MAX_COUNT = NumberAsked.MAX_COUNT;
    /** What makes a number no count when it follows the digits: a decimal part ("1.5") or an exponent ("1e9"). */
    private static final Pattern TAIL = Pattern.compile("(?:\\.\\d+)?e[-+]?\\d+|\\.\\d+");
    /** What follows a count rather than a year: "2000 soldiers", "2000 north koreans", "2000 died". */
    private static final Pattern COUNTED = Pattern.compile("\\s*(?:more\\s+|of\\s+(?:the|their)\\s+)?(?:north|nk|dprk"
            + "|soldiers?|troops?|men|people|personnel|koreans?|fighters|casualties|deaths?|dead|killed|wounded|died|were"
            + "|have|had|captured|prisoners|pows)\\b");

    private final List<Phrases.Phrase> latest;
    private final List<Phrases.Phrase> earliest;
    private final List<Phrases.Phrase> compare;
    private final List<Phrases.Phrase> highest;
    private final List<Phrases.Phrase> lowest;
    private final List<Phrases.Phrase> differ;
    private final List<Phrases.Phrase> check;
    private final List<Phrases.Phrase> checkAnywhere;
    private final List<Phrases.Phrase> figureWords;
    private final List<Phrases.Phrase> comparatives;
    private final List<Phrases.Phrase> bounds;
    private final List<Phrases.Phrase> revisions;
    private final List<Phrases.Phrase> trends;

    IntentFinder(QuestionLexicon.Intents lexicon) {
        this.latest = compile(lexicon.latest());
        this.earliest = compile(lexicon.earliest());
        this.compare = compile(lexicon.compare());
        this.highest = compile(lexicon.highest());
        this.lowest = compile(lexicon.lowest());
        this.differ = compile(lexicon.differ());
        this.check = compile(lexicon.check());
        this.checkAnywhere = compile(lexicon.checkAnywhere());
        this.figureWords = compile(lexicon.figureWords());
        this.comparatives = compile(lexicon.comparatives());
        this.bounds = compile(lexicon.checkBounds());
        this.revisions = compile(lexicon.revisions());
        this.trends = compile(lexicon.trends());
        this.comparativeWords = comparatives.stream().filter(p -> p.size() == 2 && !p.prefix()
                && p.words().get(1).equals("than")).map(p -> p.words().get(0))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.earliestOpeners = earliest.stream().filter(p -> p.size() == 2 && !p.prefix()
                && Phrases.anyMatchExact(figureWords, List.of(p.words().get(1))))
                .map(p -> p.words().get(0)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * The first words of the earliest phrases that name a figure ("first figure", "initial estimate"): with up to
     * {@link #OPENER_GAP} words between them and a figure word, the question still asks for the first figure ("the
     * NIS's first casualty figure" was read as a listing, trial 10).
     */
    private final java.util.Set<String> earliestOpeners;

    private static final int OPENER_GAP = 2;

    private boolean asksForTheFirst(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (!earliestOpeners.contains(w.get(i))) {
                continue;
            }
            for (int k = i + 2; k <= Math.min(w.size() - 1, i + 1 + OPENER_GAP); k++) {
                if (Phrases.anyMatchExact(figureWords, List.of(w.get(k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Phrases.Phrase> compile(List<String> words) {
        return words.stream().map(Phrases::compile).toList();
    }

    /** Whether the question speaks of figures ("who gives the highest number?"): on topic when it has an intent. */
    boolean speaksOfFigures(List<String> w) {
        return Phrases.anyMatchExact(figureWords, w);
    }

    /** Whether the question asks to compare sources side by side (read before the sources are looked for). */
    boolean compares(List<String> w) {
        return Phrases.anyMatchExact(compare, w);
    }

    /**
     * Whether the question sets one thing against another by degree ("higher than", "lower than"): a comparison when
     * two sources stand on its sides ("are Ukraine's numbers higher than South Korea's?"), the parser decides.
     */
    boolean comparesByDegree(List<String> w) {
        return Phrases.anyMatchExact(comparatives, w) || gappedComparative(w);
    }

    /**
     * The first words of the comparatives that end in "than" ("more than", "higher than"): round 62 (trial 16).
     */
    private final java.util.Set<String> comparativeWords;

    private static final int COMPARATIVE_GAP = 3;

    /**
     * Round 62 (trial 16): "does Seoul say more died than Kyiv does?", "is Kyiv's count of the dead higher overall than
     * Seoul's?": the comparative and its "than" with up to {@link #COMPARATIVE_GAP} words between, and no number after
     * "than" ("more were killed than 3,000?" bounds a figure). Two named sources then stand side by side, as "higher
     * than" right together puts them.
     */
    private boolean gappedComparative(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            if (!comparativeWords.contains(w.get(i))) {
                continue;
            }
            for (int j = i + 2; j <= Math.min(w.size() - 1, i + 1 + COMPARATIVE_GAP); j++) {
                if (w.get(j).equals("than")) {
                    return j + 1 < w.size() && !Character.isDigit(w.get(j + 1).charAt(0));
                }
            }
        }
        return false;
    }

    /** Whether the question asks why figures differ (its sources, if it names two, are compared). */
    boolean differs(List<String> w) {
        return Phrases.anyMatchExact(differ, w);
    }

    Found find(List<String> w, String lower) {
        return find(w, lower, false);
    }

    /**
     * @param namesMeasure the question names a measure by its words ("deaths"): a trend word ("did deaths rise?") then
     *                     asks how the figures moved, as it does beside a figure word ("did estimates go up?")
     */
    Found find(List<String> w, String lower, boolean namesMeasure) {
        NumberAsked number = number(lower);
        boolean yesNo = !w.isEmpty() && check.stream().anyMatch(p -> Phrases.matchesAt(p, w, 0))
                || Phrases.anyMatchExact(checkAnywhere, w);
        if (number != null && yesNo) {
            return new Found(Intent.CHECK, bounded(number, lower)
                    .with(number.others().stream().map(n -> bounded(n, lower)).toList()));
        }
        if (Phrases.anyMatchExact(differ, w)) {
            return new Found(Intent.WHY_DIFFER, null);
        }
        if (compares(w)) {
            return new Found(Intent.COMPARE, null);
        }
        // before the newest and the first: "has the latest figure been revised?" asks about the change
        if (Phrases.anyMatchExact(revisions, w)) {
            return new Found(Intent.REVISIONS, null);
        }
        // trial 13: "did estimates go up over time?" got the help text, "what is the trend in the death toll?" a plain
        // list; "how many went up to the front?" counts troops, and names neither figure nor measure
        if ((namesMeasure || speaksOfFigures(w)) && Phrases.anyMatchExact(trends, w)) {
            return new Found(Intent.REVISIONS, null);
        }
        if (Phrases.anyMatchExact(earliest, w) || asksForTheFirst(w)) {
            return new Found(Intent.EARLIEST, null);
        }
        if (Phrases.anyMatchExact(latest, w)) {
            return new Found(Intent.LATEST, null);
        }
        if (Phrases.anyMatchExact(highest, w)) {
            return new Found(Intent.HIGHEST, null);
        }
        if (Phrases.anyMatchExact(lowest, w)) {
            return new Found(Intent.LOWEST, null);
        }
        return new Found(Intent.LIST, null);
    }

    /**
     * The first count the question names, with its multiplier ("10k", "1만"), and beside it the other numbers it names
     * ({@link NumberAsked#others}: "is it 600 or 2000 dead?" checks both, trial 15; a number repeated is named once);
     * null when it names none. "k" and "thousand" count only as whole words: "100 killed" is 100, not "100 k".
     */
    static @Nullable NumberAsked number(String lower) {
        List<NumberAsked> found = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(lower);
        while (m.find()) {
            String digits = m.group(1).replace(",", "");
            if (isDate(lower, m, digits)) {
                continue;
            }
            String written = notACount(lower, m, digits);
            // "1e9" was read as 1 and "-5" as 5, and a number too long to be a count was dropped without a word:
            // the reply then denied a number nobody asked about (trial 8)
            NumberAsked number = written != null ? NumberAsked.notACount(written)
                    : new NumberAsked(Long.parseLong(digits) * multiplier(m.group(2)), m.group().strip());
            if (found.stream().noneMatch(n -> n.count() ? number.count() && n.value() == number.value()
                    : n.text().equals(number.text()))) {
                found.add(number);
            }
        }
        return found.isEmpty() ? null : found.get(0).with(found.subList(1, found.size()));
    }

    /**
     * The number as written when it is no count: signed ("-5"), with a decimal or exponent part ("1.5", "1e9"), or
     * past {@link #MAX_COUNT}; null for a count. A dash between two numbers is a range ("10,000-12,000"), not a sign.
     */
    private static @Nullable String notACount(String lower, Matcher m, String digits) {
        int start = m.start();
        boolean sign = start > 0 && (lower.charAt(start - 1) == '-' || lower.charAt(start - 1) == '\u2212')
                && (start < 2 || !Character.isLetterOrDigit(lower.charAt(start - 2)));
        Matcher tail = TAIL.matcher(lower).region(m.end(1), lower.length());
        boolean fraction = m.group(2) == null && tail.lookingAt();
        int end = fraction ? tail.end() : m.end();
        if (sign || fraction) {
            return lower.substring(sign ? start - 1 : start, end).strip();
        }
        boolean tooBig = digits.length() > 9 || Long.parseLong(digits) * multiplier(m.group(2)) > MAX_COUNT;
        return tooBig ? m.group().strip() : null;
    }

    /**
     * The number with the bound the question's words set right before it ("more than 10,000": {@code
     * intents.checkBounds}), or as it was when none does.
     */
    private NumberAsked bounded(NumberAsked number, String lower) {
        int at = lower.indexOf(number.text());
        if (at < 0) {
            return number;
        }
        List<String> before = QuestionText.words(lower.substring(0, at));
        for (Phrases.Phrase bound : bounds) {
            int from = before.size() - bound.size();
            if (from >= 0 && Phrases.matchesAt(bound, before, from)) {
                return new NumberAsked(number.value(), number.text(), String.join(" ", bound.words()), number.count(),
                        number.others());
            }
        }
        return number;
    }

    private static long multiplier(@Nullable String unit) {
        if (unit == null) {
            return 1;
        }
        return unit.equals("만") ? 10_000 : 1_000;
    }

    /** A year ("in 2024", not "2000 soldiers") or a day beside a month ("December 23", "23 Dec"). */
    private static boolean isDate(String lower, Matcher m, String digits) {
        if (m.group(2) == null && digits.length() == 4 && m.group(1).indexOf(',') < 0
                && (digits.startsWith("19") || digits.startsWith("20"))) {
            return !COUNTED.matcher(lower.substring(m.end())).lookingAt();
        }
        if (digits.length() > 2) {
            return false;
        }
        String before = lower.substring(Math.max(0, m.start() - 12), m.start()).strip();
        String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + 12)).strip();
        String lastBefore = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        String firstAfter = after.split("[\\s,]", 2)[0].replaceAll("^(st|nd|rd|th)\\b", "");
        if (after.matches("^(st|nd|rd|th)\\b.*")) {
            firstAfter = after.replaceAll("^(st|nd|rd|th)\\s*(of\\s+)?", "").split("[\\s,]", 2)[0];
        }
        return MONTH.matcher(lastBefore).matches() || MONTH.matcher(firstAfter.replaceFirst("^of\\s+", "")).matches()
                || after.startsWith("of ") && MONTH.matcher(after.substring(3).split("[\\s,]", 2)[0]).matches();
    }
}
