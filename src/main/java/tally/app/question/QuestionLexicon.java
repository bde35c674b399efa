package tally.app.question;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.config.JsonFiles;
import tally.model.Metric;

/** config/questions.json: the words that tell Tally what a question asks. Validated as it is built. */
@JsonIgnoreProperties(value = "_comment")
public record QuestionLexicon(
        @JsonProperty(required = true) Map<String, MetricWords> metrics,
        @JsonProperty(required = true) List<Umbrella> umbrellas,
        @JsonProperty(required = true) Generic generic,
        @JsonProperty(required = true) List<String> topicWords,
        @JsonProperty(required = true) Cues claimantCues,
        @JsonProperty(required = true) List<String> agentWords,
        @JsonProperty(required = true) List<String> topicParties,
        @JsonProperty(required = true) Subjects subjects,
        @JsonProperty(required = true) Intents intents,
        @JsonProperty(required = true) Increments increments,
        @Nullable PeriodWords periodWords,
        @Nullable List<String> followUpOpeners,
        @Nullable List<String> aboutLastAnswer,
        @Nullable ThenWords thenWords,
        @Nullable Future future,
        @Nullable List<String> followUpFillers,
        NamedPlaces.@Nullable Words places) {

    /** A lexicon without {@code places}: no question names a place (round 67). */
    public QuestionLexicon(Map<String, MetricWords> metrics, List<Umbrella> umbrellas, Generic generic,
                           List<String> topicWords, Cues claimantCues, List<String> agentWords, List<String> topicParties,
                           Subjects subjects, Intents intents, Increments increments, @Nullable PeriodWords periodWords,
                           @Nullable List<String> followUpOpeners, @Nullable List<String> aboutLastAnswer,
                           @Nullable ThenWords thenWords, @Nullable Future future, @Nullable List<String> followUpFillers) {
        this(metrics, umbrellas, generic, topicWords, claimantCues, agentWords, topicParties, subjects, intents,
                increments, periodWords, followUpOpeners, aboutLastAnswer, thenWords, future, followUpFillers, null);
    }

    /** A lexicon without {@code followUpFillers}: no word before an opener is skipped. */
    public QuestionLexicon(Map<String, MetricWords> metrics, List<Umbrella> umbrellas, Generic generic,
                           List<String> topicWords, Cues claimantCues, List<String> agentWords, List<String> topicParties,
                           Subjects subjects, Intents intents, Increments increments, @Nullable PeriodWords periodWords,
                           @Nullable List<String> followUpOpeners, @Nullable List<String> aboutLastAnswer,
                           @Nullable ThenWords thenWords, @Nullable Future future) {
        this(metrics, umbrellas, generic, topicWords, claimantCues, agentWords, topicParties, subjects, intents,
                increments, periodWords, followUpOpeners, aboutLastAnswer, thenWords, future, null, null);
    }

    /**
     * A question about troops still to come asks for planned deployments, not the troops sent so far ({@link
     * FutureAsks}): one of {@code phrases} ("more are coming"), or one of {@code markers} ("will", "going to", "plans
     * to") followed within {@code window} words by one of {@code verbs} ("send", "come") in a question that counts
     * troops (a quantity word or troop noun of {@code generic}, or one of {@code counted}: "more", "additional").
     */
    public record Future(
            @JsonProperty(required = true) List<String> markers,
            @JsonProperty(required = true) List<String> verbs,
            @JsonProperty(required = true) int window,
            @JsonProperty(required = true) List<String> phrases,
            @JsonProperty(required = true) List<String> counted) {
        public Future {
            markers = nonBlank(markers, "future.markers");
            verbs = nonBlank(verbs, "future.verbs");
            phrases = nonBlank(phrases, "future.phrases");
            counted = nonBlank(counted, "future.counted");
            if (window < 0 || window > 10) {
                throw new IllegalArgumentException("future.window must be 0..10: " + window);
            }
        }

        static final Future NONE = new Future(List.of(), List.of(), 0, List.of(), List.of());
    }

    /**
     * Dates in the other languages a question may be asked in, read as their English words before the period is
     * parsed ({@link LocalDates}): {@code months} maps an English month to its forms ("января", "січні"),
     * {@code in} the prepositions that mean "in" before them ("в", "у"), {@code yearWords} the words after a year
     * that say it is one ("году", "року").
     */
    public record PeriodWords(Map<String, List<String>> months, List<String> in, List<String> yearWords) {
        public PeriodWords {
            for (String month : months.keySet()) {
                try {
                    java.time.Month.valueOf(month.toUpperCase(java.util.Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("periodWords.months: '" + month + "' is no English month");
                }
            }
            java.util.Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            months.forEach((m, forms) -> copy.put(m, nonBlank(forms, "periodWords.months." + m)));
            months = java.util.Collections.unmodifiableMap(copy);
            in = nonBlank(in, "periodWords.in");
            yearWords = nonBlank(yearWords, "periodWords.yearWords");
        }

        static final PeriodWords NONE = new PeriodWords(Map.of(), List.of(), List.of());
    }

    /**
     * Words that place a follow-up's period against the last question's ("and before that?", "since then?"): {@code
     * before} asks for the time before the period asked last, {@code after} for the time after it. Without such a list
     * "and before that?" after "... in January 2025?" was read as January again, and answered as if it had been asked
     * (trial 8).
     */
    public record ThenWords(List<String> before, List<String> after) {
        public ThenWords {
            before = nonBlank(before, "thenWords.before");
            after = nonBlank(after, "thenWords.after");
        }

        static final ThenWords NONE = new ThenWords(List.of(), List.of());
    }

    /** Words around a figure's own wording that make it an addition to an earlier count, not a total. */
    public record Increments(
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> after) {
        public Increments {
            before = nonBlank(before, "increments.before");
            after = nonBlank(after, "increments.after");
        }
    }

    /** Words that name several metrics at once: "losses" are the killed, wounded, combined and captured. */
    public record Umbrella(
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<String> words,
            @JsonProperty(required = true) List<String> contextWords,
            @JsonProperty(required = true) List<String> metrics) {
        public Umbrella {
            words = nonBlank(words, "umbrellas." + label + ".words");
            contextWords = nonBlank(contextWords, "umbrellas." + label + ".contextWords");
            for (String id : metrics) {
                if (Metric.byId(id).isEmpty()) {
                    throw new IllegalArgumentException("umbrellas." + label + ".metrics: unknown metric '" + id + "'");
                }
            }
            if (metrics.isEmpty()) {
                throw new IllegalArgumentException("umbrellas." + label + ".metrics is empty");
            }
            metrics = List.copyOf(metrics);
        }
    }

    /** A force: adjectives that need a force noun after them, and nouns that name it alone. */
    public record Force(
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<String> adjectives,
            @JsonProperty(required = true) List<String> nouns) {
        public Force {
            adjectives = nonBlank(adjectives, "subjects." + label + ".adjectives");
            nouns = nonBlank(nouns, "subjects." + label + ".nouns");
        }
    }

    /** Something Tally does not count, with the words that name it. */
    public record Untracked(
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<String> words) {
        public Untracked {
            words = nonBlank(words, "subjects." + label + ".words");
        }
    }

    /**
     * Whom North Korean troops harmed, as a question may count them ("how many have North Korean troops killed"):
     * {@code verbs} are the active verbs of harm right after the doer, {@code words} pick the passages shown.
     */
    public record Victims(
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<String> verbs,
            @JsonProperty(required = true) List<String> words) {
        public Victims {
            verbs = nonBlank(verbs, "subjects.victims.verbs");
            words = nonBlank(words, "subjects.victims.words");
            if (label == null || label.isBlank() || verbs.isEmpty()) {
                throw new IllegalArgumentException("subjects.victims needs a label and verbs");
            }
        }
    }

    /** Whom a question counts: see the file's _comment. */
    public record Subjects(
            @JsonProperty(required = true) Force covered,
            @JsonProperty(required = true) List<Force> otherForces,
            @JsonProperty(required = true) List<String> forceNouns,
            @JsonProperty(required = true) List<String> troopNouns,
            @JsonProperty(required = true) List<String> notSubjectBefore,
            @JsonProperty(required = true) List<String> subjectVerbs,
            @JsonProperty(required = true) List<String> predicateBefore,
            @JsonProperty(required = true) List<Untracked> untrackedUnits,
            @JsonProperty(required = true) List<Untracked> untrackedMeasures,
            @JsonProperty(required = true) Causes causes,
            @JsonProperty(required = true) List<String> invertingAuxiliaries,
            @JsonProperty(required = true) Victims victims,
            @JsonProperty(required = true) List<String> partOf,
            @Nullable List<Untracked> otherTopics,
            @Nullable List<Breakdown> breakdowns) {
        public Subjects {
            otherTopics = otherTopics == null ? List.of() : List.copyOf(otherTopics);
            breakdowns = breakdowns == null ? List.of() : List.copyOf(breakdowns);
            otherForces = List.copyOf(otherForces);
            forceNouns = nonBlank(forceNouns, "subjects.forceNouns");
            troopNouns = nonBlank(troopNouns, "subjects.troopNouns");
            notSubjectBefore = nonBlank(notSubjectBefore, "subjects.notSubjectBefore");
            subjectVerbs = nonBlank(subjectVerbs, "subjects.subjectVerbs");
            predicateBefore = nonBlank(predicateBefore, "subjects.predicateBefore");
            untrackedUnits = List.copyOf(untrackedUnits);
            untrackedMeasures = List.copyOf(untrackedMeasures);
            invertingAuxiliaries = nonBlank(invertingAuxiliaries, "subjects.invertingAuxiliaries");
            java.util.Objects.requireNonNull(victims, "subjects.victims");
            partOf = nonBlank(partOf, "subjects.partOf");
        }
    }

    /**
     * Causes of death or injury ("drones", "training accidents") and the words that introduce one ("by", "in",
     * "from"): a question that narrows its count to a cause asks for a breakdown no figure gives.
     */
    public record Causes(
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> nouns) {
        public Causes {
            before = nonBlank(before, "subjects.causes.before");
            nouns = nonBlank(nouns, "subjects.causes.nouns");
        }
    }

    /**
     * Round 63 (trial 17): a part of the troops no source counts on its own, named by a noun ("women", "teenagers") or
     * by a place after one of {@code before} ("in Pokrovsk"). A question about it gets the figures of all North Korean
     * troops with a note that none counts only those: "How many North Korean women are fighting?" had been answered
     * with every deployment figure as if they counted women. {@code before} empty: the noun alone names the part.
     */
    public record Breakdown(
            @JsonProperty(required = true) String label,
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> nouns) {
        public Breakdown {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("subjects.breakdowns: a breakdown needs a label");
            }
            before = nonBlank(before, "subjects.breakdowns[" + label + "].before");
            nouns = nonBlank(nouns, "subjects.breakdowns[" + label + "].nouns");
            if (nouns.isEmpty()) {
                throw new IllegalArgumentException("subjects.breakdowns[" + label + "].nouns is empty");
            }
        }
    }

    /**
     * The phrases that say what kind of answer a question wants; {@code derived}: a figure worked out from others (a
     * percentage, a rate, an average), which Tally never states ({@link DerivedAsks}); {@code corpus}: what Tally
     * reads, not a figure ({@link CorpusAsks}); {@code trends}: how figures moved ("go up", "rose", "grew"), a question about
     * revisions when it also speaks of figures or names a measure by its words ("did deaths rise?"), not when it counts
     * troops that went somewhere ("how many went up to the front?").
     */
    public record Intents(
            @JsonProperty(required = true) List<String> latest,
            @JsonProperty(required = true) List<String> earliest,
            @JsonProperty(required = true) List<String> compare,
            @JsonProperty(required = true) List<String> highest,
            @JsonProperty(required = true) List<String> lowest,
            @JsonProperty(required = true) List<String> why,
            @JsonProperty(required = true) List<String> differ,
            @JsonProperty(required = true) List<String> check,
            @JsonProperty(required = true) List<String> checkAnywhere,
            @JsonProperty(required = true) List<String> figureWords,
            @JsonProperty(required = true) List<String> comparatives,
            @JsonProperty(required = true) List<String> derived,
            @JsonProperty(required = true) List<String> timeWords,
            @JsonProperty(required = true) List<String> checkBounds,
            @JsonProperty(required = true) List<String> revisions,
            @JsonProperty(required = true) List<String> corpus,
            @Nullable List<String> trends) {
        public Intents {
            latest = nonBlank(latest, "intents.latest");
            earliest = nonBlank(earliest, "intents.earliest");
            compare = nonBlank(compare, "intents.compare");
            highest = nonBlank(highest, "intents.highest");
            lowest = nonBlank(lowest, "intents.lowest");
            why = nonBlank(why, "intents.why");
            differ = nonBlank(differ, "intents.differ");
            check = nonBlank(check, "intents.check");
            checkAnywhere = nonBlank(checkAnywhere, "intents.checkAnywhere");
            figureWords = nonBlank(figureWords, "intents.figureWords");
            comparatives = nonBlank(comparatives, "intents.comparatives");
            derived = nonBlank(derived, "intents.derived");
            timeWords = nonBlank(timeWords, "intents.timeWords");
            checkBounds = nonBlank(checkBounds, "intents.checkBounds");
            revisions = nonBlank(revisions, "intents.revisions");
            corpus = nonBlank(corpus, "intents.corpus");
            trends = nonBlank(trends == null ? List.of() : trends, "intents.trends");
        }
    }

    public record MetricWords(
            @JsonProperty(required = true) List<String> words,
            @JsonProperty(required = true) List<String> contextWords) {
        public MetricWords {
            words = nonBlank(words, "words");
            contextWords = nonBlank(contextWords, "contextWords");
        }
    }

    public record Generic(
            @JsonProperty(required = true) String metric,
            @JsonProperty(required = true) List<String> quantityWords,
            @JsonProperty(required = true) List<String> nouns,
            @JsonProperty(required = true) int window,
            @JsonProperty(required = true) List<String> answeredVerbs,
            @JsonProperty(required = true) List<String> awayParticles) {
        public Generic {
            if (Metric.byId(metric).isEmpty()) {
                throw new IllegalArgumentException("generic.metric: unknown metric '" + metric + "'");
            }
            quantityWords = nonBlank(quantityWords, "generic.quantityWords");
            nouns = nonBlank(nouns, "generic.nouns");
            answeredVerbs = nonBlank(answeredVerbs, "generic.answeredVerbs");
            awayParticles = nonBlank(awayParticles, "generic.awayParticles");
            if (window < 0 || window > 10) {
                throw new IllegalArgumentException("generic.window must be 0..10: " + window);
            }
        }
    }

    /**
     * The words around a source in a question. {@code slotEnds}, {@code notNames} and {@code partyVoices} read a
     * source the directory does not know (see the file's _comment); a file without them reads none. {@code names}: a
     * claimant's or party's id and its names in the other languages a question may use ({@link LocalNames}).
     * {@code askedSubjects}: words that, standing between a name and a cue after it, are that cue's subject instead of
     * the name ("captured by Ukraine, and who says so": the asker asks who says it; Ukraine is no source there).
     * {@code shortWords}: a word members shorten and its long form ("intel": "intelligence"), read as the long form
     * before sources are read, so "UK intel" is the source "UK intelligence" is (trial 15).
     */
    public record Cues(
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> after,
            @Nullable List<String> slotEnds,
            @Nullable List<String> notNames,
            @Nullable List<String> partyVoices,
            @Nullable List<String> sidesAfter,
            @Nullable Map<String, List<String>> names,
            @Nullable List<String> askedSubjects,
            @Nullable List<String> notAcronyms,
            @Nullable Map<String, String> shortWords) {
        public Cues {
            before = nonBlank(before, "claimantCues.before");
            after = nonBlank(after, "claimantCues.after");
            slotEnds = nonBlank(slotEnds == null ? List.of() : slotEnds, "claimantCues.slotEnds");
            notNames = nonBlank(notNames == null ? List.of() : notNames, "claimantCues.notNames");
            partyVoices = nonBlank(partyVoices == null ? List.of() : partyVoices, "claimantCues.partyVoices");
            sidesAfter = nonBlank(sidesAfter == null ? List.of() : sidesAfter, "claimantCues.sidesAfter");
            java.util.Map<String, List<String>> copy = new java.util.LinkedHashMap<>();
            (names == null ? Map.<String, List<String>>of() : names).forEach((id, words) ->
                    copy.put(id, nonBlank(words, "claimantCues.names." + id)));
            names = java.util.Collections.unmodifiableMap(copy);
            askedSubjects = nonBlank(askedSubjects == null ? List.of() : askedSubjects, "claimantCues.askedSubjects");
            notAcronyms = nonBlank(notAcronyms == null ? List.of() : notAcronyms, "claimantCues.notAcronyms");
            java.util.Map<String, String> shorts = new java.util.LinkedHashMap<>();
            (shortWords == null ? Map.<String, String>of() : shortWords).forEach((word, longForm) -> {
                if (!word.matches("\\p{L}+") || longForm == null || longForm.isBlank()
                        || longForm.equalsIgnoreCase(word)) {
                    throw new IllegalArgumentException("claimantCues.shortWords: '" + word + "' must be one word of"
                            + " letters with a longer form of its own, not '" + longForm + "'");
                }
                if (shorts.put(word.toLowerCase(java.util.Locale.ROOT), longForm) != null) {
                    throw new IllegalArgumentException("claimantCues.shortWords: '" + word + "' is listed twice");
                }
            });
            shortWords = java.util.Collections.unmodifiableMap(shorts);
        }

        public Cues(List<String> before, List<String> after) {
            this(before, after, null, null, null, null, null, null, null, null);
        }
    }

    public QuestionLexicon {
        periodWords = periodWords == null ? PeriodWords.NONE : periodWords;
        followUpOpeners = nonBlank(followUpOpeners == null ? List.of() : followUpOpeners, "followUpOpeners");
        followUpFillers = nonBlank(followUpFillers == null ? List.of() : followUpFillers, "followUpFillers");
        aboutLastAnswer = nonBlank(aboutLastAnswer == null ? List.of() : aboutLastAnswer, "aboutLastAnswer");
        thenWords = thenWords == null ? ThenWords.NONE : thenWords;
        future = future == null ? Future.NONE : future;
        for (String id : metrics.keySet()) {
            if (Metric.byId(id).isEmpty()) {
                throw new IllegalArgumentException("metrics: unknown metric '" + id + "'");
            }
        }
        metrics = Map.copyOf(metrics);
        topicWords = nonBlank(topicWords, "topicWords");
        agentWords = nonBlank(agentWords, "agentWords");
        topicParties = List.copyOf(topicParties);
        umbrellas = List.copyOf(umbrellas);
    }

    public static QuestionLexicon load(Path configDir) {
        return JsonFiles.read(configDir.resolve("questions.json"), QuestionLexicon.class);
    }

    /** The words per metric, keyed by the enum; a metric missing from the file simply has no words. */
    public Map<Metric, MetricWords> byMetric() {
        Map<Metric, MetricWords> out = new EnumMap<>(Metric.class);
        metrics.forEach((id, words) -> out.put(Metric.byId(id).orElseThrow(), words));
        return out;
    }

    private static List<String> nonBlank(List<String> words, String field) {
        if (words.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(field + " has a blank entry");
        }
        return List.copyOf(words);
    }
}
