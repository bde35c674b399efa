package tally.app.compose;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tally.app.FigureQuery;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Subject;
import tally.app.port.CorpusIndex;
import tally.app.question.CorpusAsks;
import tally.app.question.DerivedAsks;
import tally.app.question.MeasureWords;
import tally.app.question.NamedPlaces;
import tally.app.question.SubjectPassages;
import tally.app.question.UnreadTimes;
import tally.config.ClaimantDirectory;
import tally.model.Claim;
import tally.model.Metric;
import tally.model.Passage;

/**
 * Builds an answer from the claims in the index. It only selects, groups and orders claims; it never computes,
 * rounds or merges a figure, so every number in an answer is one a source stated. A question about something Tally
 * does not cover ({@link Subject.Kind#OTHER}) gets no North Korean figures, only a note and passages. Thread-safe.
 */
public final class AnswerComposer {

    public static final String CAVEAT = "These are unverified claims by the named parties, as reported by the "
            + "articles cited; none of these figures has been independently verified.";
    /**
     * The caveat of a reply that shows no figure and cites no article (off-topic, nothing found): "the articles cited"
     * named articles that were not there (newcomer trial, round 67), yet the reply must still say that Tally's figures
     * are unverified.
     */
    public static final String NOTHING_CITED = "This reply cites no article. The figures Tally gives are unverified "
            + "claims by the parties named; none has been independently verified.";
    static final String OFF_TOPIC = "Tally answers questions about North Korean troops in Russia's war against "
            + "Ukraine: how many were sent, killed, wounded or captured, and who says so. Try: "
            + "\"How many North Korean soldiers have been killed?\" Questions are read in English, Ukrainian, Russian and "
            + "Korean.";
    static final String COVERAGE = "Tally counts North Korean troops in Russia's war against Ukraine: how many were "
            + "sent, killed, wounded or captured, and who says so.";
    static final String NO_FIGURE_ASKED = "The question names no figure Tally counts (how many North Korean troops were "
            + "sent, killed, wounded or captured); ask \"how many ...\" for the competing figures.";
    /**
     * Said before the figures when the question asks for a percentage, rate or average ({@link DerivedAsks}): Tally
     * shows what sources stated and works nothing out from them, so no figure below is the share or rate asked.
     */
    static final String NOT_DERIVED = "Tally does not work out percentages, rates, averages, sums or differences: that"
            + " would set figures"
            + " from different sources and dates against each other. None of the figures below is one; each is a figure"
            + " as its source stated it.";
    /** Passages an answer without figures offers (the benchmark's bare search fetches as many). */
    public static final int PASSAGE_LIMIT = 3;
    /** Newest claims shown per group; the rest are counted, and `figures` lists them all. */
    static final int SHOWN_PER_GROUP = 12;
    static final int SHOWN_REVISIONS = 6;
    private static final int SEARCH_CHARS = 500;

    private final ClaimantDirectory directory;
    private final MeasureGroups measureGroups;
    private final NoFigureAnswers noFigureAnswers;
    private final Increments increments;

    private final DerivedAsks derivedAsks;
    private final UnreadTimes unreadTimes;
    private final CorpusAsks corpusAsks;
    private final NamedPlaces places;

    public AnswerComposer(ClaimantDirectory directory) {
        this(directory, Increments.NONE, SourceMentions.ANY, DerivedAsks.NONE, UnreadTimes.NONE, CorpusAsks.NONE,
                MeasureWords.NONE, SubjectPassages.NONE, NamedPlaces.NONE);
    }

