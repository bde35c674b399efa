package tally.app.question;

import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the dates of a question asked in Ukrainian, Russian or Korean into the English words the period parser
 * reads ("в январе 2025 года" → "in january 2025", "2025년 1월" → "in january 2025"), so such a question is bounded
 * by its period instead of being answered with every figure. Month forms and prepositions are data
 * ({@code periodWords} in questions.json); the Korean order of year, month and the counters 년 and 월 is structure.
 * Only whole words are replaced: "травм..." (injured) is no "травня" (of May).
 */
final class LocalDates {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern KOREAN_YEAR_MONTH = Pattern.compile("(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월");
    private static final Pattern KOREAN_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\s*월");
    private static final Pattern KOREAN_YEAR = Pattern.compile("(\\d{4})\\s*년");

    private final Map<String, String> monthByForm = new HashMap<>();
    private final Set<String> in = new HashSet<>();
    private final Set<String> yearWords = new HashSet<>();

    LocalDates(QuestionLexicon.PeriodWords words) {
        words.months().forEach((month, forms) -> forms.forEach(
                f -> monthByForm.put(f.strip().toLowerCase(Locale.ROOT), month.toLowerCase(Locale.ROOT))));
        words.in().forEach(w -> in.add(w.strip().toLowerCase(Locale.ROOT)));
        words.yearWords().forEach(w -> yearWords.add(w.strip().toLowerCase(Locale.ROOT)));
    }

    /** {@code lower} with its dates in English words; unchanged when it has none in another language. */
    String toEnglish(String lower) {
        String korean = korean(lower);
        if (monthByForm.isEmpty()) {
            return korean;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(korean);
        int last = 0;
        String pendingIn = null;
        while (m.find()) {
            String word = m.group();
            String month = monthByForm.get(word);
            boolean year = word.length() == 4 && word.chars().allMatch(Character::isDigit);
            out.append(korean, last, m.start());
            last = m.end();
            if (in.contains(word)) {
                resolvePendingIn(out, pendingIn, false); // "в в январе": only the last one can be the date's "in"
                pendingIn = word; // said as "in" only when a month or a year follows
                out.append("\u0000");
                continue;
            }
            String shown = month != null ? month : yearWords.contains(word) && precededByYear(out) ? "" : word;
            resolvePendingIn(out, pendingIn, month != null || year);
            pendingIn = null;
            out.append(shown);
        }
        out.append(korean.substring(last));
        resolvePendingIn(out, pendingIn, false);
        return out.toString();
    }

    private static void resolvePendingIn(StringBuilder out, String pendingIn, boolean beforeADate) {
        int at = out.indexOf("\u0000");
        if (at >= 0) {
            out.replace(at, at + 1, beforeADate ? "in" : pendingIn);
        }
    }

    private static boolean precededByYear(StringBuilder out) {
        String before = out.toString().stripTrailing();
        return before.length() >= 4 && before.substring(before.length() - 4).chars().allMatch(Character::isDigit);
    }

    private static String korean(String lower) {
        String s = replace(KOREAN_YEAR_MONTH.matcher(lower), m -> " in " + monthName(m.group(2)) + " " + m.group(1) + " ");
        s = replace(KOREAN_MONTH.matcher(s), m -> " in " + monthName(m.group(1)) + " ");
        return replace(KOREAN_YEAR.matcher(s), m -> " in " + m.group(1) + " ");
    }

    private static String monthName(String number) {
        int n = Integer.parseInt(number);
        return n >= 1 && n <= 12 ? Month.of(n).name().toLowerCase(Locale.ROOT) : number + "월";
    }

    private static String replace(Matcher m, java.util.function.Function<Matcher, String> with) {
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
