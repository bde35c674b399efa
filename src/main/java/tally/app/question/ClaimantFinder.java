package tally.app.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Who;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantDirectory.Mention;
import tally.config.ClaimantsConfig;
import tally.model.Claimant;

/**
 * Finds whose figures a question asks for. A named person or official body ("Zelensky", "NIS", "HUR") is enough on
 * its own, unless it is the agent of the action ("captured by the Ukrainian army"). A party ("South Korea"), a media
 * outlet, a group, or anyone on the side the question is about (North Korea, Russia) counts only next to a cue such as
 * "according to" or "says": "How many North Korean troops..." is the topic, "what does Pyongyang say" is a source. A cue
 * after the name counts only when no word of the question's content (a metric, a force noun: "casualty", "death",
 * "troops") stands between them: in "north korean casualty figures" the name describes the casualties, it does not give
 * the figures. When the question compares sources, a party counts without a cue.
 */
final class ClaimantFinder {

    private static final int CUE_WORDS_BEFORE = 4;
    private static final int CUE_WORDS_AFTER = 3;
    private static final int NEARBY_CHARS = 60;
    private static final int MAX_CANDIDATES = 50;

    private final ClaimantDirectory directory;
    private final List<Phrases.Phrase> cuesBefore;
    private final List<Phrases.Phrase> cuesAfter;
    private final Set<String> agentWords;
    private final Set<String> sidesAfter;
    private final Set<String> askedSubjects;
    private final Set<String> topicParties;
    private final BiPredicate<List<String>, Integer> contentAt;
    private final LocalNames localNames;
    /** The lexicon's {@code intents.revisions}: a name right before one changed its own figure, so it is a source. */
    private final List<Phrases.Phrase> revisions;

    ClaimantFinder(ClaimantDirectory directory, QuestionLexicon lexicon, BiPredicate<List<String>, Integer> contentAt) {
        this.directory = directory;
        this.cuesBefore = lexicon.claimantCues().before().stream().map(Phrases::compile).toList();
        this.cuesAfter = lexicon.claimantCues().after().stream().map(Phrases::compile).toList();
        this.agentWords = QuestionText.lowered(lexicon.agentWords());
        this.sidesAfter = QuestionText.lowered(lexicon.claimantCues().sidesAfter());
        this.askedSubjects = QuestionText.lowered(lexicon.claimantCues().askedSubjects());
        this.topicParties = Set.copyOf(lexicon.topicParties());
        this.contentAt = contentAt;
        this.localNames = new LocalNames(lexicon.claimantCues().names(), directory);
        this.revisions = lexicon.intents().revisions().stream().map(Phrases::compile).toList();
    }

    /** Claimant mentions in the question's own language too: the directory's, then {@link LocalNames}'. */
    List<Mention> claimantsIn(String cleaned) {
        return both(directory.claimants(cleaned), localNames.find(cleaned, false));
    }

    /** Party mentions, likewise. */
    List<Mention> partiesIn(String cleaned) {
        return both(directory.parties(cleaned), localNames.find(cleaned, true));
    }

    /**
     * Both kinds of mention; one that lies inside a longer one of the other kind is part of that name: "국방부" (South
     * Korea's defence ministry, an alias) inside "영국 국방부" (the UK's) named both, and the reply read either (trial 10).
     */
    private static List<Mention> both(List<Mention> listed, List<Mention> local) {
        if (local.isEmpty()) {
            return listed;
        }
        List<Mention> all = new ArrayList<>();
        listed.stream().filter(m -> local.stream().noneMatch(l -> inside(m, l))).forEach(all::add);
        local.stream().filter(l -> listed.stream().noneMatch(m -> inside(l, m))).forEach(all::add);
        return all;
    }

    /** Whether {@code part} lies within {@code whole} and is shorter. */
    private static boolean inside(Mention part, Mention whole) {
        return whole.start() <= part.start() && part.end() <= whole.end()
                && whole.end() - whole.start() > part.end() - part.start();
    }

