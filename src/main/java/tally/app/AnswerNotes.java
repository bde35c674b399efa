package tally.app;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Answer;
import tally.model.Claim;
import tally.model.ClaimDate;

/**
 * The notes the engine puts before a composed answer's own: that the corpus is empty, that a follow-up was read after
 * the asker's last question, that the newest figure of an answer about "now" is months old. Apart from
 * {@link TallyEngine} since round 64: these are wording, read and changed with the replies, not with the use cases.
 */
final class AnswerNotes {

    /** Said instead of "no figures" when there is no article at all: the corpus, not the question, is the problem. */
    static final String EMPTY_CORPUS_NOTE = "The corpus has no articles yet, so Tally has nothing to answer from. "
            + "Whoever runs Tally can add articles (.txt files) to its corpus folder.";

    /** Figures this much older than today are said to be so when the question asks what holds now. */
    private static final int STALE_AFTER_MONTHS = 3;

    private AnswerNotes() {
    }

    /** The answer with the notes above: {@code followUp} and the age before its own (an empty corpus instead of all). */
    static Answer withNotes(Answer answer, boolean emptyCorpus, @Nullable String followUp, LocalDate today) {
        String age = ageOfNewest(answer, today);
        String lead = followUp == null ? age : age == null ? followUp : followUp + " " + age;
        String note = emptyCorpus ? EMPTY_CORPUS_NOTE
                : lead == null ? answer.note() : answer.note() == null ? lead : lead + " " + answer.note();
        return Objects.equals(note, answer.note()) ? answer : answer.withNote(note);
    }

    /**
     * "The newest figure here was claimed in December 2024, 23 months before today; ...": said when a question asks
     * for the latest figures ("now", "currently") and even the newest is months old, since "how many are there now?"
     * answered with two-year-old figures, unmarked, reads as a statement about today. Null otherwise.
     */
    private static @Nullable String ageOfNewest(Answer answer, LocalDate today) {
        if (answer.parsed().intent() != tally.app.answer.Intent.LATEST || !answer.hasFigures()) {
            return null;
        }
        // every figure the reply shows, those shown alongside too: "the newest figure here" must be no older than one
        return answer.groups().stream().flatMap(g -> g.claims().stream())
                .map(Claim::claimDate).filter(d -> d.known() && d.date() != null)
                .max(Comparator.comparing(ClaimDate::date))
                .filter(d -> d.date().plusMonths(STALE_AFTER_MONTHS).isBefore(today))
                .map(d -> {
                    long months = java.time.temporal.ChronoUnit.MONTHS.between(d.date(), today);
                    return "The newest figure here was claimed " + (d.precision() == tally.model.DatePrecision.DAY
                            ? "on " : "in ") + d.display() + ", " + months + " months before today: the sources hold "
                            + "nothing newer, so what holds now may differ.";
                }).orElse(null);
    }

    /** "Read as following on from your last question (“...”): its source and period still apply." */
    static String followUpNote(String previous, List<String> carried) {
        String what = carried.size() == 1 ? carried.get(0)
                : String.join(", ", carried.subList(0, carried.size() - 1)) + " and " + carried.get(carried.size() - 1);
        return "Read as following on from your last question (\u201c" + shown(previous) + "\u201d): its " + what
                + (carried.size() == 1 ? " still applies." : " still apply.");
    }

    /** "source?", "when was that?": the last question's figures again, and why. */
    static String aboutLastAnswerNote(String previous) {
        return "Read as asking about your last question (\u201c" + shown(previous) + "\u201d): its figures again, each"
                + " with who claims it, when, and which article reports it.";
    }

    /** The last question as a note quotes it: on one line, cut at a word after about 80 characters. */
    private static String shown(String previous) {
        String shown = previous.strip().replaceAll("\\s+", " ");
        if (shown.length() > 80) {
            int cut = shown.lastIndexOf(' ', 80);
            shown = shown.substring(0, cut > 40 ? cut : 80) + "\u2026";
        }
        return shown;
    }
}
