package tally.extract;

import static tally.extract.NumberValues.digits;
import static tally.extract.NumberValues.hundredAnd;
import static tally.extract.NumberValues.sharedMultiplier;
import static tally.extract.NumberValues.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Finds the quantities in a sentence: digits ("3,000", "1.5 million"), ranges ("10,000-12,000", "between 3,000 and
 * 5,000"), numbers in words ("nine", "some three-thousand", "27-hundred", "a dozen") and vague quantities from the
 * lexicon ("hundreds", "several thousand"). It does not decide whether a quantity is a claim: years, money, times,
 * ordinals and adjectival compounds ("120-day") are dropped here because they are never counts of people.
 */
final class QuantityFinder {

    private static final String WORD_UNITS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
    private static final String WORD_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    private static final String WORD_NUMBER = "(?:(?:" + WORD_TENS + ")(?:-(?:" + WORD_UNITS + "))?|" + WORD_UNITS + ")";
    /**
     * A scale word after a number, plural too ("two hundreds of", "3 dozens"): the number is read with it or not at all,
     * since "two dozen" read as "two" is a different figure.
     */
    private static final String MULTIPLIER = "(?:dozen|hundred|thousand|million)s?";
    /**
     * "3,000", "3.5"; and "12 000" with a space (or a no-break space) between groups of three, as many outlets write,
     * unless the first group is a day after its month ("on March 12 300 soldiers were killed" is the 12th and 300).
     * A space after a thousands comma ("100, 000", a typing slip) keeps one number when the group after it opens with
     * a zero: no number of a list is written so, while "5, 200" may be two.
     */
    private static final String DIGITS = "\\d{1,3}(?:,(?: (?=0))?\\d{3})+(?:\\.\\d+)?"
            + "|(?<!(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s)"
            + "\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+(?![\\d]|[,.]\\d)"
            + "|\\d+(?:\\.\\d+)?";
    /**
     * "15 thousand", "11k", "1.5K": a scale word or a "k" for thousands; "1,000-plus" and "3,000+" keep their sign of
     * more in the figure's words (see {@link NumberValues#signOfMore}) rather than being cut to "1,000" or dropped;
     * "3,000-odd" keeps its sign of roughness so (round 42: {@link NumberValues#signOfRoughly}).
     */
    private static final String NUMBER = "(?:" + DIGITS + ")(?:[ -]" + MULTIPLIER + "|k(?![\\p{L}\\p{N}]))?"
            + "(?:(?:\\+|[ -]plus\\b|-odd\\b)(?!\\s*(?:\\d|an?\\s|" + WORD_NUMBER + "\\b)))?"; // "3,000 plus 200" adds
    private static final String WORDS = "(?:(?:" + WORD_NUMBER + "|a)(?:[ -]" + MULTIPLIER + ")+|" + WORD_NUMBER + ")";
    /** A number cut short before its own scale word ("two" of "two dozen" when no reading takes both) is no number. */
    private static final String SCALE_AFTER = "[ -](?:dozen|hundred|thousand|million)s?\\b"
            + "|\\s+and\\s+an?\\s+half\\b|[ -]and[ -]a[ -]half\\b";

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}$€£#.,:/%-])(?:"
                    + "(?<between>between\\s+)?(?<lo>" + NUMBER + ")\\s*(?<sep>-|to|and|or|\\(or\\))\\s*(?<hi>" + NUMBER + ")"
                    + "|(?<num>" + NUMBER + ")"
                    + "|(?<wbetween>between\\s+)?(?<wlo>" + WORDS + ")\\s+(?<wsep>to|and)\\s+(?<whi>" + WORDS + ")"
                    + "(?![-\\p{L}])"
                    + "|(?<words>" + WORDS + ")(?:-(?<tail>\\d{1,3})(?![\\d,]))?"
                    + ")(?![\\p{L}\\p{N}%]|,\\d|\\.\\d|:\\d|" + SCALE_AFTER + ")",
            Pattern.CASE_INSENSITIVE);

    /**
     * Round 53: words no adjective is made of, after what was a dash glued to a number ("estimates of about 600—at a
     * meeting", folded to "600-at" by {@link TextNormalizer}): the dash opens an aside, so the number stands alone. Not
     * "in", "on", "to", "of" or "a": "one-in-three", "one-on-one", "one-to-one", "3-of-5" and "3-a-side" are adjectives.
     */
    private static final String DASH_BEFORE = "(?i:at|and|or|but|the|from|with|as|which|who|while|when|where|is|was|"
            + "were|are|according|including|than|that)\\b";

    /**
     * A hyphen and a word after a number make an adjective ("120-day"), except the words that size a body of troops
     * ("12,000-strong", round 42: "a 3,000-man contingent", "a 500-member unit"; see FigureFrames#strengthOf).
     */
    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile(
            "-(?!strong\\b|man\\b|men\\b|member\\b|person\\b|soldier\\b|troop\\b|" + DASH_BEFORE + ")\\p{L}");

    private final PhraseMatcher vague;

    QuantityFinder(List<String> vagueQuantities) {
        this.vague = new PhraseMatcher(vagueQuantities);
    }

    /** Words that can start a number in words; a sentence with none of them and no digit skips the number pattern. */
    private static final PhraseMatcher NUMBER_WORDS = new PhraseMatcher(List.of(("one two three four five six seven"
            + " eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty"
            + " forty fifty sixty seventy eighty ninety a between").split(" ")));

    List<Quantity> find(String sentence) {
        List<Quantity> found = new ArrayList<>();
        findNumbers(sentence, found);
        for (PhraseMatcher.Hit hit : vague.find(sentence)) {
            // "half a dozen": a vague phrase that holds a number whole is the wording, not the number inside it
            boolean holds = found.stream().anyMatch(q -> q.start() < hit.end() && hit.start() < q.end())
                    && found.stream().allMatch(q -> q.end() <= hit.start() || q.start() >= hit.end()
                    || hit.start() <= q.start() && q.end() <= hit.end());
            if (holds) {
                found.removeIf(q -> hit.start() <= q.start() && q.end() <= hit.end());
            }
            boolean overlaps = found.stream().anyMatch(q -> q.start() < hit.end() && hit.start() < q.end());
            if (!overlaps && !pointerNumber(sentence, hit)) {
                found.add(new Quantity(hit.start(), hit.end(), null, null));
            }
        }
        found.sort(Comparator.comparingInt(Quantity::start));
        return found;
    }

    /**
     * "3,000 are in Russia, a number that is set to rise to 12,000": "a number" heading a relative clause is the noun
     * that points at a figure, not a vague count ("a number of troops", "a number have died" count).
     */
    private static final Pattern POINTER_RELATIVE = Pattern.compile("(?i)\\s+(?:that|which)\\b");
    /**
     * Round 63: what may follow "a number" that counts: "of" ("a number of troops") or a verb it is the subject of ("a
     * number have died", "a number were captured").
     */
    private static final Pattern COUNTING_AFTER = Pattern.compile(
            "(?i)\\s+(?:of|have|has|had|are|were|is|was|will|would|may|might|could|remain|remained|died|went)\\b");
    /** A comma right before: "a number" set off beside the figure it points at. */
    private static final Pattern COMMA_BEFORE = Pattern.compile(",\\s*$");

    private static boolean pointerNumber(String sentence, PhraseMatcher.Hit hit) {
        if (!hit.phrase().equals("a number")) {
            return false;
        }
        if (POINTER_RELATIVE.matcher(sentence).region(hit.end(), sentence.length()).lookingAt()) {
            return true;
        }
        // "The 10,000 troops, a number first reported by the NIS, are in Kursk": set off beside a figure, "a number"
        // names that figure (it had been read as a vague count of troops of its own)
        return COMMA_BEFORE.matcher(sentence).region(Math.max(0, hit.start() - 3), hit.start()).find()
                && !COUNTING_AFTER.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
    }

    /**
     * Tries the number pattern only where a number can start: a digit at a word start, a number word, "between", or
     * "a" before dozen/hundred/thousand/million. Trying it at every character costs more than all the rest.
     */
    private static void findNumbers(String sentence, List<Quantity> found) {
        int[] starts = candidateStarts(sentence);
        if (starts.length == 0) {
            return; // most sentences: a matcher of this pattern, with its many groups, costs more than the search
        }
        Matcher m = QUANTITY.matcher(sentence);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int resumeAt = 0;
        for (int start : starts) {
            if (start < resumeAt) {
                continue;
            }
            m.region(start, sentence.length());
            if (!m.lookingAt()) {
                continue;
            }
            if (m.group("wlo") != null && m.group("wbetween") == null && m.group("wsep").equalsIgnoreCase("and")
                    && !hundredAnd(m.group("wlo"), m.group("whi"))) {
                // "killed one and two thousand more were wounded": a bare "and" joins two numbers, not a range's ends
                m.region(start, m.end("wlo"));
                m.lookingAt();
            }
            // round 65: an editor's "(or)" in a transcribed quote ("a force of 11 (or) 12,000") is the speaker's "or"
            if (m.group("lo") != null && (m.group("sep").equalsIgnoreCase("or") || m.group("sep").equalsIgnoreCase("(or)"))
                    && !alternativeEnds(m)) {
                // "killed 12 or 3,000 were wounded": "or" joins two numbers, not two guesses at one figure
                m.region(start, m.end("lo"));
                m.lookingAt();
            }
            if (!isCompoundAdjective(sentence, m.end()) && !(m.group("num") != null && isYearHere(sentence, m))) {
                Quantity q = toQuantity(m);
                if (q != null) {
                    found.add(q);
                }
            }
            resumeAt = m.end();
        }
    }

    /**
     * "11,000 or 12,000", "11 or 12,000" (round 53): two guesses at one figure, read as a range, when the high end
     * shares a scale the low end lacks or is at most three times the low end; "12 or 3,000" is two numbers.
     */
    private static boolean alternativeEnds(Matcher m) {
        if (sharedMultiplier(m.group("lo"), m.group("hi")) != null) {
            return true;
        }
        Long lo = digits(m.group("lo"));
        Long hi = digits(m.group("hi"));
        return lo != null && hi != null && lo < hi && hi <= 3 * lo;
    }

    /** Ascending and distinct: digit runs at a word start, and number words (each list is found in order). */
    private static int[] candidateStarts(String s) {
        int[] digits = new int[8];
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                if (d == digits.length) {
                    digits = java.util.Arrays.copyOf(digits, d * 2);
                }
                digits[d++] = i;
            }
        }
        List<PhraseMatcher.Hit> words = NUMBER_WORDS.find(s);
        int[] starts = new int[d + words.size()];
        int n = 0;
        int k = 0;
        for (PhraseMatcher.Hit hit : words) {
            if (hit.phrase().equals("a") && !A_MULTIPLIER.matcher(s).region(hit.end(), s.length()).lookingAt()) {
                continue;
            }
            while (k < d && digits[k] < hit.start()) {
                starts[n++] = digits[k++];
            }
            if (k < d && digits[k] == hit.start()) {
                k++;
            }
            starts[n++] = hit.start();
        }
        while (k < d) {
            starts[n++] = digits[k++];
        }
        return java.util.Arrays.copyOf(starts, n);
    }

    private static final Pattern A_MULTIPLIER = Pattern.compile("[ -](?i:dozen|hundred|thousand|million)\\b");

    private static Quantity toQuantity(Matcher m) {
        if (m.group("wlo") != null && m.group("wbetween") == null && m.group("wsep").equalsIgnoreCase("and")) {
            Long value = words(m.group("wlo") + " " + m.group("whi")); // only a scale word then "and" stays whole
            return new Quantity(m.start(), m.end(), value, value);
        }
        if (m.group("wlo") != null) {
            String multiplier = sharedMultiplier(m.group("wlo"), m.group("whi"));
            Long lo = words(multiplier == null ? m.group("wlo") : m.group("wlo") + " " + multiplier);
            Long hi = words(m.group("whi"));
            return lo == null || hi == null || lo > hi ? null : new Quantity(m.start(), m.end(), lo, hi);
        }
        if (m.group("lo") != null) {
            boolean range = m.group("between") != null || !m.group("sep").equalsIgnoreCase("and");
            String multiplier = range ? sharedMultiplier(m.group("lo"), m.group("hi")) : null;
            Long lo = digits(multiplier == null ? m.group("lo") : m.group("lo") + " " + multiplier);
            Long hi = digits(m.group("hi"));
            boolean yearSpan = isYear(m.group("lo")) && isYear(m.group("hi")) && hi - lo <= 30;
            if (lo == null || hi == null || lo > hi || yearSpan) {
                return null;
            }
            return new Quantity(m.start(), m.end(), lo, hi);
        }
        Long value = m.group("num") != null ? digits(m.group("num")) : words(m.group("words"));
        if (value != null && m.group("tail") != null) {
            value += Long.parseLong(m.group("tail")); // "four-thousand-100": Korean outlets' style for 4,100
        }
        return value == null ? null : new Quantity(m.start(), m.end(), value, value);
    }

    /** "120-day", "40-km", "3-year-old": a number glued to a noun by a hyphen describes that noun, it counts nothing. */
    private static boolean isCompoundAdjective(String sentence, int end) {
        return end < sentence.length() - 1 && COMPOUND_ADJECTIVE.matcher(sentence).region(end, sentence.length()).lookingAt();
    }

    /**
     * "in 2024", "since 2023", "December 2024", "2024." are years; "over 2000 North Korean soldiers" and "killed and
     * 1900 injured" are counts.
     */
    private static boolean isYearHere(String s, Matcher m) {
        if (!isYear(m.group("num"))) {
            return false;
        }
        String before = s.substring(Math.max(0, m.start() - 24), m.start());
        if (endsLikeCountLead(before) && COUNT_LEAD.matcher(before).find()) {
            return false;
        }
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 2));
        return endsLikeYearLead(before) && YEAR_LEAD.matcher(before).find() || after.isEmpty() || !after.startsWith(" ")
                || after.length() > 1 && !Character.isLetter(after.charAt(1));
    }

    /**
     * The last words {@link #COUNT_LEAD} and {@link #YEAR_LEAD} need, looked for by walking back from the window's end
     * before either is tried from every character of it (the two were two per cent of extraction's CPU).
     */
    static boolean endsLikeCountLead(String before) {
        int end = WindowEnds.trimEndForAnchor(before, 0, before.length());
        return WindowEnds.endsWithAny(before, 0, end, "of", "at", "to", "reached", "reach", "exceeded", "exceed",
                "surpassed", "topped", "numbered", "totalled", "totaled", "than", "about", "around", "nearly", "almost",
                "some", "approximately", "roughly", "estimated", "over", "least", "and", "had");
    }

    private static final String[] MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec"};

    /** See {@link #endsLikeCountLead}; {@link #YEAR_LEAD} may end in commas and hyphens too, and an abbreviation in a dot. */
    static boolean endsLikeYearLead(String before) {
        int end = before.length();
        while (end > 0 && (Character.isWhitespace(before.charAt(end - 1)) || before.charAt(end - 1) == ','
                || before.charAt(end - 1) == '-' || before.charAt(end - 1) == '\u0085')) {
            end--;
        }
        if (end > 0 && before.charAt(end - 1) == '.') {
            return WindowEnds.endsWithAny(before, 0, end - 1, MONTH_ABBREVIATIONS);
        }
        return WindowEnds.endsWithAny(before, 0, end, MONTH_ABBREVIATIONS)
                || WindowEnds.endsWithAny(before, 0, end, "in", "since", "by", "until", "till", "from", "early", "mid",
                "late", "year", "before", "after", "during", "through", "circa", "of", "january", "february", "march",
                "april", "may", "june", "july", "august", "september", "october", "november", "december");
    }

    /** Words after which a four-digit number is a count: "a minimum of 2000", "stand at 1900", "reached 2100". */
    static final Pattern COUNT_LEAD = Pattern.compile("(?i)\\b(?:minimum of|maximum of|total of|toll of|number of"
            + "|at|to|reached|reach|exceeded|exceed|surpassed|topped|stand at|stood at|numbered|totalled|totaled|than"
            + "|about|around|nearly|almost|some|approximately|roughly|estimated|over|least|excess of|upwards of|and|had)\\s*$");

    static final Pattern YEAR_LEAD = Pattern.compile(
            "(?i)(?:\\b(?:in|since|by|until|till|from|early|mid|late|year|before|after|during|through|circa"
                    + "|(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half) of)"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)[\\s,-]*$");

    /** Compiled once: these run for every number of every sentence, and String.matches compiles on each call. */
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private static boolean isYear(String number) {
        if (!FOUR_DIGITS.matcher(number).matches()) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= 1900 && n <= 2100;
    }

}
