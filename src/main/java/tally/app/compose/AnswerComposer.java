package tally.app.compose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import tally.app.FigureQuery;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Intent;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Revision;
import tally.app.answer.Subject;
import tally.app.port.CorpusIndex;
import tally.app.question.CorpusAsks;
import tally.app.question.DerivedAsks;
import tally.app.question.UnreadTimes;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;
import tally.model.Claim;
import tally.model.ClaimOrder;
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
    /**
     * A metric's group over the whole corpus (no claimant, party or period asked) changes only with the corpus, so it
     * is worked out once per corpus version: on thousands of claims the spread and revisions cost more than the rest.
     */
    private final AtomicReference<VersionGroups> wholeCorpusGroups =
            new AtomicReference<>(new VersionGroups("", new ConcurrentHashMap<>()));

    /** The cached groups of one corpus version; a map is only ever filled from claims of its own version. */
    private record VersionGroups(String version, Map<String, FigureGroup> groups) {
    }

    private final Increments increments;

    private final SourceMentions sourceMentions;

    private final DerivedAsks derivedAsks;
    private final UnreadTimes unreadTimes;
    private final CorpusAsks corpusAsks;

    public AnswerComposer(ClaimantDirectory directory) {
        this(directory, Increments.NONE, SourceMentions.ANY, DerivedAsks.NONE, UnreadTimes.NONE, CorpusAsks.NONE);
    }

    /**
     * @param increments figure wordings that are additions, not totals ("another 1,500"), from the question lexicon
     * @param sourceMentions when a party's name in a passage names it as a source, not a place, from the same lexicon
     * @param derivedAsks when a question asks for a percentage, rate or average, from the same lexicon
     * @param unreadTimes the time a question speaks of when no period could be read from it, from the same lexicon
     * @param corpusAsks when a question asks what Tally reads, not for figures, from the same lexicon
     */
    public AnswerComposer(ClaimantDirectory directory, Increments increments, SourceMentions sourceMentions,
                          DerivedAsks derivedAsks, UnreadTimes unreadTimes, CorpusAsks corpusAsks) {
        this.directory = directory;
        this.increments = increments;
        this.sourceMentions = sourceMentions;
        this.derivedAsks = derivedAsks;
        this.unreadTimes = unreadTimes;
        this.corpusAsks = corpusAsks;
    }

    public Answer compose(String question, ParsedQuestion parsed, CorpusIndex index) {
        if (corpusAsks.asks(question, parsed)) {
            return CorpusSources.answer(question, parsed, index.corpus().articles());
        }
        if (!parsed.onTopic()) {
            return new Answer(question, parsed, List.of(), List.of(), OFF_TOPIC, CAVEAT);
        }
        if (!parsed.answeredByTroopFigures()) {
            return notCovered(question, parsed, index);
        }
        if (!parsed.asksForFigures()) {
            List<Passage> passages = Passages.best(index, searchText(question), PASSAGE_LIMIT);
            return new Answer(question, parsed, List.of(), passages, NO_FIGURE_ASKED + (passages.isEmpty()
                    ? " Nor did Tally find a passage in the articles that speaks of it." : " These passages from the articles may be"
                    + " relevant:"), CAVEAT);
        }
        Set<Metric> asked = parsed.metrics().isEmpty() ? EnumSet.allOf(Metric.class) : EnumSet.copyOf(parsed.metrics());
        Set<Metric> related = related(asked);
        Set<Metric> wanted = EnumSet.copyOf(asked);
        wanted.addAll(related);
        ClaimFilter filter = new ClaimFilter(directory, parsed);
        // a question about revisions shows every one, where a listing shows the newest few
        boolean revisionsAsked = parsed.intent() == Intent.REVISIONS;
        boolean sameAsListing = parsed.intent() != Intent.LATEST && parsed.intent() != Intent.EARLIEST
                && !parsed.sideBySide() && !revisionsAsked;
        Map<String, FigureGroup> cache = filter.keepsEverything() && sameAsListing ? groupsOf(index.version()) : null;
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
            Answer none = nothingFound(question, parsed, asked, index);
            return new Answer(question, parsed, none.groups(), none.passages(), none.note(), CAVEAT, mentioning, null,
                    elsewhere);
        }
        List<FigureGroup> groups = new ArrayList<>();
        for (Metric metric : wanted) {
            boolean isRelated = related.contains(metric);
            // A metric the question named keeps its (empty) group, so the reply can say it has no figures.
            boolean named = !parsed.metrics().isEmpty() && !isRelated;
            List<Claim> all = claims;
            FigureGroup group = cache != null
                    ? cache.computeIfAbsent(metric.id() + "|" + isRelated, k -> group(metric, all, isRelated, SHOWN_REVISIONS,
                    false))
                    : group(metric, claims, isRelated, revisionsAsked ? Integer.MAX_VALUE : SHOWN_REVISIONS,
                    parsed.intent() == Intent.EARLIEST);
            if (parsed.sideBySide()) {
                group = group.withSides(Comparison.sides(parsed.compared(), filter, group.claims()));
            }
            if (!group.claims().isEmpty() || named) {
                groups.add(group);
            }
        }
        String note = subjectNote(parsed.subject());
        if (doubtful > 0) {
            // no count in the words: a reply's numbers are the sources' own (FaithfulnessTest)
            String left = (doubtful == 1 ? "A figure that Tally read as this source's only with doubt is"
                    : "Figures that Tally read as this source's only with doubt are") + " left out: the articles do not"
                    + " say for sure who claims " + (doubtful == 1 ? "it" : "them") + " " + Answer.EVERY_CLAIM + ".";
            note = note == null ? left : note + " " + left;
        }
        if (derivedAsks.asks(question)) {
            note = note == null ? NOT_DERIVED : NOT_DERIVED + " " + note;
        }
        String unread = unreadTimes.in(question, parsed);
        if (unread != null) {
            String said = "Tally could not read a date in '" + unread + "', so the figures below are not limited to"
                    + " that time.";
            note = note == null ? said : note + " " + said;
        }
        return new Answer(question, parsed, groups, List.of(), note, CAVEAT, mentioning,
                parsed.intent() == Intent.WHY_DIFFER ? Comparison.differences(claims) : null, elsewhere);
    }

    /**
     * The cache for this corpus version. A request still on the previous version during a reload gets a map of its
     * own, so it can never leave its groups in the cache of the new version.
     */
    private Map<String, FigureGroup> groupsOf(String version) {
        VersionGroups current = wholeCorpusGroups.get();
        if (current.version().equals(version)) {
            return current.groups();
        }
        VersionGroups fresh = new VersionGroups(version, new ConcurrentHashMap<>());
        wholeCorpusGroups.compareAndSet(current, fresh);
        return fresh.groups();
    }

    /**
     * @param claims         the metric's claims, newest first (oldest first when {@code oldestFirst})
     * @param shownRevisions how many of the newest revisions the group keeps
     * @param oldestFirst    the claims are each claimant's first figures, shown oldest first as the reply says
     */
    private FigureGroup group(Metric metric, List<Claim> claims, boolean related, int shownRevisions,
                              boolean oldestFirst) {
        List<Claim> mine = claims.stream().filter(c -> c.metric() == metric).toList();
        Spread spread = Spread.of(mine);
        List<Revision> revisions = Revisions.of(mine, directory::speaksWithManyVoices);
        List<Claim> shown = sureFirst(shown(mine, spread, oldestFirst));
        int undated = (int) mine.stream().filter(c -> !c.claimDate().known()).count();
        return new FigureGroup(metric, shown, spread.lowest(), spread.highest(),
                revisions.subList(0, Math.min(shownRevisions, revisions.size())), related, mine.size(), undated,
                List.of());
    }

    /**
     * The first claims of the list (the newest, or the oldest when {@code oldestFirst}), and both ends of the spread
     * even when beyond them, each with its sources, in the list's own order: a reply that says "oldest first" had
     * listed the oldest twelve newest first (trial 9).
     */
    private static List<Claim> shown(List<Claim> ordered, Spread spread, boolean oldestFirst) {
        if (ordered.size() <= SHOWN_PER_GROUP) {
            return ordered;
        }
        List<Claim> shown = new ArrayList<>(ordered.subList(0, SHOWN_PER_GROUP));
        for (Claim end : new Claim[] {spread.lowest(), spread.highest()}) {
            if (end != null && !shown.contains(end)) {
                shown.add(end);
            }
        }
        shown.sort(oldestFirst ? ClaimOrder.NEWEST_FIRST.reversed() : ClaimOrder.NEWEST_FIRST);
        return shown;
    }

    /**
     * The claims read for sure first, then those read with doubt, each part in the order it had: a claim whose claimant,
     * measure or date is uncertain (a figure the source denies, a claimant from a previous sentence) never heads a
     * measure's list, where a reader takes the first line for the newest word on it (trial 13: "12,000 — claimant
     * uncertain: the figure is one the source denies" headed the pinned summary's troops sent). It is still listed,
     * labelled, as an uncertain claim never starts a revision, ends a spread or joins a merge.
     */
    static List<Claim> sureFirst(List<Claim> ordered) {
        if (ordered.stream().allMatch(c -> c.certainty().allCertain())) {
            return ordered;
        }
        List<Claim> sure = new ArrayList<>(ordered.size());
        ordered.stream().filter(c -> c.certainty().allCertain()).forEach(sure::add);
        ordered.stream().filter(c -> !c.certainty().allCertain()).forEach(sure::add);
        return List.copyOf(sure);
    }

    /** Deaths and injuries are also counted together by some claimants; show those figures beside, never merged. */
    private static Set<Metric> related(Set<Metric> asked) {
        Set<Metric> related = EnumSet.noneOf(Metric.class);
        if ((asked.contains(Metric.KILLED) || asked.contains(Metric.WOUNDED)) && !asked.contains(Metric.KILLED_OR_WOUNDED)) {
            related.add(Metric.KILLED_OR_WOUNDED);
        }
        return related;
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

    /**
     * A question about other forces, another unit of count or a measure Tally does not track: no North Korean figure
     * is offered as its answer; passages that speak of what was asked are, with their attribution.
     */
    private Answer notCovered(String question, ParsedQuestion parsed, CorpusIndex index) {
        List<String> terms = parsed.subject().terms().stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
        List<Passage> passages = passagesNaming(index, searchText(question), terms);
        if (passages.isEmpty() && !terms.isEmpty()) {
            // the whole question can rank first only passages about North Korean troops in Russia, none naming the
            // engineers it asks about ("How many North Korean engineers went to Russia?"); the words asked about alone
            // find those that do, so the reply does not say that no passage speaks of it
            passages = passagesNaming(index, searchText(String.join(" ", terms)), terms);
        }
        String note = COVERAGE + " It has no figures for " + joined(parsed.subject().notCovered())
                + ", so it shows none as an answer." + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that speaks of it."
                : " These passages from the articles mention it:");
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /** The best passages for {@code query} that hold one of {@code terms} (any passage when there are none). */
    private static List<Passage> passagesNaming(CorpusIndex index, String query, List<String> terms) {
        return Passages.best(index, query, PASSAGE_LIMIT * 4,
                p -> terms.isEmpty() || terms.stream().anyMatch(t -> p.text().toLowerCase(Locale.ROOT).contains(t)))
                .stream().limit(PASSAGE_LIMIT).toList();
    }

    private Answer nothingFound(String question, ParsedQuestion parsed, Set<Metric> asked, CorpusIndex index) {
        if (parsed.unknownSource() != null) {
            return UnknownSourceAnswer.none(question, parsed, index, noFiguresNote(parsed, asked));
        }
        if (parsed.claimant() != null || parsed.partyId() != null) {
            return nothingFromTheSourceAsked(question, parsed, asked, index);
        }
        List<Passage> passages = Passages.best(index, searchText(question), PASSAGE_LIMIT);
        String note = noFiguresNote(parsed, asked) + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that speaks of it."
                : " These passages from the articles may be relevant:");
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /**
     * "How many were killed according to the Pentagon?" with no Pentagon figure: only passages that name the source
     * asked about (or one of its members) are offered, so no other party's figure stands where its answer would.
     */
    private Answer nothingFromTheSourceAsked(String question, ParsedQuestion parsed, Set<Metric> asked,
                                             CorpusIndex index) {
        List<Passage> passages = Passages.best(index, searchText(question), PASSAGE_LIMIT * 4,
                p -> namesTheSourceAsked(p.text(), parsed)).stream().limit(PASSAGE_LIMIT).toList();
        String note = noFiguresNote(parsed, asked) + (passages.isEmpty()
                ? " Nor did Tally find a passage in the articles that names that source."
                : " These passages from the articles name that source:");
        return new Answer(question, parsed, List.of(), passages, note, CAVEAT);
    }

    /**
     * A claimant's alias that is also a place ("Kyiv" for Ukraine's government) names the source only as a source would
     * be named ({@link SourceMentions}); "an ally of Kyiv" names a place.
     */
    private boolean namesTheSourceAsked(String text, ParsedQuestion parsed) {
        String claimantId = parsed.claimant() == null ? null : parsed.claimant().id();
        List<ClaimantDirectory.Mention> places = directory.parties(text);
        boolean byClaimant = directory.claimants(text).stream().anyMatch(m -> (m.id().equals(claimantId)
                || claimantId != null && claimantId.equals(directory.memberOf(m.id()))
                || parsed.partyId() != null && parsed.partyId().equals(directory.partyOf(m.id())))
                && (!samePlace(places, m) || sourceMentions.asSource(text, m)));
        return byClaimant || parsed.partyId() != null && places.stream()
                .anyMatch(m -> m.id().equals(parsed.partyId()) && sourceMentions.asSource(text, m));
    }

    private static boolean samePlace(List<ClaimantDirectory.Mention> places, ClaimantDirectory.Mention claimant) {
        return places.stream().anyMatch(p -> p.start() == claimant.start() && p.end() == claimant.end());
    }

    String noFiguresNote(ParsedQuestion parsed, Set<Metric> asked) {
        StringBuilder note = new StringBuilder("The sources have no figures");
        if (!parsed.metrics().isEmpty()) {
            // "killed, wounded or captured": a list, not "killed or wounded or ... or captured"
            note.append(" for ").append(joined(asked.stream().map(m -> m.label().toLowerCase(Locale.ROOT)).toList()));
        }
        if (parsed.claimant() != null) {
            note.append(" from ").append(parsed.claimant().name());
        } else if (parsed.partyId() != null) {
            String party = directory.party(parsed.partyId()).map(ClaimantsConfig.Party::name).orElse(parsed.partyId());
            note.append(" from ").append(party).append(" (any of its officials or agencies)");
        } else if (parsed.unknownSource() != null) {
            note.append(" from “").append(parsed.unknownSource()).append('”');
        } else if (!parsed.compared().isEmpty()) {
            note.append(" from ").append(parsed.compared().stream().map(w -> w.label())
                    .collect(Collectors.joining(" or ")));
        }
        if (parsed.period() != null) {
            note.append(' ').append(parsed.period().text());
        }
        return note.append('.').toString();
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