    /**
     * @param increments figure wordings that are additions, not totals ("another 1,500"), from the question lexicon
     * @param sourceMentions when a party's name in a passage names it as a source, not a place, from the same lexicon
     * @param derivedAsks when a question asks for a percentage, rate or average, from the same lexicon
     * @param unreadTimes the time a question speaks of when no period could be read from it, from the same lexicon
     * @param corpusAsks when a question asks what Tally reads, not for figures, from the same lexicon
     * @param measureWords when a passage speaks of a measure, for an answer with no figure for it, from the same lexicon
     * @param subjectPassages when a passage speaks of what a question about something else counts, from the same lexicon
     * @param places the places a question names, which no figure is narrowed to, from the same lexicon
     */
    public AnswerComposer(ClaimantDirectory directory, Increments increments, SourceMentions sourceMentions,
                          DerivedAsks derivedAsks, UnreadTimes unreadTimes, CorpusAsks corpusAsks,
                          MeasureWords measureWords, SubjectPassages subjectPassages, NamedPlaces places) {
        this.directory = directory;
        this.measureGroups = new MeasureGroups(directory);
        this.noFigureAnswers = new NoFigureAnswers(directory, sourceMentions, measureWords, subjectPassages);
        this.increments = increments;
        this.derivedAsks = derivedAsks;
        this.unreadTimes = unreadTimes;
        this.corpusAsks = corpusAsks;
        this.places = places;
    }

    public Answer compose(String question, ParsedQuestion parsed, CorpusIndex index) {
        if (corpusAsks.asks(question, parsed)) {
            return CorpusSources.answer(question, parsed, index.corpus().articles());
        }
        return withFittingCaveat(answer(question, parsed, index));
    }

    /** The caveat that names no article when the answer cites none. */
    private static Answer withFittingCaveat(Answer a) {
        boolean citesNothing = a.groups().isEmpty() && a.passages().isEmpty() && a.mentioning().isEmpty()
                && a.mentioningElsewhere().isEmpty();
        return citesNothing ? a.withCaveat(NOTHING_CITED) : a;
    }

    private Answer answer(String question, ParsedQuestion parsed, CorpusIndex index) {
        if (!parsed.onTopic()) {
            return new Answer(question, parsed, List.of(), List.of(), OFF_TOPIC, CAVEAT);
        }
        if (!parsed.answeredByTroopFigures()) {
            return noFigureAnswers.notCovered(question, parsed, index);
        }
        if (!parsed.asksForFigures()) {
            Passages.Offered offered = Passages.best(index, searchText(question), PASSAGE_LIMIT, p -> true, parsed.period());
            List<Passage> passages = offered.passages();
            return new Answer(question, parsed, List.of(), passages, NO_FIGURE_ASKED + (passages.isEmpty()
                    ? " Nor did Tally find a passage in the articles that speaks of it."
                    : offered.introduce("may be relevant", parsed.period())), CAVEAT);
        }
        return figures(question, parsed, index);
    }

    /** The answer with the figures asked for, by measure, with what the reply must say of them. */
    private Answer figures(String question, ParsedQuestion parsed, CorpusIndex index) {
        Set<Metric> asked = parsed.metrics().isEmpty() ? EnumSet.allOf(Metric.class) : EnumSet.copyOf(parsed.metrics());
        Set<Metric> related = MeasureGroups.related(asked);
        Set<Metric> wanted = EnumSet.copyOf(asked);
        wanted.addAll(related);
        ClaimFilter filter = new ClaimFilter(directory, parsed);
        Map<String, FigureGroup> cache = measureGroups.cacheFor(parsed, filter, index.version());
        // The index returns claims newest first (the port's contract), and filtering keeps that order.
        List<Claim> every = index.claims(new FigureQuery(wanted, null, null));
        List<Claim> claims = every.stream().filter(filter).map(increments::rescope).toList();
        // a pass over every claim only when a source is named: most questions name none
        long doubtful = filter.namesASource() ? every.stream().filter(filter::leftOutAsDoubtful).count() : 0;
        if (parsed.sideBySide()) {
            claims = Comparison.keep(parsed.compared(), filter, claims);
        } else if (parsed.intent() == Intent.LATEST) {
            claims = Latest.of(claims);
        } else if (parsed.intent() == Intent.EARLIEST) {
            claims = Latest.earliest(claims);
        }
        List<Claim> mentioning = parsed.intent() == Intent.CHECK ? Mentions.of(parsed, filter, index, increments) : List.of();
        List<Claim> elsewhere = parsed.intent() == Intent.CHECK
                ? Mentions.elsewhere(parsed, new ClaimFilter(directory, parsed.withoutSource()), index, increments, mentioning)
                : List.of();
        if (claims.isEmpty()) {
            Answer none = noFigureAnswers.nothingFound(question, parsed, asked, index);
            return new Answer(question, parsed, none.groups(), none.passages(), none.note(), CAVEAT, mentioning, null,
                    elsewhere);
        }
        List<FigureGroup> groups = measureGroups.of(wanted, related, claims, parsed, filter, cache);
        return new Answer(question, parsed, groups, List.of(), note(question, parsed), CAVEAT, mentioning,
                parsed.intent() == Intent.WHY_DIFFER ? Comparison.differences(claims) : null, elsewhere,
                leftOutAsDoubtful(doubtful));
    }

