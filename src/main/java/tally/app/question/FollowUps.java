package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;

/**
 * A question that follows on from the asker's last one ("and how many were wounded?", "what about Zelensky?", "and in
 * January?") keeps what the last one asked and it does not say anew: the source, the period and the measures. It is
 * a follow-up only when it opens with one of {@code followUpOpeners} (questions.json: "and", "what about", "а", "그럼"),
 * so a question that merely names less is never narrowed by an earlier one. What was carried over is said in the
 * reply, so the reader sees which source and period the figures answer.
 */
final class FollowUps {

    /** The merged question and, for the reply, what it took from the last one: "source", "period", "measure". */
    record Carried(ParsedQuestion parsed, List<String> what) {
    }

    private final List<Phrases.Phrase> openers;
    private final List<Phrases.Phrase> fillers;
    private final List<Phrases.Phrase> aboutLast;
    private final List<Phrases.Phrase> beforeThen;
    private final List<Phrases.Phrase> afterThen;

    FollowUps(List<String> openers) {
        this(openers, List.of(), QuestionLexicon.ThenWords.NONE);
    }

    /**
     * @param aboutLast {@code aboutLastAnswer} phrases: a question that is only one of them asks about the last answer
     * @param then {@code thenWords}: phrases that place a follow-up's period against the last one's
     */
    FollowUps(List<String> openers, List<String> aboutLast, QuestionLexicon.ThenWords then) {
        this(openers, aboutLast, then, List.of());
    }

    /**
     * @param fillers {@code followUpFillers}: words a member may say before an opener ("ok and captured?", "so what
     *                about Seoul?", "hm, and wounded?"), skipped before the opener is looked for (trial 15: "ok and
     *                captured" was read as a new question)
     */
    FollowUps(List<String> openers, List<String> aboutLast, QuestionLexicon.ThenWords then, List<String> fillers) {
        this.fillers = fillers.stream().map(Phrases::compile).toList();
        this.openers = openers.stream().map(Phrases::compile).toList();
        this.aboutLast = aboutLast.stream().map(Phrases::compile).toList();
        this.beforeThen = then.before().stream().map(Phrases::compile).toList();
        this.afterThen = then.after().stream().map(Phrases::compile).toList();
    }

