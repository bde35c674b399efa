package tally.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of numbers as {@link QuantityFinder} finds them written: digits with separators, scale words and a "k"
 * ("3,000", "3.000", "1.5 million", "11k"), number words ("two dozen", "one hundred and fifty") and the ends of a
 * range that share a scale word ("ten to fourteen thousand"). Split from the finder in round 39, when scale words,
 * "k" and signs of more were added, so that finding and valuing stay apart.
 */
final class NumberValues {

    private NumberValues() {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1));

    /**
     * "one hundred and fifty", "two thousand and five hundred", "two hundred and three thousand": a scale word, "and",
     * then a number word whose own scale, if any, differs is one number, as British English writes it, not two or a
     * range ("one thousand and two thousand" is two); "between" still makes a range.
     */
    static boolean hundredAnd(String lo, String hi) {
        String[] loWords = SPACES_OR_HYPHENS.split(lo.toLowerCase(Locale.ROOT));
        String[] hiWords = SPACES_OR_HYPHENS.split(hi.toLowerCase(Locale.ROOT));
        long loScale = multiplier(loWords[loWords.length - 1]);
        long hiScale = multiplier(hiWords[hiWords.length - 1]);
        return loScale >= 100L && SMALL.containsKey(hiWords[0]) && !hiWords[0].equals("a") && hiScale != loScale;
    }

    /**
     * "ten to fourteen thousand", "25-30 thousand", "between 10 and 12 thousand": a low end with no multiplier of its
     * own, smaller than the high end's number before its multiplier, shares that multiplier (returned, or null when
     * the low end is a number of its own, as in "500 to 2 thousand").
     */
    static String sharedMultiplier(String lo, String hi) {
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
        if (hiWords.length == 1 && THOUSANDS_ONLY.matcher(hi).matches() && PLAIN_SMALL.matcher(lo).matches()) {
            // round 53: "11-12,000", "11 or 12,000": the low end shares the high end's thousands when it is below the
            // high end's leading group (so "500-1,000" stays five hundred to a thousand)
            long leading = Long.parseLong(hi.substring(0, hi.indexOf(',')));
            return Long.parseLong(lo) < leading ? (hi.length() - hi.indexOf(',') > 4 ? "million" : "thousand") : null;
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

    private static final Pattern SPACE_BEFORE_THOUSANDS = Pattern.compile("(?<=[\\d,])[ \\u00A0\\u202F](?=\\d{3}(?!\\d))");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ -]");
    /** "12,000", "3,000,000": a whole number of thousands or millions written with commas. */
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("\\d{1,3}(?:,000){1,2}");
    /** "11": a bare number of up to three digits, which may be the low end of a range that shares a scale. */
    private static final Pattern PLAIN_SMALL = Pattern.compile("\\d{1,3}");
    private static final Pattern SPACES_OR_HYPHENS = Pattern.compile("[ -]+");

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

    /** "3,000-odd": a number the source gives as a round figure (round 42). */
    private static final Pattern ROUGH_SUFFIX = Pattern.compile("(?i)-odd$");

    /** Whether the quantity's own words end in a sign of roughness ("3,000-odd"): its qualifier is "about". */
    static boolean signOfRoughly(String s, Quantity q) {
        return !q.vague() && ROUGH_SUFFIX.matcher(s).region(q.start(), q.end()).find();
    }

    static Long digits(String text) {
        String lower = ROUGH_SUFFIX.matcher(MORE_SUFFIX.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll("");
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

    static long multiplier(String word) {
        return switch (word.endsWith("s") ? word.substring(0, word.length() - 1) : word) {
            case "dozen" -> 12L;
            case "hundred" -> 100L;
            case "thousand" -> 1_000L;
            case "million" -> 1_000_000L;
            default -> 1L;
        };
    }
}