    /**
     * What is said before the figures: what the question counts that Tally does not cover, that nothing is worked out
     * from them, a time that could not be read, and a place no figure is narrowed to; null for none.
     */
    private @org.jspecify.annotations.Nullable String note(String question, ParsedQuestion parsed) {
        String note = subjectNote(parsed.subject());
        if (derivedAsks.asks(question)) {
            note = note == null ? NOT_DERIVED : NOT_DERIVED + " " + note;
        }
        String unread = unreadTimes.in(question, parsed);
        if (unread != null) {
            String said = "Tally could not read a date in '" + unread + "', so the figures below are not limited to"
                    + " that time.";
            note = note == null ? said : note + " " + said;
        }
        // "still in Kursk": Tally keeps no figures by place, and a place dropped without a word answers another question
        String place = places.note(question, parsed);
        if (place != null) {
            note = note == null ? place : note + " " + place;
        }
        return note;
    }

    /**
     * Said after the figures of a question that names a source: figures that may be that source's were left out, as
     * the articles do not say for sure who gave them. After, not before: the answer comes first, and the note only
     * says where else to look (round 67: it opened the reply, in words like "read ... only with doubt").
     */
    static @org.jspecify.annotations.Nullable String leftOutAsDoubtful(long doubtful) {
        if (doubtful == 0) {
            return null;
        }
        // no count in the words: a reply's numbers are the sources' own (FaithfulnessTest)
        return (doubtful == 1 ? "Not shown above: a figure that may be this source's, but the articles do not make"
                + " clear who gave it " : "Not shown above: figures that may be this source's, but the articles do not"
                + " make clear who gave them ") + Answer.EVERY_CLAIM + ".";
    }

    /** See {@link NoFigureAnswers#noFiguresNote}. */
    String noFiguresNote(ParsedQuestion parsed, Set<Metric> asked) {
        return noFigureAnswers.noFiguresNote(parsed, asked);
    }

    /** Said when the question also counts something Tally does not cover, beside North Korean troops. */
    private static @org.jspecify.annotations.Nullable String subjectNote(Subject subject) {
        String forces = subject.notCovered().isEmpty() ? null : "Tally has no figures for " + joined(subject.notCovered())
                + "; the figures below are for North Korean troops only.";
        // "killed by drones": the figures count the troops killed, not by what; presenting them bare would answer a
        // narrower question than any source did
        // "of the wounded" (PartOfAnother) narrows the same way: to troops no figure counts on their own
        String causes = subject.notBrokenDown().isEmpty() ? null : "No figure below counts only those "
                + joined(subject.notBrokenDown().stream().map(c -> "'" + c + "'").toList())
                + ": Tally keeps no such breakdown, and each figure counts what its source's own words say.";
        if (forces == null || causes == null) {
            return forces != null ? forces : causes;
        }
        return forces + " " + causes;
    }

    static String joined(List<String> labels) {
        if (labels.size() <= 1) {
            return String.join("", labels);
        }
        return String.join(", ", labels.subList(0, labels.size() - 1)) + " or " + labels.get(labels.size() - 1);
    }

    /**
     * Words only: a search backend never sees markup or query syntax from a hostile question. The text the passage
     * search runs on (the benchmark's bare search runs on the same).
     */
    public static String searchText(String question) {
        String capped = question.length() > SEARCH_CHARS ? question.substring(0, SEARCH_CHARS) : question;
        return Arrays.stream(capped.split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .collect(Collectors.joining(" "));
    }
}
