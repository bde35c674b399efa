package tally.app.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Period;
import tally.app.answer.Subject;
import tally.app.answer.Who;
import tally.app.port.VerbFinder;
import tally.config.ClaimantDirectory;
import tally.model.Metric;

/**
 * Reads a free-text question into what it asks: metrics, sources, period, subject and intent. Never throws on any
 * input and does bounded work: the text is capped at {@link QuestionText#MAX_CHARS} and every scan is linear in its
 * words. Thread-safe.
 */
public final class QuestionParser {

    private final MetricPhrases metricPhrases;
    private final List<Phrases.Phrase> topicWords;
    private final SourcesAsked sourcesAsked;
    private final LocalDates localDates;
    private final FollowUps followUps;
    private final FollowUpReader followUpReader;
    private final SubjectFinder subjects;
    private final IntentFinder intents;
    private final Acronyms acronyms;
    private final UnkeptVerbs unkept;
    private final PartOfAnother partOf;
    private final UntrackedPhrases untrackedPhrases;
    private final NameSpellings spellings;
    private final ShortWords shortWords;
    private final UnreadTimes unreadTimes;
    private final FutureAsks future;
    private static final Set<Metric> SENDING = EnumSet.of(Metric.DEPLOYED, Metric.PLANNED_DEPLOYMENT);

    /** Reads questions by the lexicon's words alone, with no tagger for a question's own verb ({@link VerbFinder#NONE}). */
    public QuestionParser(QuestionLexicon lexicon, ClaimantDirectory directory) {
        this(lexicon, directory, VerbFinder.NONE);
    }

    /**
     * @param verbs the tagger that reads the verb of a "how many troops" question naming no measure
     *              ({@link UnkeptVerbs}); {@link VerbFinder#NONE} reads none
     */
    public QuestionParser(QuestionLexicon lexicon, ClaimantDirectory directory, VerbFinder verbs) {
        this.metricPhrases = new MetricPhrases(lexicon);
        this.topicWords = lexicon.topicWords().stream().map(Phrases::compile).toList();
        List<Phrases.Phrase> content = metricPhrases.contentPhrases(lexicon);
        ClaimantFinder claimants = new ClaimantFinder(directory, lexicon,
                (question, at) -> content.stream().anyMatch(p -> Phrases.matchesAt(p, question, at)));
        List<Phrases.Phrase> notAName = new ArrayList<>(content);
        notAName.addAll(topicWords);
        UnknownSourceFinder unknownSources = new UnknownSourceFinder(directory, claimants, lexicon, notAName);
        this.localDates = new LocalDates(lexicon.periodWords());
        this.unreadTimes = UnreadTimes.of(lexicon);
        this.followUps = new FollowUps(lexicon.followUpOpeners(), lexicon.aboutLastAnswer(), lexicon.thenWords(),
                lexicon.followUpFillers());
        this.subjects = new SubjectFinder(lexicon.subjects(), lexicon.generic().quantityWords(),
                (question, at) -> content.stream().anyMatch(p -> Phrases.matchesAt(p, question, at)));
        this.intents = new IntentFinder(lexicon.intents());
        this.sourcesAsked = new SourcesAsked(claimants, unknownSources, intents);
        this.followUpReader = new FollowUpReader(this::parseIn, followUps, intents);
        this.acronyms = new Acronyms(directory, lexicon.claimantCues().notAcronyms());
        this.unkept = new UnkeptVerbs(lexicon, directory, verbs);
        this.partOf = new PartOfAnother(lexicon.subjects().partOf());
        this.untrackedPhrases = new UntrackedPhrases(lexicon.subjects());
        this.spellings = new NameSpellings(directory);
        this.shortWords = new ShortWords(lexicon.claimantCues().shortWords());
        this.future = new FutureAsks(lexicon.future(), lexicon.generic());
    }

    /**
     * The subject narrowed by what the lexicon's words alone do not show: a question that names its measure only by
     * context or the generic "how many troops" is about what its own verb counts when Tally keeps no figures for it
     * ("how many were trained in Russia", {@link UnkeptVerbs}); a measure asked of a part of another counts a part no
     * figure counts ("how many of the wounded later died", {@link PartOfAnother}).
     */
    private Subject refined(Subject subject, QuestionText text, List<String> w, boolean byWords, boolean anyMetric,
                            Set<Metric> named) {
        if (!byWords && anyMetric && subject.covered()) {
            String verb = unkept.find(text.cleaned(), w);
            return verb == null ? subject : UnkeptVerbs.subject(verb);
        }
        String part = subject.covered() && byWords ? partOf.find(w, named, metricPhrases::measureAt) : null;
        if (part == null) {
            return subject;
        }
        List<String> narrowed = new ArrayList<>(subject.notBrokenDown());
        narrowed.add(part);
        return new Subject(subject.kind(), subject.notCovered(), subject.terms(), narrowed);
    }

