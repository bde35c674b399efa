package tally.extract;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Finds date expressions in a sentence: calendar dates, weekdays, months and dates relative to the report. Month and
 * weekday names are found first (one cheap scan); the patterns then run only around them, so a sentence without a
 * date costs almost nothing.
 */
final class DateFinder {

    private static final PhraseMatcher MONTHS = new PhraseMatcher(List.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"));
    private static final PhraseMatcher WEEKDAYS = new PhraseMatcher(List.of("Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday"));

    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(?<y>(?:19|20)\\d\\d)-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\d-])");
    /** After a month name: " 16", " 16th", " 16, 2024", ". 1" (for "Dec. 1"). */
    private static final Pattern DAY_AFTER_MONTH = Pattern.compile(
            "\\.?\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d,]\\d|\\d)(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?");
    /**
     * After a month name, a span of its days: " 23-26", " 23 to 26, 2025". No one day is the date, so the span is read
     * as its month: "during his visit on Feb. 23-26" happened in February, on no day the text singles out.
     */
    private static final Pattern DAYS_AFTER_MONTH = Pattern.compile("\\.?\\s+[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:[-\u2013\u2014]|to|through"
            + "|until)\\s*[0-3]?\\d(?:st|nd|rd|th)?(?![\\d,]\\d|\\d)(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?");
    /** Before a month name, a span of its days: "23-26 ", "23 to 26 of ". */
    static final Pattern DAYS_BEFORE = Pattern.compile(
            "(?<![\\d,.])[0-3]?\\d(?:st|nd|rd|th)?\\s*(?:[-\u2013\u2014]|to|through|until)\\s*[0-3]?\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?$");
    /** Before a month name: "Monday, ", "Monday the ". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile(
            "(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?:the\\s+)?$");
    /** Before a month name: "16 ", "16th of ". */
    static final Pattern DAY_BEFORE = Pattern.compile("(?<![\\d,.])(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?$");
    /** After a month name with no day: an optional year. */
    private static final Pattern YEAR_AFTER = Pattern.compile("\\.?(?:,?\\s+(?<year>(?:19|20)\\d\\d)(?!\\d))?");
    /** Before a month name with no day: "in ", "at the end of ", "in late ", "mid-". */
    static final Pattern MONTH_LEAD = Pattern.compile(
            "(?i:\\b(?:in|during|since|at the (?:beginning|start|end|close) of|in (?:early|mid|late)|(?:early|mid|late)))\\s*-?\\s*$");
    private static final Pattern LAST_BEFORE = Pattern.compile("(?i:\\b(?:last|this past|past))\\s+$");
    /** "on the 19th", "on the 3rd": a day of the month the article names by its own date. */
    static final Pattern DAY_OF_MONTH = Pattern.compile("\\b[Oo]n the (?<day>[0-3]?\\d)(?:st|nd|rd|th)\\b"
            + "(?!\\s+(?:floor|storey|story|century|day|anniversary|round|minute|hour|week|month|year|page|line|place"
            + "|attempt|lap|birthday|session|time|of (?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December))\\b)");
    static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(?<phrase>this weekend|over the weekend|at the weekend|last weekend|this past weekend"
                    + "|past weekend|last week|this week|earlier this week|earlier in the week|past week|last month"
                    + "|earlier this month|earlier in the month|this month"
                    + "|earlier in the day|later in the day|earlier today|earlier on the day"
                    + "|yesterday|today|the same day|that same day|the previous day|the day before"
                    + "|(?:a|one|two|three) days? later|the next day|the following day)\\b");

    List<DateMention> find(String sentence) {
        List<DateMention> found = new ArrayList<>();
        if (sentence.indexOf('-') >= 0) {
            addIso(sentence, found);
        }
        for (PhraseMatcher.Hit month : MONTHS.find(sentence)) {
            addAroundMonth(sentence, month, found);
        }
        for (PhraseMatcher.Hit weekday : WEEKDAYS.find(sentence)) {
            Matcher last = LAST_BEFORE.matcher(sentence.substring(Math.max(0, weekday.start() - 12), weekday.start()));
            boolean saysLast = last.find();
            int start = saysLast ? weekday.start() - (last.end() - last.start()) : weekday.start();
            int ofLastWeek = ofLastWeek(sentence, weekday.end());
            int offset = ofLastWeek >= 0 ? -1 : saysLast ? DateMention.BEFORE_THE_REPORT : 0;
            addIfFree(found, new DateMention(start, ofLastWeek < 0 ? weekday.end() : ofLastWeek,
                    DateMention.Kind.WEEKDAY, null, null, null, weekday(weekday.phrase()), offset));
        }
        if (hasOnTheDigit(sentence)) {
            Matcher dom = DAY_OF_MONTH.matcher(sentence);
            while (dom.find()) {
                int day = Integer.parseInt(dom.group("day"));
                if (day >= 1 && day <= 31) {
                    addIfFree(found, new DateMention(dom.start(), dom.end(), DateMention.Kind.DAY_OF_MONTH, null, null,
                            day, null, 0));
                }
            }
        }
        if (mentionsDayWeekOrMonth(sentence)) {
            Matcher rel = RELATIVE.matcher(sentence);
            while (rel.find()) {
                addIfFree(found, relative(rel));
            }
            Matcher ago = AGO.matcher(sentence);
            while (ago.find()) {
                addIfFree(found, ago(ago));
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return found;
    }

    /**
     * "on Friday last week", "Monday of last week": the weekday names a day of the week before the report's (on a
     * Tuesday, Friday last week is eleven days back, not four; "on Friday" alone is the latest Friday). Returns where
     * the week words end, or -1 when none follow the weekday.
     */
    private static int ofLastWeek(String sentence, int weekdayEnd) {
        return wordsAfter(sentence, weekdayEnd, LAST_WEEK_AFTER);
    }

    /**
     * "January 11 last year", "in May of last year": the month in the year before the report's. Returns where the
     * words end, or -1.
     */
    private static int lastYear(String sentence, int end) {
        return wordsAfter(sentence, end, LAST_YEAR_AFTER);
    }

    /** Where the first of {@code options} that stands at {@code at} as whole words (any case) ends, or -1. */
    private static int wordsAfter(String sentence, int at, List<String> options) {
        for (String words : options) {
            if (sentence.regionMatches(true, at, words, 0, words.length())) {
                int end = at + words.length();
                return end == sentence.length() || !Character.isLetterOrDigit(sentence.charAt(end)) ? end : -1;
            }
        }
        return -1;
    }

    private static final List<String> LAST_YEAR_AFTER = List.of(" last year", " of last year", ", last year",
            " the previous year", " of the previous year");

    private static final List<String> LAST_WEEK_AFTER = List.of(" last week", " of last week", ", last week",
            " the previous week", " of the previous week", " the week before");

    /**
     * What {@link #DAY_OF_MONTH} needs ("n the " and a digit) looked for first: the regex engine would try the pattern
     * from every character of nearly every sentence, since nearly every sentence has a " the ".
     */
    static boolean hasOnTheDigit(String sentence) {
        for (int i = sentence.indexOf("n the "); i >= 0; i = sentence.indexOf("n the ", i + 1)) {
            int next = i + "n the ".length();
            if (next < sentence.length() && Character.isDigit(sentence.charAt(next))) {
                return true;
            }
        }
        return false;
    }

    private static void addIso(String sentence, List<DateMention> found) {
        Matcher iso = ISO.matcher(sentence);
        while (iso.find()) {
            found.add(new DateMention(iso.start(), iso.end(), DateMention.Kind.DAY, Integer.parseInt(iso.group("y")),
                    Integer.parseInt(iso.group("m")), Integer.parseInt(iso.group("d")), null, 0));
        }
    }

    /** "Monday, December 23", "December 16, 2024", "Dec. 1", "16 December 2024", "in late October", "May 2025". */
    private static void addAroundMonth(String s, PhraseMatcher.Hit month, List<DateMention> found) {
        int m = DateFinder.month(month.phrase());
        if (month.phrase().equals("may") && !Character.isUpperCase(s.charAt(month.start()))) {
            return; // "may" the verb
        }
        String before = s.substring(Math.max(0, month.start() - 30), month.start());
        if (addDaySpan(s, month, m, before, found)) {
            return;
        }
        Matcher after = DAY_AFTER_MONTH.matcher(s).region(month.end(), s.length());
        if (after.lookingAt()) {
            int day = Integer.parseInt(after.group("day"));
            Matcher wd = WEEKDAY_BEFORE.matcher(before);
            boolean hasWeekday = wd.find();
            int start = hasWeekday ? month.start() - (before.length() - wd.start()) : month.start();
            int lastYear = after.group("year") == null ? lastYear(s, after.end()) : -1;
            if (day >= 1 && day <= 31) {
                addIfFree(found, new DateMention(start, lastYear < 0 ? after.end() : lastYear, DateMention.Kind.DAY,
                        year(after.group("year")), m, day, hasWeekday ? weekday(wd.group("weekday")) : null,
                        lastYear < 0 ? 0 : -1));
            }
            return;
        }
        Matcher yearAfter = YEAR_AFTER.matcher(s).region(month.end(), s.length());
        boolean matched = yearAfter.lookingAt();
        int end = matched ? yearAfter.end() : month.end();
        Integer year = matched ? year(yearAfter.group("year")) : null;
        Matcher dayBefore = DAY_BEFORE.matcher(before);
        if (hasDigit(before) && dayBefore.find()) {
            int day = Integer.parseInt(dayBefore.group("day"));
            int start = month.start() - (before.length() - dayBefore.start());
            // "on Friday 25 December 2024": the weekday belongs to the date, which wins over it (README: a stated
            // date always wins), so the weekday is no date of its own even when the two disagree
            Matcher wd = WEEKDAY_BEFORE.matcher(s.substring(Math.max(0, start - 12), start));
            boolean hasWeekday = wd.find();
            if (day >= 1 && day <= 31) {
                addIfFree(found, new DateMention(hasWeekday ? start - (wd.end() - wd.start()) : start, end,
                        DateMention.Kind.DAY, year, m, day, hasWeekday ? weekday(wd.group("weekday")) : null, 0));
            }
            return;
        }
        Matcher lead = MONTH_LEAD.matcher(before);
        if (endsLikeMonthLead(before) && lead.find()) {
            int lastYear = year == null ? lastYear(s, end) : -1;
            addIfFree(found, new DateMention(month.start() - (before.length() - lead.start()),
                    lastYear < 0 ? end : lastYear, DateMention.Kind.MONTH, year, m, null, null, lastYear < 0 ? 0 : -1));
        }
    }

    /** "Feb. 23-26", "23-26 February 2025": a span of days in one month, added as that month; false when none. */
    private static boolean addDaySpan(String s, PhraseMatcher.Hit month, int m, String before, List<DateMention> found) {
        Matcher after = DAYS_AFTER_MONTH.matcher(s).region(month.end(), s.length());
        if (after.lookingAt()) {
            addIfFree(found, new DateMention(month.start(), after.end(), DateMention.Kind.MONTH,
                    year(after.group("year")), m, null, null, 0));
            return true;
        }
        Matcher days = DAYS_BEFORE.matcher(before);
        if (!hasDigit(before) || !days.find()) {
            return false;
        }
        Matcher yearAfter = YEAR_AFTER.matcher(s).region(month.end(), s.length());
        boolean matched = yearAfter.lookingAt();
        addIfFree(found, new DateMention(month.start() - (before.length() - days.start()),
                matched ? yearAfter.end() : month.end(), DateMention.Kind.MONTH,
                matched ? year(yearAfter.group("year")) : null, m, null, null, 0));
        return true;
    }

    /**
     * What {@link #DAY_BEFORE} and {@link #DAYS_BEFORE} need, a digit, looked for before they are tried from every
     * character of the words before a month name: most months are named with no day before them ("on October 5").
     */
    static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What {@link #MONTH_LEAD} needs at the end of the words before a month name, walking back over white space and
     * one hyphen: one of its last words ("in", "of", "mid-", ...).
     */
    static boolean endsLikeMonthLead(String before) {
        int end = WindowEnds.trimEndForAnchor(before, 0, before.length());
        if (end > 0 && before.charAt(end - 1) == '-') {
            end = WindowEnds.trimEndForAnchor(before, 0, end - 1);
        }
        return WindowEnds.endsWithAny(before, 0, end, "in", "during", "since", "of", "early", "mid", "late");
    }

    /**
     * What {@link #RELATIVE} needs ("day", "week" or "month", in any case: its {@code (?i)} folds ASCII only) looked for
     * in one pass over the sentence: three case-blind searches, one per word, were 4% of ingest's CPU.
     */
    static boolean mentionsDayWeekOrMonth(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = (char) (s.charAt(i) | 0x20);
            if ((c == 'd' && foldedAt(s, i + 1, "ay")) || (c == 'w' && foldedAt(s, i + 1, "eek"))
                    || (c == 'm' && foldedAt(s, i + 1, "onth"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower}, lower-case ASCII letters, stands at {@code at} in any case. */
    private static boolean foldedAt(String s, int at, String lower) {
        if (at + lower.length() > s.length()) {
            return false;
        }
        for (int j = 0; j < lower.length(); j++) {
            if ((s.charAt(at + j) | 0x20) != lower.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "two weeks ago", "a month ago", "3 days ago" (round 60): counted back from the report's date by that many days,
     * weeks or months, as "yesterday", "last week" and "last month" are by one. A vague count ("a few days ago",
     * "several weeks ago") names no day, week or month, and is not read.
     */
    static final Pattern AGO = Pattern.compile("(?i)\\b(?<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})"
            + "\\s+(?<unit>days?|weeks?|months?)\\s+ago\\b");

    private static final List<String> SMALL_NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private static DateMention ago(Matcher m) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        int count = n.startsWith("a") ? 1 : Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL_NUMBERS.indexOf(n) + 1;
        String unit = m.group("unit").toLowerCase(Locale.ROOT);
        DateMention.Kind kind = unit.startsWith("day") ? DateMention.Kind.RELATIVE_DAY
                : unit.startsWith("week") ? DateMention.Kind.RELATIVE_WEEK : DateMention.Kind.RELATIVE_MONTH;
        return new DateMention(m.start(), m.end(), kind, null, null, null, null, -count);
    }

    private static DateMention relative(Matcher m) {
        String phrase = m.group("phrase").toLowerCase(Locale.ROOT);
        DateMention.Kind kind;
        int offset;
        switch (phrase) {
            case "this weekend" -> { kind = DateMention.Kind.WEEKEND; offset = DateMention.THIS_WEEKEND; }
            case "over the weekend", "at the weekend", "last weekend", "this past weekend", "past weekend" -> {
                kind = DateMention.Kind.WEEKEND;
                offset = 0;
            }
            case "last week", "past week" -> { kind = DateMention.Kind.RELATIVE_WEEK; offset = -1; }
            case "this week", "earlier this week", "earlier in the week" -> {
                kind = DateMention.Kind.RELATIVE_WEEK;
                offset = 0;
            }
            case "last month" -> { kind = DateMention.Kind.RELATIVE_MONTH; offset = -1; }
            case "earlier this month", "earlier in the month", "this month" -> {
                kind = DateMention.Kind.RELATIVE_MONTH;
                offset = 0;
            }
            case "yesterday", "the previous day", "the day before" -> { kind = DateMention.Kind.RELATIVE_DAY; offset = -1; }
            case "today", "earlier in the day", "later in the day", "earlier today", "earlier on the day" -> {
                kind = DateMention.Kind.RELATIVE_DAY;
                offset = 0;
            }
            case "a day later", "one day later", "the next day", "the following day" -> {
                kind = DateMention.Kind.SAME_DAY;
                offset = 1;
            }
            case "two days later" -> { kind = DateMention.Kind.SAME_DAY; offset = 2; }
            case "three days later" -> { kind = DateMention.Kind.SAME_DAY; offset = 3; }
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
