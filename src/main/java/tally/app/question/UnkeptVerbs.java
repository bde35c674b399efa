package tally.app.question;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Subject;
import tally.app.port.VerbFinder;
import tally.config.ClaimantDirectory;

/**
 * The verb of a "how many troops" question that names no measure, when it is one Tally keeps no figures for ("how many
 * North Korean soldiers were trained in Russia?", "... did the Russians burn?"): such a question is about something
 * else, and the troops sent are no answer to it. A verb counts when the tagger ({@link VerbFinder}) reads it as a full
 * verb and no list of {@code config/questions.json} knows it: not a metric's words, not
 * {@code generic.answeredVerbs} (verbs the generic count answers: "sent", "fighting", "remain"), not a source's cue
 * ("say", "estimate"), an intent's words or a name of the directory; and not a word written with a capital inside
 * the question, nor one between an inverting auxiliary and a later verb ("did Lloyd Austen say": a name the tagger
 * took for a verb). A verb the sent figures answer stops doing so with a {@code generic.awayParticles} word after it
 * ("rotated out", "moved back"). A verb the tagger misses leaves the question as it was read before: the sent figures,
 * under their own heading.
 */
final class UnkeptVerbs {

    private final VerbFinder finder;
    private final ClaimantDirectory directory;
    private final Set<String> words = new HashSet<>();
    private final Set<String> inverting;
    private final Set<String> particles;
    private final List<String> prefixes = new ArrayList<>();

    UnkeptVerbs(QuestionLexicon lexicon, ClaimantDirectory directory, VerbFinder finder) {
        this.finder = finder;
        this.directory = directory;
        QuestionLexicon.Generic generic = lexicon.generic();
        this.inverting = QuestionText.lowered(lexicon.subjects().invertingAuxiliaries());
        this.particles = QuestionText.lowered(generic.awayParticles());
        QuestionLexicon.Cues cues = lexicon.claimantCues();
        QuestionLexicon.Intents intents = lexicon.intents();
        Stream<List<String>> lists = Stream.of(generic.answeredVerbs(), generic.quantityWords(), generic.nouns(),
                lexicon.topicWords(), lexicon.agentWords(), cues.before(), cues.after(), orNone(cues.slotEnds()),
                orNone(cues.notNames()), orNone(cues.partyVoices()), intents.latest(), intents.earliest(),
                intents.checkBounds(), intents.compare(),
                intents.highest(), intents.lowest(), intents.why(), intents.differ(), intents.check(),
                intents.checkAnywhere(), intents.figureWords(), intents.comparatives(), intents.derived(),
                intents.timeWords(), lexicon.subjects().subjectVerbs(), orNone(lexicon.followUpOpeners()));
        Stream<List<String>> measures = Stream.concat(
                lexicon.metrics().values().stream().flatMap(m -> Stream.of(m.words(), m.contextWords())),
                lexicon.umbrellas().stream().flatMap(u -> Stream.of(u.words(), u.contextWords())));
        Stream.concat(lists, measures).flatMap(List::stream).forEach(this::know);
    }

    private static List<String> orNone(@Nullable List<String> list) {
        return list == null ? List.of() : list;
    }

    /** Each word of a phrase is known; a word ending in '*' (or a phrase ending in it) is known by its start. */
    private void know(String phrase) {
        String[] parts = phrase.strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (String part : parts) {
            boolean prefix = part.endsWith("*");
            for (String word : QuestionText.words(prefix ? part.substring(0, part.length() - 1) : part)) {
                (prefix ? prefixes : words).add(word);
            }
        }
    }

    /**
     * The first verb of {@code question} Tally keeps no measure for, as the question words it; null when every verb
     * is known or none is found.
     *
     * @param w the question's words ({@link QuestionText#words()})
     */
    @Nullable String find(String question, List<String> w) {
        Set<String> names = new HashSet<>();
        Stream.concat(directory.claimants(question).stream(), directory.parties(question).stream())
                .forEach(m -> names.addAll(QuestionText.words(
                        question.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))));
        if (w.stream().allMatch(word -> known(word) || names.contains(word))
                && w.stream().noneMatch(particles::contains)) {
            return null; // no word to tag: "how many North Korean troops are there?" costs no model load
        }
        List<String> verbs = finder.verbs(question);
        for (int k = 0; k < verbs.size(); k++) {
            List<String> parts = QuestionText.words(verbs.get(k));
            if (parts.size() != 1) {
                continue;
            }
            String verb = parts.get(0);
            int at = w.indexOf(verb);
            boolean away = particle(w, at);
            if (at < 0 || known(verb) && !away || names.contains(verb) || aName(question, verb)
                    || k + 1 < verbs.size() && at > 0 && inverting.contains(w.get(at - 1))) {
                // "did Lloyd Austen say": the tagger took a name for a verb; the subject stands between the auxiliary
                // and the verb that follows it
                continue;
            }
            return away ? verb + " " + w.get(at + 1) : verb;
        }
        return null;
    }

    /** Written with a capital past the question's first word: a name the directory does not list ("Lloyd"). */
    private static boolean aName(String question, String verb) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])"
                + java.util.regex.Pattern.quote(verb) + "(?![\\p{L}\\p{N}])").matcher(question);
        while (m.find()) {
            boolean first = question.substring(0, m.start()).chars().noneMatch(Character::isLetterOrDigit);
            if (!first && Character.isUpperCase(question.charAt(m.start()))) {
                return true;
            }
        }
        return false;
    }

    /** "rotated out", "moved back": a particle turns a verb the sent figures answer into one they do not. */
    private boolean particle(List<String> w, int at) {
        return at >= 0 && at + 1 < w.size() && particles.contains(w.get(at + 1));
    }

    /** What such a question counts, as a reply names it ("It has no figures for what “trained” counts"). */
    static Subject subject(String verb) {
        return new Subject(Subject.Kind.OTHER, List.of("what \u201c" + verb + "\u201d counts"), List.of(verb));
    }

    private boolean known(String word) {
        return words.contains(word) || word.chars().anyMatch(Character::isDigit)
                || prefixes.stream().anyMatch(word::startsWith);
    }
}
