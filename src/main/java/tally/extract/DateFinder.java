package tally.extract;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/** Finds date expressions in a sentence: calendar dates, weekdays, months and dates relative to the report. */
final class DateFinder {

    private static final String MONTH = "(?<month>January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
    private static final String WEEKDAY = "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d-])");
    private static final Pattern DAY = Pattern.compile(
            "(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?" + MONTH + "\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d,]\\d)"
                    + "(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d,])(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?");
    private static final Pattern WEEKDAY_ALONE = Pattern.compile("(?i:(?:last|this past|past)\\s+)?" + WEEKDAY);
    private static final Pattern MONTH_PHRASE = Pattern.compile(
            "(?i:in|during|since|at the (?:beginning|start|end|close) of|in (?:early|mid|late)|(?:early|mid|late)-?)\\s*-?"
                    + MONTH + "(?:\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?(?!\\s+[0-3]?\\d)");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?<phrase>last week|this week|earlier this week|past week|last month|earlier this month|this month"
                    + "|yesterday|today|the same day|that same day|the previous day|the day before)\\b");

    /** Month names as whole words: most sentences have none, and then the costly month patterns are skipped. */
    private static final PhraseMatcher MONTHS = new PhraseMatcher(List.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"));

    List<DateMention> find(String sentence) {
        List<DateMention> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean month = MONTHS.containsIn(sentence, 0, sentence.length());
        boolean day = lower.contains("day");
        if (sentence.indexOf('-') >= 0) {
            addIso(sentence, found);
        }
        if (month) {
            addDays(DAY.matcher(sentence), true, found);
            addDays(DAY_FIRST.matcher(sentence), false, found);
        }
        if (day) {
            addWeekdays(sentence, found);
        }
        if (month) {
            addMonths(sentence, found);
        }
        if (day || lower.contains("week") || lower.contains("month")) {
            Matcher rel = RELATIVE.matcher(sentence);
            while (rel.find()) {
                addIfFree(found, relative(rel));
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    private static void addIso(String sentence, List<DateMention> found) {
        Matcher iso = ISO.matcher(sentence);
        while (iso.find()) {
            found.add(new DateMention(iso.start(), iso.end(), DateMention.Kind.DAY, Integer.parseInt(iso.group("y")),
                    Integer.parseInt(iso.group("m")), Integer.parseInt(iso.group("d")), null, 0));
        }
    }

    private static void addWeekdays(String sentence, List<DateMention> found) {
        Matcher wd = WEEKDAY_ALONE.matcher(sentence);
        while (wd.find()) {
            addIfFree(found, new DateMention(wd.start(), wd.end(), DateMention.Kind.WEEKDAY, null, null, null,
                    weekday(wd.group("weekday")), 0));
        }
    }

    private static void addMonths(String sentence, List<DateMention> found) {
        Matcher mp = MONTH_PHRASE.matcher(sentence);
        while (mp.find()) {
            addIfFree(found, new DateMention(mp.start(), mp.end(), DateMention.Kind.MONTH, year(mp.group("year")),
                    month(mp.group("month")), null, null, 0));
        }
    }

    private static void addDays(Matcher m, boolean hasWeekday, List<DateMention> found) {
        while (m.find()) {
            int day = Integer.parseInt(m.group("day"));
            if (day < 1 || day > 31) {
                continue;
            }
            String wd = hasWeekday ? m.group("weekday") : null;
            addIfFree(found, new DateMention(m.start(), m.end(), DateMention.Kind.DAY, year(m.group("year")),
                    month(m.group("month")), day, wd == null ? null : weekday(wd), 0));
        }
    }

    private static DateMention relative(Matcher m) {
        String phrase = m.group("phrase").toLowerCase(Locale.ROOT);
        DateMention.Kind kind;
        int offset;
        switch (phrase) {
            case "last week", "past week" -> { kind = DateMention.Kind.RELATIVE_WEEK; offset = -1; }
            case "this week", "earlier this week" -> { kind = DateMention.Kind.RELATIVE_WEEK; offset = 0; }
            case "last month" -> { kind = DateMention.Kind.RELATIVE_MONTH; offset = -1; }
            case "earlier this month", "this month" -> { kind = DateMention.Kind.RELATIVE_MONTH; offset = 0; }
            case "yesterday", "the previous day", "the day before" -> { kind = DateMention.Kind.RELATIVE_DAY; offset = -1; }
            case "today" -> { kind = DateMention.Kind.RELATIVE_DAY; offset = 0; }
            default -> { kind = DateMention.Kind.SAME_DAY; offset = 0; }
        }
        return new DateMention(m.start(), m.end(), kind, null, null, null, null, offset);
    }

    private static void addIfFree(List<DateMention> found, DateMention candidate) {
        boolean overlaps = found.stream().anyMatch(d -> d.start() < candidate.end() && candidate.start() < d.end());
        if (!overlaps) {
            found.add(candidate);
        }
    }

    private static Integer year(String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    static int month(String text) {
        String key = text.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(key) + 1;
    }

    private static DayOfWeek weekday(String text) {
        return DayOfWeek.valueOf(text.toUpperCase(Locale.ROOT));
    }
}
