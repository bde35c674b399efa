package tally.app.question;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tally.app.answer.Subject;
import tally.model.Metric;

/**
 * Whether a passage speaks of what a question about something else counts, one sentence at a time: a reply with no
 * figure for it offers such passages, and a passage that matched only a word of the question ("Russian" of "the Russian
 * region of Kursk" under "how many Russian soldiers were killed?") stood where its answer should, with North Korea's
 * losses in it. A sentence speaks of another force when it names that force as what is counted ({@link ForceWords}:
 * "Russian soldiers", not "alongside the Russian army"), names a measure asked ({@link MeasureWords}) and names North
 * Korean troops nowhere, as a sentence that names both may give North Korea's figures. A sentence speaks of another
 * unit, measure or topic ("engineers", "defected", "villages") when it holds one of the question's words for it, not
 * right after a word such as "in" or "near" (a setting, not what is counted), and gives no North Korean losses. The
 * words are {@code subjects} and {@code metrics} of config/questions.json. Bounded: linear in the words.
 */
public final class SubjectPassages {

    /** No lexicon: a passage speaks of it when it holds one of the question's words (tests that load none). */
    public static final SubjectPassages NONE = new SubjectPassages(null, MeasureWords.NONE, null, List.of());

    /** A sentence ends at a full stop, question or exclamation mark, past closing quotes and brackets. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’)]{0,2})\\s+");
    private static final Set<Metric> LOSSES = EnumSet.of(Metric.KILLED, Metric.WOUNDED, Metric.KILLED_OR_WOUNDED,
            Metric.CAPTURED);

    private final ForceWords forces;
    private final MeasureWords measures;
    private final String victimsLabel;
    private final List<Phrases.Phrase> victimsWords;

    private SubjectPassages(ForceWords forces, MeasureWords measures, String victimsLabel,
                            List<Phrases.Phrase> victimsWords) {
        this.forces = forces;
        this.measures = measures;
        this.victimsLabel = victimsLabel;
        this.victimsWords = victimsWords;
    }

    public static SubjectPassages of(QuestionLexicon lexicon, MeasureWords measures) {
        QuestionLexicon.Subjects subjects = lexicon.subjects();
        return new SubjectPassages(new ForceWords(subjects), measures, subjects.victims().label(),
                ForceWords.compile(subjects.victims().words()));
    }

    /**
     * Whether some sentence of {@code passage} speaks of what {@code subject} counts and Tally does not cover.
     *
     * @param asked the measures the question names ("killed" of "how many Russian soldiers were killed?"), or none
     */
    public boolean speaksOf(String passage, Subject subject, Set<Metric> asked) {
        String lower = passage.toLowerCase(Locale.ROOT);
        if (forces == null) {
            return subject.terms().isEmpty()
                    || subject.terms().stream().anyMatch(t -> lower.contains(t.toLowerCase(Locale.ROOT)));
        }
        Asked what = asked(subject);
        for (String sentence : SENTENCE_END.split(lower)) {
            if (speaksOf(sentence, QuestionText.words(sentence), what, asked)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether some sentence of {@code passage} speaks of one of {@code asked} for North Korean troops: it names the
     * measure and does not count another force alone ("Ukraine says 500 Russian soldiers were captured" under "how many
     * North Koreans were captured?" names no North Korean). With no lexicon, {@link MeasureWords} alone decides.
     */
    public boolean speaksOfTheseTroops(String passage, Set<Metric> asked) {
        if (forces == null) {
            return measures.names(passage, asked);
        }
        for (String sentence : SENTENCE_END.split(passage.toLowerCase(Locale.ROOT))) {
            List<String> w = QuestionText.words(sentence);
            boolean otherForceAlone = !forces.namedAnywhere(forces.covered(), w)
                    && forces.others().stream().anyMatch(f -> forces.counted(f, w));
            if (measures.names(sentence, asked) && !otherForceAlone) {
                return true;
            }
        }
        return false;
    }

    /** The other forces asked (the victims of North Korean troops among them) and the question's words for the rest. */
    private record Asked(List<ForceWords.Force> forces, boolean victims, List<Phrases.Phrase> otherWords,
                         boolean othersAsked) {
        boolean forceAsked() {
            return victims || !forces.isEmpty();
        }
    }

    private Asked asked(Subject subject) {
        List<ForceWords.Force> asked = forces.others().stream().filter(f -> subject.notCovered().contains(f.label()))
                .toList();
        boolean victims = subject.notCovered().contains(victimsLabel);
        long otherLabels = subject.notCovered().stream().filter(l -> !l.equals(victimsLabel)
                && asked.stream().noneMatch(f -> f.label().equals(l))).count();
        List<Phrases.Phrase> otherWords = new ArrayList<>();
        for (String term : subject.terms()) {
            List<String> w = QuestionText.words(term.toLowerCase(Locale.ROOT));
            boolean forceWord = asked.stream().anyMatch(f -> namesForce(f, w))
                    || victims && Phrases.anyMatchExact(victimsWords, w);
            if (!w.isEmpty() && !forceWord) {
                // a word the passage may hold in another form: "burn" of the question, "burning" of the article
                otherWords.add(Phrases.compile(term + "*"));
            }
        }
        return new Asked(asked, victims, otherWords, otherLabels > 0);
    }

    private static boolean namesForce(ForceWords.Force f, List<String> w) {
        return Phrases.anyMatchExact(f.nouns(), w) || Phrases.anyMatchExact(f.adjectives(), w);
    }

    private boolean speaksOf(String sentence, List<String> w, Asked what, Set<Metric> measuresAsked) {
        if (what.forceAsked()) {
            boolean force = what.forces().stream().anyMatch(f -> forces.counted(f, w))
                    || what.victims() && counted(victimsWords, w);
            // a sentence that names North Korean troops may give their figures, whoever else it names
            if (!force || !measures.names(sentence, measuresAsked) || forces.namedAnywhere(forces.covered(), w)) {
                return false;
            }
        }
        // "how many villages have North Korean troops taken?" asks no loss of theirs: a sentence that gives one is not
        // about the villages, whatever it names
        boolean lossAsked = measuresAsked.stream().anyMatch(LOSSES::contains);
        if (what.othersAsked() && (!counted(what.otherWords(), w) || !lossAsked && northKoreanLosses(sentence, w))) {
            return false;
        }
        return what.forceAsked() || what.othersAsked();
    }

    /** Whether one of {@code words} stands in {@code w} as what is counted, not as a setting ("near the villages"). */
    private boolean counted(List<Phrases.Phrase> words, List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (words.stream().anyMatch(p -> Phrases.matchesAt(p, w, at)) && !forces.afterNonSubjectWord(w, i, -1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "North Korean units suffered 30 casualties": a sentence that names North Korea, by any of its words, and a loss
     * may give North Korea's own dead, wounded or captured ("units" is no force noun, so the force is not read as named).
     */
    private boolean northKoreanLosses(String sentence, List<String> w) {
        return forces.namedAnywhere(forces.covered(), w) && measures.names(sentence, LOSSES);
    }
}
