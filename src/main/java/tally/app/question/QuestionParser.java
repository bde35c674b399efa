package tally.app.question;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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

    private record MetricPhrase(Set<Metric> metrics, Phrases.Phrase phrase) {
    }

    private final List<MetricPhrase> words;
    private final List<MetricPhrase> contextWords;
    private final Metric genericMetric;
    private final List<Phrases.Phrase> quantityWords;
    private final List<Phrases.Phrase> nouns;
    private final int genericWindow;
    private final List<Phrases.Phrase> topicWords;
    private final ClaimantFinder claimants;
    private final UnknownSourceFinder unknownSources;
    private final LocalDates localDates;
    private final FollowUps followUps;
    private final SubjectFinder subjects;
    private final IntentFinder intents;
    private final Acronyms acronyms;
    private final UnkeptVerbs unkept;
    private final PartOfAnother partOf;
    private final UntrackedPhrases untrackedPhrases;
    private final NameSpellings spellings;
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
        List<MetricPhrase> strong = new ArrayList<>();
        List<MetricPhrase> context = new ArrayList<>();
        for (Map.Entry<Metric, QuestionLexicon.MetricWords> e : lexicon.byMetric().entrySet()) {
            Set<Metric> one = EnumSet.of(e.getKey());
            e.getValue().words().forEach(w -> strong.add(new MetricPhrase(one, Phrases.compile(w))));
            e.getValue().contextWords().forEach(w -> context.add(new MetricPhrase(one, Phrases.compile(w))));
        }
        for (QuestionLexicon.Umbrella u : lexicon.umbrellas()) {
            Set<Metric> all = EnumSet.noneOf(Metric.class);
            u.metrics().forEach(id -> all.add(Metric.byId(id).orElseThrow()));
            u.words().forEach(w -> strong.add(new MetricPhrase(all, Phrases.compile(w))));
            u.contextWords().forEach(w -> context.add(new MetricPhrase(all, Phrases.compile(w))));
        }
        strong.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        context.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
        this.words = List.copyOf(strong);
        this.contextWords = List.copyOf(context);
        this.genericMetric = Metric.byId(lexicon.generic().metric()).orElseThrow();
        this.quantityWords = lexicon.generic().quantityWords().stream().map(Phrases::compile).toList();
        this.nouns = lexicon.generic().nouns().stream().map(Phrases::compile).toList();
        this.genericWindow = lexicon.generic().window();
        this.topicWords = lexicon.topicWords().stream().map(Phrases::compile).toList();
        List<Phrases.Phrase> content = contentPhrases(lexicon);
        this.claimants = new ClaimantFinder(directory, lexicon,
                (question, at) -> content.stream().anyMatch(p -> Phrases.matchesAt(p, question, at)));
        List<Phrases.Phrase> notAName = new ArrayList<>(content);
        notAName.addAll(topicWords);
        this.unknownSources = new UnknownSourceFinder(directory, claimants, lexicon, notAName);
        this.localDates = new LocalDates(lexicon.periodWords());
        this.unreadTimes = UnreadTimes.of(lexicon);
        this.followUps = new FollowUps(lexicon.followUpOpeners(), lexicon.aboutLastAnswer(), lexicon.thenWords());
        this.subjects = new SubjectFinder(lexicon.subjects(), lexicon.generic().quantityWords(),
                (question, at) -> content.stream().anyMatch(p -> Phrases.matchesAt(p, question, at)));
        this.intents = new IntentFinder(lexicon.intents());
        this.acronyms = new Acronyms(directory, lexicon.claimantCues().notAcronyms());
        this.unkept = new UnkeptVerbs(lexicon, directory, verbs);
        this.partOf = new PartOfAnother(lexicon.subjects().partOf());
        this.untrackedPhrases = new UntrackedPhrases(lexicon.subjects());
        this.spellings = new NameSpellings(directory);
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
        String part = subject.covered() && byWords ? partOf.find(w, named, this::measureAt) : null;
        if (part == null) {
            return subject;
        }
        List<String> narrowed = new ArrayList<>(subject.notBrokenDown());
        narrowed.add(part);
        return new Subject(subject.kind(), subject.notCovered(), subject.terms(), narrowed);
    }

    /** The measures of the longest metric phrase at word {@code at}, or null when none starts there. */
    private PartOfAnother.@Nullable Named measureAt(List<String> w, int at) {
        for (MetricPhrase p : words) { // longest first
            if (Phrases.matchesAt(p.phrase(), w, at)) {
                return new PartOfAnother.Named(p.metrics(), p.phrase().size());
            }
        }
        return null;
    }

    /**
     * Whether a phrase of the question's content (a metric, a force or troop noun) starts at a word: it describes what
     * is counted. Phrases of several words count too, so "body count" is content and its "count" no source's cue.
     */
    private List<Phrases.Phrase> contentPhrases(QuestionLexicon lexicon) {
        List<Phrases.Phrase> content = new ArrayList<>();
        words.stream().map(MetricPhrase::phrase).forEach(content::add);
        contextWords.stream().map(MetricPhrase::phrase).forEach(content::add);
        lexicon.subjects().forceNouns().forEach(w -> content.add(Phrases.compile(w)));
        lexicon.subjects().troopNouns().forEach(w -> content.add(Phrases.compile(w)));
        lexicon.generic().nouns().forEach(w -> content.add(Phrases.compile(w)));
        return List.copyOf(content);
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

    /** At most this many words, with no measure, source or topic among them: "in January 2025?", "and late 2024?". */
    private static final int PERIOD_ONLY_WORDS = 6;

    /**
     * Whether the question names a time and nothing else ("in January 2025?", "during spring 2025?"). After a question
     * it asks that question again for the time it names, as "and in January 2025?" does (trial 12: alone it got the
     * help text, and broke the conversation's chain of follow-ups).
     */
    public boolean namesOnlyAPeriod(String question, @Nullable QuestionContext context) {
        return onlyAPeriod(parseIn(question, context), QuestionText.of(question).words());
    }

    private static boolean onlyAPeriod(ParsedQuestion parsed, List<String> words) {
        return !parsed.onTopic() && parsed.period() != null && !words.isEmpty() && words.size() <= PERIOD_ONLY_WORDS;
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
        ParsedQuestion effective = null;
        for (String q : earlier) {
            effective = effective == null ? parseIn(q, context) : step(q, effective, context).parsed();
        }
        return effective == null ? new FollowUp(parseIn(question, context), List.of())
                : step(question, effective, context);
    }

    private FollowUp step(String question, ParsedQuestion previous, @Nullable QuestionContext context) {
        QuestionText text = QuestionText.of(question);
        List<String> words = text.words();
        if (previous.onTopic() && followUps.asksAboutLast(words)) {
            return new FollowUp(previous, List.of(), true);
        }
        ParsedQuestion current = parseIn(question, context);
        boolean onlyAPeriod = previous.onTopic() && onlyAPeriod(current, words);
        if (!current.onTopic() && (followUps.opens(words) || onlyAPeriod)) {
            // "and the latest?" names no measure, so alone it is off the topic and its kind of answer was dropped: the
            // question it follows gives the topic, and it keeps its own kind (trial 7)
            IntentFinder.Found found = intents.find(words, text.lower());
            current = new ParsedQuestion(current.metrics(), current.claimant(), current.partyId(), current.period(),
                    false, current.subject(), found.intent(), List.of(), found.number(), false, current.unknownSource());
        }
        int rest = followUps.openerEnd(question, words);
        boolean ownSource = current.claimant() != null || current.partyId() != null || current.unknownSource() != null;
        if (rest >= 0 && !ownSource) {
            ParsedQuestion probe = parseIn("according to " + question.substring(rest), context);
            if (probe.claimant() != null || probe.partyId() != null || probe.unknownSource() != null) {
                // the words name who speaks, not whom the figures count ("Ukraine's military intelligence" is no
                // question about Ukrainian forces): the subject is the conversation's
                current = new ParsedQuestion(current.metrics(), probe.claimant(), probe.partyId(), current.period(),
                        true, previous.subject(), current.intent(), List.of(), current.number(), true,
                        probe.unknownSource());
            }
        }
        if (rest >= 0 && current.subject().kind() == Subject.Kind.OTHER && previous.subject().kind() != Subject.Kind.OTHER
                && (current.claimant() != null || current.partyId() != null)) {
            // "what about Ukraine's military intelligence?": the force words are the source's name, not what is counted
            current = new ParsedQuestion(current.metrics(), current.claimant(), current.partyId(), current.period(),
                    true, previous.subject(), current.intent(), List.of(), current.number(), true,
                    current.unknownSource());
        }
        Period nearer = rest >= 0 ? FollowUps.monthNearPrevious(current.period(), previous.period(), question) : null;
        if (nearer != null) {
            current = current.withPeriod(nearer);
        }
        Period then = current.period() == null ? followUps.thenPeriod(words, previous.period(),
                context == null ? null : context.today()) : null;
        if (then != null) {
            current = current.withPeriod(then);
        }
        FollowUps.Carried carried = followUps.carry(words, previous, current, then != null || onlyAPeriod);
        return carried == null ? new FollowUp(current, List.of()) : new FollowUp(carried.parsed(), carried.what());
    }

    /** @param context today's date and the months that have claims; null when neither is known */
    public ParsedQuestion parseIn(String question, @Nullable QuestionContext context) {
        QuestionText text = QuestionText.of(acronyms.restore(spellings.corrected(question)));
        List<String> w = text.words();
        Sources sources = sources(text, w);
        List<Who> who = sources.who();
        String dates = NumericDates.inWords(localDates.toEnglish(text.lower()));
        Period period = context == null ? yearOnly(dates) : PeriodParser.parse(dates, context, unreadTimes::in);
        UnknownSourceFinder.Found unknownSource = periodIsNoSource(sources.unknown(), period);
        // "What did the Kyiv Independent report?", "What did Andrii Cherniak say?": a source named by its cue asks what
        // it claims, and Tally can say what the articles attribute to it, or that they attribute nothing (trial 8)
        // ("What did my teacher say?" names no one by name, and stays off the topic).
        // "What about the week before Christmas 2024?" asked first: a follow-up's period with no question before it
        // still asks for the figures of that time, not for the help text (trial 8)
        boolean topic = !who.isEmpty() || namedByName(unknownSource) || Phrases.anyMatch(topicWords, w)
                || period != null && followUps.opens(w);
        // "wounded but not killed" asks for the wounded: a metric word inside an untracked measure's phrase ("not
        // killed", "sent home") names a measure only where no other is named
        List<String> outside = untrackedPhrases.blanked(w);
        Set<Metric> positive = metrics(words, outside, true);
        Set<Metric> metrics = positive.isEmpty() ? metrics(words, w, true) : positive;
        // "how many were NOT killed", "how many were sent home" name no measure Tally keeps
        boolean onlyUntracked = outside != w && positive.isEmpty();
        if (!onlyUntracked && SENDING.containsAll(metrics) && future.asks(w)) {
            // "will north korea send more soldiers?", "How many more are coming?": troops still to come are a plan,
            // never the troops sent so far (trial 13: those were listed with no word, or the help text given)
            metrics = EnumSet.of(Metric.PLANNED_DEPLOYMENT);
        }
        boolean byWords = !metrics.isEmpty();
        if (metrics.isEmpty() && topic) {
            metrics = metrics(contextWords, w, false);
        }
        Set<Metric> named = Set.copyOf(metrics);
        if (metrics.isEmpty() && topic && generic(w)) {
            metrics = EnumSet.of(genericMetric);
        }
        Subject subject = refined(subjects.find(w, onlyUntracked ? Set.of() : named, byWords), text, w, byWords,
                !metrics.isEmpty(), named);
        IntentFinder.Found found = intents.find(w, text.lower(), byWords);
        // Two sources named for one list ("according to Seoul and Kyiv", "either the NIS or Zelensky", "higher than
        // South Korea's", "... than Zelensky's now") are set side by side: answered as one, the second was dropped
        // without a word.
        IntentFinder.Found intent = who.size() >= 2 && (found.intent() == Intent.LIST || found.intent() == Intent.LATEST)
                ? new IntentFinder.Found(Intent.COMPARE, null) : measuresCompared(found, who, metrics, byWords);
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
                || intent.intent() != Intent.LIST || intents.speaksOfFigures(w) || quantity(w);
        ParsedQuestion parsed = new ParsedQuestion(metrics, first == null ? null : first.claimant(),
                first == null ? null : first.partyId(), period, true, subject, intent.intent(), List.of(),
                intent.number(), asksForFigures, unknown);
        if (intent.intent() == Intent.COMPARE || intent.intent() == Intent.WHY_DIFFER && who.size() >= 2) {
            return parsed.comparing(who);
        }
        return parsed;
    }

    /** Whether an unknown source is named by a name: a word written with a capital ("the Kyiv Independent"). */
    private static boolean namedByName(UnknownSourceFinder.@Nullable Found unknown) {
        return unknown != null && java.util.Arrays.stream(unknown.words().split("\\s+"))
                .anyMatch(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)));
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

    /**
     * An unlisted source whose words are the period the question asks about is no source: "according to January 2025"
     * and the follow-up "what about January 2025?" asked for a month, and were answered that no source "January" is
     * listed (trial 11).
     */
    private static UnknownSourceFinder.@Nullable Found periodIsNoSource(UnknownSourceFinder.@Nullable Found unknown,
                                                                       @Nullable Period period) {
        return unknown != null && period != null && period.shown().toLowerCase(java.util.Locale.ROOT)
                .contains(unknown.words().toLowerCase(java.util.Locale.ROOT)) ? null : unknown;
    }

    /** The listed sources a question names, in order, and an unlisted one it names instead (or null). */
    private record Sources(List<Who> who, UnknownSourceFinder.@Nullable Found unknown) {
    }

    private Sources sources(QuestionText text, List<String> w) {
        boolean comparing = intents.compares(w) || intents.differs(w);
        // A comparison puts listed sources side by side; an unknown name there is left to the listing as before.
        UnknownSourceFinder.Found unknown = comparing ? null : unknownSources.find(text.cleaned());
        List<Who> who = claimants.findAll(text.cleaned(), comparing, unknown);
        if (!comparing && intents.comparesByDegree(w)) {
            // "are the numbers from Ukraine higher than South Korea's?" sets two sources side by side; with one
            // source ("the Mossad's lower than Seoul's": one listed, one not) it stays a listing of what was named
            List<Who> sides = claimants.findAll(text.cleaned(), true, null);
            if (sides.size() >= 2) {
                return new Sources(sides, null);
            }
        }
        // a listed source elsewhere in the question is the one asked for; its figures are not filtered twice
        return new Sources(who, who.isEmpty() ? unknown : null);
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

    /** Longest phrase first; a word used by one phrase is not reused, so "killed or wounded" is not also "killed". */
    private static Set<Metric> metrics(List<MetricPhrase> phrases, List<String> w, boolean typos) {
        Set<Metric> found = EnumSet.noneOf(Metric.class);
        boolean[] used = new boolean[w.size()];
        for (MetricPhrase mp : phrases) {
            int n = mp.phrase().size();
            for (int i = 0; i + n <= w.size(); i++) {
                if (!anyUsed(used, i, n) && Phrases.matchesAt(mp.phrase(), w, i)) {
                    found.addAll(mp.metrics());
                    Arrays.fill(used, i, i + n, true);
                }
            }
        }
        if (typos) {
            for (int i = 0; i < w.size(); i++) {
                for (MetricPhrase mp : phrases) {
                    if (!used[i] && Phrases.matchesWithTypo(mp.phrase(), w.get(i))) {
                        found.addAll(mp.metrics());
                        used[i] = true;
                    }
                }
            }
        }
        return found;
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** "how many", "number of": the question asks for a count, even without a metric. */
    private boolean quantity(List<String> w) {
        return Phrases.anyMatchExact(quantityWords, w);
    }

    /** "how many (North Korean) troops": a quantity word followed closely by a noun for soldiers. */
    private boolean generic(List<String> w) {
        for (int i = 0; i < w.size(); i++) {
            for (Phrases.Phrase q : quantityWords) {
                if (Phrases.matchesAt(q, w, i)) {
                    int from = i + q.size();
                    int to = Math.min(w.size(), from + genericWindow + 1);
                    for (int j = from; j < to; j++) {
                        for (Phrases.Phrase noun : nouns) {
                            if (Phrases.matchesAt(noun, w, j)) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