    private static final java.time.format.DateTimeFormatter DAY_TEXT =
            java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH);

    /**
     * The period a question such as "and before that?" or "since then?" asks for, placed against the one asked last:
     * up to the day before it began, or from the day after it ended. Null when the question has no such words, when
     * it has both kinds, or when the last period is open on that side (nothing lies before "before February 2025" that
     * it did not already cover, nor after "since January 2025", which runs to {@code today}).
     *
     * @param today the day questions are read on, or null when unknown (then only an open end stops "after")
     */
    tally.app.answer.@Nullable Period thenPeriod(List<String> words, tally.app.answer.@Nullable Period previous,
            java.time.@Nullable LocalDate today) {
        if (previous == null) {
            return null;
        }
        boolean before = Phrases.anyMatch(beforeThen, words);
        boolean after = Phrases.anyMatch(afterThen, words);
        @Nullable String last = lastPeriodInWords(previous);
        if (before && !after && previous.from().isAfter(tally.app.answer.Period.OPEN_START)) {
            java.time.LocalDate to = previous.from().minusDays(1);
            String upTo = "up to " + to.format(DAY_TEXT);
            return new tally.app.answer.Period(tally.app.answer.Period.OPEN_START, to,
                    last == null ? upTo + " (before the period asked last)" : "before " + last + " (" + upTo + ")");
        }
        java.time.LocalDate end = today == null ? tally.app.answer.Period.OPEN_END : today;
        if (after && !before && previous.to().isBefore(end)) {
            java.time.LocalDate from = previous.to().plusDays(1);
            String since = "from " + from.format(DAY_TEXT);
            return new tally.app.answer.Period(from, tally.app.answer.Period.OPEN_END,
                    last == null ? since + " (after the period asked last)" : "after " + last + " (" + since + ")");
        }
        return null;
    }

    /**
     * "in January 2025" is said "January 2025" after "before"; null for any other wording ("since last year (from 1 Jan
     * 2025)"), which reads badly after "before", so the reply gives the dates alone.
     */
    private static @Nullable String lastPeriodInWords(tally.app.answer.Period previous) {
        String text = previous.text();
        return text.startsWith("in ") && !text.contains("(") ? text.substring(3) : null;
    }

    /**
     * Whether the question's words are all of one {@code aboutLastAnswer} phrase ("when was that?", "source?"): such a
     * question has nothing of its own to answer, and read alone it got the help text and broke the chain of follow-ups
     * (trial 7). A longer question that merely holds such words ("what sources say 3,000 died?") is a question.
     */
    boolean asksAboutLast(List<String> words) {
        return aboutLast.stream().anyMatch(p -> p.size() == words.size() && Phrases.matchesAt(p, words, 0));
    }

    /** Whether the question names the last one's period ("before that", "since then"): it can only follow on. */
    boolean namesThen(List<String> words) {
        return Phrases.anyMatch(beforeThen, words) || Phrases.anyMatch(afterThen, words);
    }

    boolean opens(List<String> words) {
        int at = fillersEnd(words);
        return openers.stream().anyMatch(o -> Phrases.matchesAt(o, words, at));
    }

    /** How many of the first words are fillers before an opener ("ok", "so", "hm"): 0 when none is. */
    private int fillersEnd(List<String> words) {
        int at = 0;
        boolean more = true;
        while (more && at < words.size()) {
            more = false;
            for (Phrases.Phrase f : fillers) {
                if (Phrases.matchesAt(f, words, at)) {
                    at += f.size();
                    more = true;
                    break;
                }
            }
        }
        // a question of fillers only ("ok", "so?") opens with none
        int end = at;
        return openers.stream().anyMatch(o -> Phrases.matchesAt(o, words, end)) ? at : 0;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * Where the words after the opener start in {@code question} ("what about |South Korea?"), or -1 when it opens
     * with none ({@code words}: the question's, as {@link QuestionText} reads them): those words, read as if "according to" stood before them, may name the source asked for now.
     */
    int openerEnd(String question, List<String> words) {
        int at = fillersEnd(words);
        int longest = openers.stream().filter(o -> Phrases.matchesAt(o, words, at)).mapToInt(Phrases.Phrase::size)
                .max().orElse(0);
        if (longest == 0) {
            return -1;
        }
        java.util.regex.Matcher m = WORD.matcher(question);
        int end = 0;
        for (int k = 0; k < at + longest && m.find(); k++) {
            end = m.end();
        }
        return end;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    /**
     * "а в январе?" after a question about December 2024: a month the follow-up names without a year is the one
     * nearest the period asked before (January 2025), not the latest such month with claims. Null when the follow-up
     * gives a year, names no single month, or nothing was asked before.
     */
    static tally.app.answer.@Nullable Period monthNearPrevious(tally.app.answer.@Nullable Period current,
            tally.app.answer.@Nullable Period previous, String question) {
        if (current == null || previous == null || YEAR.matcher(question).find()
                || previous.from().equals(tally.app.answer.Period.OPEN_START)
                || current.from().getDayOfMonth() != 1
                || !current.to().equals(current.from().withDayOfMonth(current.from().lengthOfMonth()))) {
            return null;
        }
        java.time.YearMonth asked = java.time.YearMonth.from(current.from());
        java.time.YearMonth before = java.time.YearMonth.from(previous.from());
        java.time.YearMonth best = asked;
        for (int year = before.getYear() - 1; year <= before.getYear() + 1; year++) {
            java.time.YearMonth candidate = asked.withYear(year);
            if (Math.abs(months(candidate, before)) < Math.abs(months(best, before))) {
                best = candidate;
            }
        }
        if (best.equals(asked)) {
            return null;
        }
        String name = best.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
        return new tally.app.answer.Period(best.atDay(1), best.atEndOfMonth(), "in " + name + " " + best.getYear());
    }

    private static long months(java.time.YearMonth a, java.time.YearMonth b) {
        return java.time.temporal.ChronoUnit.MONTHS.between(b, a);
    }

    /** Null when {@code words} (the new question's) do not open as a follow-up or nothing is carried over. */
    @Nullable Carried carry(List<String> words, ParsedQuestion previous, ParsedQuestion current) {
        return carry(words, previous, current, false);
    }

    /**
     * @param follows whether the question follows on from the last one though it opens with no opener ("before
     *     that?" names the last period, so it can only be read against the last question)
     */
    @Nullable Carried carry(List<String> words, ParsedQuestion previous, ParsedQuestion current, boolean follows) {
        if (!(follows || opens(words)) || !previous.onTopic() || previous.sideBySide() || current.sideBySide()) {
            return null;
        }
        List<String> what = new ArrayList<>();
        boolean ownSource = current.claimant() != null || current.partyId() != null || current.unknownSource() != null;
        var claimant = ownSource ? current.claimant() : previous.claimant();
        String party = ownSource ? current.partyId() : previous.partyId();
        String unknown = ownSource ? current.unknownSource() : previous.unknownSource();
        if (!ownSource && (claimant != null || party != null || unknown != null)) {
            what.add("source");
        }
        var period = current.period() != null ? current.period() : previous.period();
        if (current.period() == null && previous.period() != null) {
            what.add("period");
        }
        var metrics = current.metrics().isEmpty() ? previous.metrics() : current.metrics();
        if (current.metrics().isEmpty() && !previous.metrics().isEmpty()) {
            what.add("measure");
        }
        // "how many generals died?" then "what about December?": still generals, which Tally does not count; the
        // follow-up had listed every North Korean death as its answer (trial 10)
        var subject = current.subject();
        if (subject.kind() == tally.app.answer.Subject.Kind.UNSTATED && subject.notBrokenDown().isEmpty()
                && (previous.subject().kind() != tally.app.answer.Subject.Kind.UNSTATED
                || !previous.subject().notBrokenDown().isEmpty())) {
            subject = previous.subject();
        }
        if (subject.equals(previous.subject()) && (!subject.covered() || !subject.notBrokenDown().isEmpty())) {
            what.add("subject");
        }
        if (what.isEmpty()) {
            return null;
        }
        ParsedQuestion merged = new ParsedQuestion(metrics, claimant, party, period, true, subject,
                current.intent(), List.of(), current.number(), true, unknown);
        return new Carried(merged, List.copyOf(what));
    }
}
