package tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * more in the figure's words (see {@link #MORE_SUFFIX}) rather than being cut to "1,000" or dropped.
     */
    private static final String NUMBER = "(?:" + DIGITS + ")(?:[ -]" + MULTIPLIER + "|k(?![\\p{L}\\p{N}]))?"
            + "(?:\\+|[ -]plus\\b)?";
    private static final String WORDS = "(?:(?:" + WORD_NUMBER + "|a)(?:[ -]" + MULTIPLIER + ")+|" + WORD_NUMBER + ")";
    /** A number cut short before its own scale word ("two" of "two dozen" when no reading takes both) is no number. */
    private static final String SCALE_AFTER = "[ -](?:dozen|hundred|thousand|million)s?\\b"
            + "|\\s+and\\s+an?\\s+half\\b|[ -]and[ -]a[ -]half\\b";

    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\p{N}$€£#.,:/%-])(?:"
                    + "(?<between>between\\s+)?(?<lo>" + NUMBER + ")\\s*(?<sep>-|to|and)\\s*(?<hi>" + NUMBER + ")"
                    + "|(?<num>" + NUMBER + ")"
                    + "|(?<wbetween>between\\s+)?(?<wlo>" + WORDS + ")\\s+(?<wsep>to|and)\\s+(?<whi>" + WORDS + ")"
                    + "(?![-\\p{L}])"
                    + "|(?<words>" + WORDS + ")(?:-(?<tail>\\d{1,3})(?![\\d,]))?"
                    + ")(?![\\p{L}\\p{N}%]|,\\d|\\.\\d|:\\d|" + SCALE_AFTER + ")",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COMPOUND_ADJECTIVE = Pattern.compile("-(?!strong)\\p{L}");

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1));

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

    private static boolean pointerNumber(String sentence, PhraseMatcher.Hit hit) {
        return hit.phrase().equals("a number")
                && POINTER_RELATIVE.matcher(sentence).region(hit.end(), sentence.length()).lookingAt();
    }

    /**
     * Tries the number pattern only where a number can start: a digit at a word start, a number word, "between", or
     * "a" before dozen/hundred/thousand/million. Trying it at every character costs more than all the rest.
     */
    private static void findNumbers(String sentence, List<Quantity> found) {
        Matcher m = QUANTITY.matcher(sentence);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        int resumeAt = 0;
        for (int start : candidateStarts(sentence)) {
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
            if (!isCompoundAdjective(sentence, m.end()) && !(m.group("num") != null && isYearHere(sentence, m))) {
                Quantity q = toQuantity(m);
                if (q != null) {
                    found.add(q);
                }
            }
            resumeAt = m.end();
        }
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

    /**
     * "one hundred and fifty", "two thousand and five hundred", "two hundred and three thousand": a scale word, "and",
     * then a number word whose own scale, if any, differs is one number, as British English writes it, not two or a
     * range ("one thousand and two thousand" is two); "between" still makes a range.
     */
    private static boolean hundredAnd(String lo, String hi) {
        String[] loWords = SPACES_OR_HYPHENS.split(lo.toLowerCase(Locale.ROOT));
        String[] hiWords = SPACES_OR_HYPHENS.split(hi.toLowerCase(Locale.ROOT));
        long loScale = multiplier(loWords[loWords.length - 1]);
        long hiScale = multiplier(hiWords[hiWords.length - 1]);
        return loScale >= 100L && SMALL.containsKey(hiWords[0]) && !hiWords[0].equals("a") && hiScale != loScale;
    }

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

    /**
     * "ten to fourteen thousand", "25-30 thousand", "between 10 and 12 thousand": a low end with no multiplier of its
     * own, smaller than the high end's number before its multiplier, shares that multiplier (returned, or null when
     * the low end is a number of its own, as in "500 to 2 thousand").
     */
    private static String sharedMultiplier(String lo, String hi) {
        String[] loWords = SPACES_OR_HYPHENS.split(lo.toLowerCase(Locale.ROOT));
        if (multiplier(loWords[loWords.length - 1]) != 1L || lo.toLowerCase(Locale.ROOT).endsWith("k")) {
            return null;
        }
        String[] hiWords = SPACES_OR_HYPHENS.split(hi.toLowerCase(Locale.ROOT));
        String last = hiWords[hiWords.length - 1];
        if (hiWords.length == 1 && last.endsWith("k")) { // "10-12k": the low end counts thousands too
            Double base = plainValue(hi.substring(0, hi.length() - 1));
            Double low = plainValue(lo);
            return base == null || low == null || low >= base ? null : "thousand";
        }
        if (multiplier(last) == 1L || hiWords.length < 2) {
            return null;
        }
        int baseEnd = hi.length() - last.length();
        while (baseEnd > 0 && (hi.charAt(baseEnd - 1) == ' ' || hi.charAt(baseEnd - 1) == '-')) {
            baseEnd--;
        }
        Double base = plainValue(hi.substring(0, baseEnd));
        Double low = plainValue(lo);
        return base == null || low == null || low >= base ? null : last;
    }

    /** The value of a number with no multiplier, fractions kept ("1.5"), or null when it is none. */
    private static Double plainValue(String number) {
        if (number.isEmpty() || !Character.isDigit(number.charAt(0))) {
            Long value = number.isEmpty() ? null : words(number);
            return value == null ? null : value.doubleValue();
        }
        try {
            return Double.parseDouble(dotsAsThousands(SPACE_BEFORE_THOUSANDS.matcher(number).replaceAll(""))
                    .replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
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
    private static final Pattern SPACE_BEFORE_THOUSANDS = Pattern.compile("(?<=[\\d,])[ \\u00A0\\u202F](?=\\d{3}(?!\\d))");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ -]");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[ -]+");

    private static boolean isYear(String number) {
        if (!FOUR_DIGITS.matcher(number).matches()) {
            return false;
        }
        int n = Integer.parseInt(number);
        return n >= 1900 && n <= 2100;
    }

    /** "3.000", "12.500": groups of three digits after dots, as many European-written pages put thousands. */
    private static final Pattern DOT_THOUSANDS = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+");

    /**
     * A number with no scale word whose dots all stand before groups of three digits counts thousands ("nearly 3.000
     * soldiers" is 3,000, not three): a count of people has no fraction. With a scale word the dot is a decimal
     * point ("1.500 million" keeps 1.5 million).
     */
    private static String dotsAsThousands(String number) {
        return DOT_THOUSANDS.matcher(number).matches() ? number.replace(".", "") : number;
    }

    /** "3,000+", "1,000-plus", "1,000 plus": a number the source says is exceeded. */
    private static final Pattern MORE_SUFFIX = Pattern.compile("(?i)(?:\\+|[ -]plus)$");

    /** Whether the quantity's own words end in a sign of more ("1,000-plus"): its qualifier is "more than". */
    static boolean signOfMore(String s, Quantity q) {
        return !q.vague() && MORE_SUFFIX.matcher(s).region(q.start(), q.end()).find();
    }

    static Long digits(String text) {
        String lower = MORE_SUFFIX.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        boolean kilo = lower.endsWith("k"); // "11k": thousands, as social media and some outlets write them
        String[] parts = SPACE_OR_HYPHEN.split(
                SPACE_BEFORE_THOUSANDS.matcher(kilo ? lower.substring(0, lower.length() - 1) : lower).replaceAll(""));
        try {
            String number = parts.length == 1 && !kilo ? dotsAsThousands(parts[0]) : parts[0];
            double value = Double.parseDouble(number.replace(",", "")) * (kilo ? 1_000 : 1);
            for (int i = 1; i < parts.length; i++) {
                value *= multiplier(parts[i]);
            }
            return value > 1e12 ? null : Math.round(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long words(String text) {
        long total = 0;
        long current = 0;
        for (String word : SPACES_OR_HYPHENS.split(text.toLowerCase(Locale.ROOT))) {
            Integer small = SMALL.get(word);
            if (multiplier(word) == 12L) {
                current = Math.max(current, 1) * 12;
            } else if (small != null) {
                current += small;
            } else if (multiplier(word) == 100L) {
                current = Math.max(current, 1) * 100;
            } else if (multiplier(word) > 100L) {
                total += Math.max(current, 1) * multiplier(word);
                current = 0;
            } else {
                return null;
            }
        }
        return total + current;
    }

    private static long multiplier(String word) {
        return switch (word.endsWith("s") ? word.substring(0, word.length() - 1) : word) {
            case "dozen" -> 12L;
            case "hundred" -> 100L;
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            default -> 1L;
        };
    }
}