    /**
     * Every source the question asks for, in the order it names them, each once. A name inside an unknown source's
     * words is part of another name ("Washington" in "the Washington Post"), not a source of its own.
     */
    List<Who> findAll(String cleaned, boolean comparing, UnknownSourceFinder.@Nullable Found unknown) {
        List<Mention> claimants = claimantsIn(cleaned);
        List<Mention> parties = partiesIn(cleaned);
        List<Candidate> candidates = new ArrayList<>();
        for (Mention p : parties) {
            // "Washington" or "NATO" name a party and one of its claimants; the party is what was meant.
            if (claimants.stream().noneMatch(c -> overlaps(c, p) && !sameSpan(c, p))) {
                candidates.add(new Candidate(p, true));
            }
        }
        for (Mention c : claimants) {
            if (parties.stream().noneMatch(p -> sameSpan(c, p))) {
                candidates.add(new Candidate(c, false));
            }
        }
        for (Mention s : directory.shortNamesAnywhere(cleaned)) {
            // "what did Austin say": the name the news uses after a first mention, taken only beside a cue
            if (claimants.stream().noneMatch(c -> overlaps(c, s)) && parties.stream().noneMatch(p -> overlaps(p, s))) {
                candidates.add(new Candidate(s, false));
            }
        }
        candidates.sort(Comparator.comparingInt(c -> c.mention().start()));
        // A real question names a handful of sources; past that it is noise, and reading on only costs time.
        List<Candidate> read = candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()));
        boolean[] source = new boolean[read.size()];
        for (int i = 0; i < read.size(); i++) {
            Candidate c = read.get(i);
            boolean insideUnknown = unknown != null && c.mention().start() < unknown.end()
                    && unknown.start() < c.mention().end();
            // a cue reaches a name only up to the next name: in "by Ukraine, the NIS said" the verb is the NIS's
            int from = i > 0 ? Math.min(c.mention().start(), read.get(i - 1).mention().end()) : 0;
            int to = i + 1 < read.size() ? Math.max(c.mention().end(), read.get(i + 1).mention().start()) : cleaned.length();
            source[i] = !insideUnknown && qualifies(c, cleaned, comparing, from, to);
        }
        joinLists(read, cleaned, source);
        Map<String, Who> found = new LinkedHashMap<>();
        for (int i = 0; i < read.size(); i++) {
            if (source[i]) {
                Who who = who(read.get(i));
                found.putIfAbsent(who.partyId() != null ? "party:" + who.partyId() : who.claimant().id(), who);
            }
        }
        return List.copyOf(found.values());
    }

    /** "Seoul and Kyiv", "the NIS or Zelensky": the words between two names of one list, the last join. */
    private static final java.util.regex.Pattern CONJUNCTION = java.util.regex.Pattern.compile(
            "(?i)\\s*,?\\s*(?:and|or|nor|&)\\s+(?:the\\s+)?");
    /** "the NIS, HUR and the Pentagon": a comma joins two names only where the list goes on to a conjunction. */
    private static final java.util.regex.Pattern COMMA = java.util.regex.Pattern.compile("\\s*,\\s*(?:the\\s+)?");

    /**
     * The names of one list are sources together: one cued ("according to Seoul and Kyiv", "did Zelensky and the NIS
     * say") makes the others sources too, though their cue stands further off than {@link #CUE_WORDS_BEFORE} words or
     * after the list. Before, the list answered for its cued name alone and dropped the others without a word. A
     * comma alone is no list ("killed by Ukraine, the NIS said": Ukraine is the agent, not a source).
     */
    private static void joinLists(List<Candidate> read, String cleaned, boolean[] source) {
        int from = 0;
        while (from < read.size()) {
            int to = from;
            boolean conjunction = false;
            boolean anySource = source[from];
            while (to + 1 < read.size() && read.get(to + 1).mention().start() >= read.get(to).mention().end()) {
                String gap = cleaned.substring(read.get(to).mention().end(), read.get(to + 1).mention().start());
                boolean and = CONJUNCTION.matcher(gap).matches();
                if (!and && !COMMA.matcher(gap).matches() || conjunction) {
                    break; // a list ends at its conjunction's second name, or where no list word joins them
                }
                conjunction = and;
                to++;
                anySource |= source[to];
            }
            if (conjunction && anySource) {
                java.util.Arrays.fill(source, from, to + 1, true);
            }
            from = to + 1;
        }
    }

    private Who who(Candidate c) {
        if (c.party()) {
            return party(c.mention().id());
        }
        ClaimantsConfig.Entry entry = entry(c.mention().id());
        // "What do Ukrainian officials say" asks for everything Ukraine says, not for one unnamed voice.
        if (entry.standsForParty()) {
            return party(entry.party());
        }
        Claimant claimant = entry.claimant();
        int comma = claimant.name().indexOf(',');
        return new Who(claimant, null, comma > 0 ? claimant.name().substring(0, comma) : claimant.name());
    }

    private Who party(String id) {
        return new Who(null, id, directory.party(id).map(ClaimantsConfig.Party::name).orElse(id));
    }

    private record Candidate(Mention mention, boolean party) {
    }

    /**
     * @param from where the words before the name may begin: the end of the name before it
     * @param to   where the words after it must end: the start of the next name
     */
    private boolean qualifies(Candidate c, String cleaned, boolean comparing, int from, int to) {
        int start = c.mention().start();
        int end = c.mention().end();
        // Only the nearby words matter; reading a bounded slice keeps a 4,000-character question cheap.
        List<String> before = QuestionText.words(
                cleaned.substring(Math.max(from, start - NEARBY_CHARS), start).toLowerCase(Locale.ROOT));
        List<String> after = QuestionText.words(
                cleaned.substring(end, Math.min(to, end + NEARBY_CHARS)).toLowerCase(Locale.ROOT));
        List<String> window = before.subList(Math.max(0, before.size() - CUE_WORDS_BEFORE), before.size());
        if (Phrases.anyMatchExact(cuesBefore, window) || cuedAfter(after) || revisedBy(after)) {
            return true;
        }
        String party = c.party() ? c.mention().id() : entry(c.mention().id()).party();
        if (c.party()) {
            // "How do Ukraine and South Korea compare": in a comparison a party after "do" is a side, not the doer;
            // after "in" or "by" it is still a place or an agent ("deaths in Ukraine and Russia compared")
            return comparing && !topicParties.contains(party) && (!isAgent(before) || after(before, sidesAfter));
        }
        if (c.mention().shortName()) {
            return false; // a bare surname ("Park", "Kim") is a source only beside a cue, as above
        }
        ClaimantsConfig.Entry entry = entry(c.mention().id());
        boolean namedSource = entry.kind() == Claimant.Kind.PERSON || entry.kind() == Claimant.Kind.OFFICIAL_BODY;
        // "Why do Zelensky and the NIS disagree": in a comparison a name after "do" is a side, not the doer.
        return namedSource && !topicParties.contains(party) && (comparing || !isAgent(before));
    }

    /**
     * A cue among the next few words, with no content phrase before it ("Pyongyang say", not "NK death numbers") and no
     * word that is the cue's own subject ("Ukraine and who says so").
     */
    private boolean cuedAfter(List<String> after) {
        for (int i = 0; i < Math.min(CUE_WORDS_AFTER, after.size()); i++) {
            if (askedSubjects.contains(after.get(i))) {
                return false;
            }
            for (Phrases.Phrase cue : cuesAfter) {
                if (Phrases.matchesAt(cue, after, i)) {
                    return true;
                }
            }
            if (contentAt.test(after, i)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Round 62 (trial 16): "has Zelensky revised his casualty estimate?", "did the NIS change its casualty estimate?":
     * the name is the subject of a revision, so it is the source whose figures changed, though "has" or "did" before it
     * may make a name the doer of what is counted ("has Ukraine captured") and a content word stands before any cue.
     */
    private boolean revisedBy(List<String> after) {
        return revisions.stream().anyMatch(r -> Phrases.matchesAt(r, after, 0));
    }

    private ClaimantsConfig.Entry entry(String id) {
        return directory.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** "by the Ukrainian army", "did Zelensky": the name acts, it is not asked as a source. */
    private boolean isAgent(List<String> before) {
        return after(before, agentWords);
    }

    /** The word right before the name (past a "the") is one of {@code words}. */
    private static boolean after(List<String> before, Set<String> words) {
        int last = before.size() - 1;
        if (last >= 0 && before.get(last).equals("the")) {
            last--;
        }
        return last >= 0 && words.contains(before.get(last));
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean sameSpan(Mention a, Mention b) {
        return a.start() == b.start() && a.end() == b.end();
    }
}