    /**
     * @param today the date "last month" is relative to, from the caller's injected clock; a month without a year is
     *              the latest such month up to it. Null: relative and yearless dates are not read.
     */
    public ParsedQuestion parse(String question, @Nullable LocalDate today) {
        return parseIn(question, today == null ? null : QuestionContext.on(today));
    }

    /**
     * A question read after the asker's last one: {@code carried} names what it kept of it, empty when nothing;
     * {@code aboutLastAnswer} when it only asks about the last answer ("source?") and is read as that question.
     */
    public record FollowUp(ParsedQuestion parsed, List<String> carried, boolean aboutLastAnswer) {
        public FollowUp {
            carried = List.copyOf(carried);
        }

        public FollowUp(ParsedQuestion parsed, List<String> carried) {
            this(parsed, carried, false);
        }
    }

    /**
     * Whether the question opens with one of {@code followUpOpeners}, is only an {@code aboutLastAnswer} phrase, or
     * names the last question's period with a {@code thenWords} phrase ("before that?").
     */
    public boolean opensAsFollowUp(String question) {
        List<String> words = QuestionText.of(question).words();
        return followUps.opens(words) || followUps.asksAboutLast(words) || followUps.namesThen(words);
    }

    /**
     * Whether the question names a time and nothing else ("in January 2025?", "during spring 2025?"). After a question
     * it asks that question again for the time it names, as "and in January 2025?" does (trial 12: alone it got the
     * help text, and broke the conversation's chain of follow-ups).
     */
    public boolean namesOnlyAPeriod(String question, @Nullable QuestionContext context) {
        return FollowUpReader.onlyAPeriod(parseIn(question, context), QuestionText.of(question).words());
    }

    /** Whether the question is only an {@code aboutLastAnswer} phrase ("source?"): it asks about the last answer. */
    public boolean asksAboutLastAnswer(String question) {
        return followUps.asksAboutLast(QuestionText.of(question).words());
    }

    /**
     * Reads {@code question} as the asker's next after {@code earlier} (their last questions, oldest first; a chain of
     * follow-ups is read in turn, so "and in December?" then "and how many were wounded?" keeps the first question's
     * source): a follow-up keeps the source, period and measures it does not name anew ({@link FollowUps}), and the
     * words after its opener name a source as if "according to" stood before them ("what about South Korea?").
     */
    public FollowUp parseAfter(String question, List<String> earlier, @Nullable QuestionContext context) {
        return followUpReader.parseAfter(question, earlier, context);
    }

    /** @param context today's date and the months that have claims; null when neither is known */
    public ParsedQuestion parseIn(String question, @Nullable QuestionContext context) {
        QuestionText text = QuestionText.of(acronyms.restore(spellings.corrected(shortWords.expanded(question))));
        List<String> w = text.words();
        SourcesAsked.Sources sources = sourcesAsked.find(text, w);
        List<Who> who = sources.who();
        String dates = NumericDates.inWords(localDates.toEnglish(text.lower()));
        Period period = context == null ? yearOnly(dates) : PeriodParser.parse(dates, context, unreadTimes::in);
        UnknownSourceFinder.Found unknownSource = SourcesAsked.periodIsNoSource(sources.unknown(), period);
        // "What did the Kyiv Independent report?", "What did Andrii Cherniak say?": a source named by its cue asks what
        // it claims, and Tally can say what the articles attribute to it, or that they attribute nothing (trial 8)
        // ("What did my teacher say?" names no one by name, and stays off the topic).
        // "What about the week before Christmas 2024?" asked first: a follow-up's period with no question before it
        // still asks for the figures of that time, not for the help text (trial 8)
        boolean topic = !who.isEmpty() || SourcesAsked.namedByName(unknownSource) || Phrases.anyMatch(topicWords, w)
                || period != null && followUps.opens(w);
        Measures measures = measures(w, topic);
        Set<Metric> metrics = measures.metrics();
        boolean byWords = measures.byWords();
        Subject subject = refined(subjects.find(w, measures.onlyUntracked() ? Set.of() : measures.named(), byWords),
                text, w, byWords, !metrics.isEmpty(), measures.named());
        IntentFinder.Found intent = intent(intents.find(w, text.lower(), byWords), who, metrics, byWords);
        if (intent.intent() == Intent.COMPARE && who.isEmpty() && period != null && period.alsoAsked() != null) {
            // "in 2024 vs 2025" compares two periods, not sources: the reply covers the first and says so of the
            // other (round 63: every party was put side by side, a comparison no one asked for)
            intent = new IntentFinder.Found(Intent.LIST, null);
        }
        // "the weather in Paris" is no question about the war: a topic of otherTopics alone puts none on the topic
        boolean onTopic = topic || !metrics.isEmpty() || subject.kind() == Subject.Kind.OTHER && !subjects.onlyTopics(subject)
                || intent.intent() != Intent.LIST && intents.speaksOfFigures(w);
        if (!onTopic) {
            return new ParsedQuestion(Set.of(), null, null, period, false);
        }
        Who first = who.isEmpty() ? null : who.get(0);
        String unknown = unknownSource == null ? null : unknownSource.words();
        boolean asksForFigures = !metrics.isEmpty() || !who.isEmpty() || unknown != null
                || period != null && followUps.opens(w)
                || intent.intent() != Intent.LIST || intents.speaksOfFigures(w) || metricPhrases.quantity(w);
        ParsedQuestion parsed = new ParsedQuestion(metrics, first == null ? null : first.claimant(),
                first == null ? null : first.partyId(), period, true, subject, intent.intent(), List.of(),
                intent.number(), asksForFigures, unknown);
        if (intent.intent() == Intent.COMPARE || intent.intent() == Intent.WHY_DIFFER && who.size() >= 2) {
            return parsed.comparing(who);
        }
        return parsed;
    }

