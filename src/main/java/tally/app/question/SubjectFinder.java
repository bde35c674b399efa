package tally.app.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tally.app.answer.Subject;
import tally.model.Metric;

/**
 * Whom a question counts: North Korean troops, other forces ("Russian soldiers", "Ukrainian losses", "how many
 * Ukrainians did North Korean troops kill"), another unit of count ("generals") or a measure Tally does not track
 * ("defected"). The lexicon is {@code subjects} in config/questions.json; a force or unit named right after a word such
 * as "by", "against" or "did" is the doer or the setting, not what is counted, and so is one right after the auxiliary of
 * an inverted "how many" question ("how many Ukrainian soldiers have North Koreans killed"). When North Korean troops
 * are the doer of a loss, what is counted is not theirs ({@link DoneByNorthKorea}). Bounded: linear in the words.
 */
final class SubjectFinder {

    /** Words before the counted ones in "how many more of the ...": the determiners and these. */
    private static final Set<String> LEADING = java.util.stream.Stream.concat(ForceWords.DETERMINERS.stream(),
            Set.of("more", "of", "those", "these", "additional", "extra", "other").stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<Metric> SENDING = Set.of(Metric.DEPLOYED, Metric.PLANNED_DEPLOYMENT);

    private record Untracked(String label, List<Phrases.Phrase> words) {
    }

    private final ForceWords forces;
    private final List<Phrases.Phrase> troopNouns;
    private final List<Untracked> units;
    private final List<Untracked> measures;
    private final List<Untracked> topics;
    private final CauseFinder causes;
    private final List<CauseFinder> breakdowns;
    private final List<Phrases.Phrase> quantity;
    private final List<Phrases.Phrase> inverting;
    private final List<Phrases.Phrase> headStops = new ArrayList<>();
    private final DoneByNorthKorea doneByNorthKorea;
    private final CountedHead.Known known;

    /**
     * @param quantity phrases that ask for a count ({@code generic.quantityWords})
     * @param content  whether a phrase of what Tally counts (a metric word, a troop noun) starts at a word
     */
    SubjectFinder(QuestionLexicon.Subjects lexicon, List<String> quantity, CountedHead.Known content) {
        this.forces = new ForceWords(lexicon);
        this.troopNouns = compile(lexicon.troopNouns());
        this.units = lexicon.untrackedUnits().stream().map(u -> new Untracked(u.label(), compile(u.words()))).toList();
        this.measures = lexicon.untrackedMeasures().stream().map(u -> new Untracked(u.label(), compile(u.words()))).toList();
        this.topics = lexicon.otherTopics().stream().map(u -> new Untracked(u.label(), compile(u.words()))).toList();
        this.causes = new CauseFinder(compile(lexicon.causes().before()), compile(lexicon.causes().nouns()));
        this.breakdowns = lexicon.breakdowns().stream()
                .map(b -> new CauseFinder(compile(b.before()), compile(b.nouns()))).toList();
        this.quantity = compile(quantity);
        this.inverting = compile(lexicon.invertingAuxiliaries());
        List<Phrases.Phrase> clauseVerbs = new ArrayList<>(forces.predicateBefore());
        clauseVerbs.addAll(forces.subjectVerbs());
        this.doneByNorthKorea = new DoneByNorthKorea(lexicon.victims(), clauseVerbs);
        headStops.addAll(forces.notSubjectBefore());
        headStops.addAll(forces.subjectVerbs());
        headStops.addAll(forces.predicateBefore());
        List<Phrases.Phrase> ours = new ArrayList<>(forces.allAdjectives());
        ours.addAll(forces.forceNouns());
        ours.addAll(troopNouns);
        forces.others().forEach(f -> ours.addAll(f.nouns()));
        ours.addAll(forces.covered().nouns());
        units.forEach(u -> ours.addAll(u.words()));
        measures.forEach(u -> ours.addAll(u.words()));
        topics.forEach(u -> ours.addAll(u.words()));
        this.known = (w, i) -> content.at(w, i) || ours.stream().anyMatch(p -> Phrases.matchesAt(p, w, i));
    }

    private static List<Phrases.Phrase> compile(List<String> words) {
        return ForceWords.compile(words);
    }

    /**
     * @param named the metrics the question names in words ("died", "losses"), not only by the generic "how many
     *              troops", outside an untracked measure's phrase ("not killed", {@link UntrackedPhrases}): an untracked measure
     *              ("defected") beside one is only part of the question
     * @param byWords whether those metrics were named by a metric's own words, not only by its context words ("in
     *                Kursk", "how big"): those alone do not make "the weather in Kursk" a question about troops
     */
    Subject find(List<String> w, Set<Metric> named, boolean byWords) {
        boolean metricNamed = !named.isEmpty();
        CountedHead head = CountedHead.find(w, quantity, inverting, headStops, LEADING, known);
        Set<String> notCovered = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>();
        boolean northKorean = counts(forces.covered(), w, terms, head);
        int before = terms.size();
        for (ForceWords.Force f : forces.others()) {
            if (counts(f, w, terms, head)) {
                notCovered.add(f.label());
            }
        }
        boolean otherForce = terms.size() > before;
        boolean unit = false;
        for (Untracked u : units) {
            unit |= named(u, w, notCovered, terms);
        }
        // "how much money does Russia pay per soldier": the unit is what is counted, the soldiers only its measure
        boolean unitCounted = unit && unitFirst(w, head);
        boolean measure = false;
        for (Untracked m : measures) {
            measure |= named(m, w, notCovered, terms);
        }
        boolean troops = anyCounted(troopNouns, w, head);
        // "the weather in Kursk", "how many people live in North Korea", "how big is the North Korean army": no
        // count of the troops in Russia, unless a measure's own words, or a troop noun with a word of context
        // ("how many North Korean army troops are in Kursk"), say the troops are counted after all (trial 8)
        Set<String> topicLabels = new LinkedHashSet<>();
        List<String> topicTerms = new ArrayList<>();
        topics.forEach(t -> named(t, w, topicLabels, topicTerms, false));
        boolean topic = !topicLabels.isEmpty() && !(metricNamed && (byWords || troops));
        if (topic) {
            notCovered.addAll(topicLabels);
            terms.addAll(topicTerms);
        }
        boolean other = otherForce && !northKorean || unit && (unitCounted || !troops && !northKorean)
                || measure && !metricNamed || topic;
        if (other) {
            // the words of what is not covered pick the passages: "North" of "North Korean troops" would pick any
            return new Subject(Subject.Kind.OTHER, List.copyOf(notCovered), terms.subList(before, terms.size()));
        }
        // "how many troops has North Korea sent": the doer's own troops, so the question does name North Korea's
        int doerAt = northKorean || otherForce ? -1 : doerAt(forces.covered(), w, head);
        boolean doer = doerAt >= 0;
        if (doer && named.stream().noneMatch(SENDING::contains)) {
            Subject others = doneByNorthKorea.counted(w, head, doerAt, forces.beforeDeterminers(w, doerAt));
            if (others != null) {
                return others;
            }
        }
        return new Subject(northKorean || doer ? Subject.Kind.NORTH_KOREAN : Subject.Kind.UNSTATED,
                List.copyOf(notCovered), terms, notBrokenDown(w));
    }

    /** The causes, parts and places the question narrows its count to, which no figure counts on its own. */
    private List<String> notBrokenDown(List<String> w) {
        List<String> found = new ArrayList<>(causes.find(w));
        for (CauseFinder part : breakdowns) {
            part.find(w).stream().filter(words -> !found.contains(words)).forEach(found::add);
        }
        return found;
    }

    /** Whether all that the subject does not cover is of {@code otherTopics} ("the weather"), not a force or measure. */
    boolean onlyTopics(Subject subject) {
        return !subject.notCovered().isEmpty() && subject.notCovered().stream()
                .allMatch(label -> topics.stream().anyMatch(t -> t.label().equals(label)));
    }

    /** Whether the force is counted: a noun of it, or an adjective of it before a force noun, not after "by" and the like. */
    private boolean counts(ForceWords.Force f, List<String> w, List<String> terms, CountedHead head) {
        for (int i = 0; i < w.size(); i++) {
            if (forces.mentions(f, w, i) && !afterNonSubjectWord(w, i, head)) {
                terms.add(w.get(i));
                return true;
            }
        }
        return false;
    }

    /**
     * Where the force is named as the doer, or -1: right after the inverting auxiliary of a "how many" question or after
     * "by", with no verb of what befalls it after ("has North Korea lost" counts North Korea's own).
     */
    private int doerAt(ForceWords.Force f, List<String> w, CountedHead head) {
        for (int i = 0; i < w.size(); i++) {
            int k = forces.beforeDeterminers(w, i);
            if (k >= 0 && (k == head.auxAt() || w.get(k).equals(DoneByNorthKorea.AGENT)) && forces.mentions(f, w, i)
                    && !forces.befallsSubject(w, i + 1)) {
                return i;
            }
        }
        return -1;
    }

    private boolean named(Untracked u, List<String> w, Set<String> labels, List<String> terms) {
        return named(u, w, labels, terms, true);
    }

    /** @param doerless whether a phrase right after a doer's word ("by", "did") is not counted: not for a topic */
    private boolean named(Untracked u, List<String> w, Set<String> labels, List<String> terms, boolean doerless) {
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            Phrases.Phrase p = u.words().stream().filter(q -> Phrases.matchesAt(q, w, at)).findFirst().orElse(null);
            if (p != null && !(doerless && afterNonSubjectWord(w, i, CountedHead.NONE))) {
                labels.add(u.label());
                // the phrase whole: passages that hold "sent" alone do not speak of troops "sent back home"
                terms.add(String.join(" ", w.subList(i, i + p.size())));
                return true;
            }
        }
        return false;
    }

    /** Whether an untracked unit's word comes first among the counted words, before any troop noun. */
    private boolean unitFirst(List<String> w, CountedHead head) {
        for (int i = head.start(); i >= 0 && i < head.end(); i++) {
            int at = i;
            if (troopNouns.stream().anyMatch(p -> Phrases.matchesAt(p, w, at))) {
                return false;
            }
            if (units.stream().anyMatch(u -> u.words().stream().anyMatch(p -> Phrases.matchesAt(p, w, at)))) {
                return true;
            }
        }
        return false;
    }

    private boolean anyCounted(List<Phrases.Phrase> nouns, List<String> w, CountedHead head) {
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (nouns.stream().anyMatch(p -> Phrases.matchesAt(p, w, at)) && !afterNonSubjectWord(w, i, head)) {
                return true;
            }
        }
        return false;
    }

    /** "by the Ukrainian army", "did North Korean troops kill": the doer, not what is counted ({@link ForceWords}). */
    private boolean afterNonSubjectWord(List<String> w, int i, CountedHead head) {
        return forces.afterNonSubjectWord(w, i, head.auxAt());
    }
}