    /**
     * The measures a question asks for: {@code metrics} as answered; {@code named} those its words name before the
     * generic "how many troops" is read; {@code byWords} whether a metric's own words named them; {@code onlyUntracked}
     * whether its metric words stand only inside a measure Tally keeps no figures for ("how many were NOT killed").
     */
    private record Measures(Set<Metric> metrics, Set<Metric> named, boolean byWords, boolean onlyUntracked) {
    }

    private Measures measures(List<String> w, boolean topic) {
        // "wounded but not killed" asks for the wounded: a metric word inside an untracked measure's phrase ("not
        // killed", "sent home") names a measure only where no other is named
        List<String> outside = untrackedPhrases.blanked(w);
        Set<Metric> positive = metricPhrases.named(outside);
        Set<Metric> metrics = positive.isEmpty() ? metricPhrases.named(w) : positive;
        // "how many were NOT killed", "how many were sent home" name no measure Tally keeps
        boolean onlyUntracked = outside != w && positive.isEmpty();
        if (!onlyUntracked && SENDING.containsAll(metrics) && future.asks(w)) {
            // "will north korea send more soldiers?", "How many more are coming?": troops still to come are a plan,
            // never the troops sent so far (trial 13: those were listed with no word, or the help text given)
            metrics = EnumSet.of(Metric.PLANNED_DEPLOYMENT);
        }
        boolean byWords = !metrics.isEmpty();
        if (metrics.isEmpty() && topic) {
            metrics = metricPhrases.byContext(w);
        }
        Set<Metric> named = Set.copyOf(metrics);
        if (metrics.isEmpty() && topic && metricPhrases.generic(w)) {
            metrics = EnumSet.of(metricPhrases.genericMetric());
        }
        return new Measures(metrics, named, byWords, onlyUntracked);
    }

    /**
     * Two sources named for one list ("according to Seoul and Kyiv", "either the NIS or Zelensky", "higher than South
     * Korea's", "... than Zelensky's now") are set side by side: answered as one, the second was dropped without a
     * word.
     */
    private static IntentFinder.Found intent(IntentFinder.Found found, List<Who> who, Set<Metric> metrics,
                                             boolean byWords) {
        return who.size() >= 2 && (found.intent() == Intent.LIST || found.intent() == Intent.LATEST)
                ? new IntentFinder.Found(Intent.COMPARE, null) : measuresCompared(found, who, metrics, byWords);
    }

    /**
     * "killed vs wounded" sets two measures side by side, not sources nobody named: each measure is listed as usual
     * (trial 8: the reply had split them under three sides Tally picked itself). A comparison naming a source stays one.
     */
    private static IntentFinder.Found measuresCompared(IntentFinder.Found found, List<Who> who, Set<Metric> metrics,
                                                       boolean byWords) {
        return found.intent() == Intent.COMPARE && who.isEmpty() && byWords && metrics.size() >= 2
                ? new IntentFinder.Found(Intent.LIST, null) : found;
    }

    /** Without a calendar only periods that carry their own year are read. */
    private static @Nullable Period yearOnly(String lower) {
        Period period = PeriodParser.parse(lower, new QuestionContext(LocalDate.of(9999, 12, 31), Set.of()));
        if (period == null || !absolute(period.text())) {
            return null;
        }
        return period.alsoAsked() == null || absolute(period.alsoAsked()) ? period
                : new Period(period.from(), period.to(), period.text());
    }

    /** Said without the stand-in calendar: no year 9999 and no relative span ("(last month)"). */
    private static boolean absolute(String periodText) {
        return !periodText.contains("9999") && !periodText.contains("(");
    }
}
