package tally.app.question;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantDirectory.Mention;
import tally.config.ClaimantsConfig;
import tally.model.Claimant;

/**
 * Finds whose figures a question asks for. A named person or official body ("Zelensky", "NIS", "HUR") is enough on
 * its own, unless it is the agent of the action ("captured by the Ukrainian army"). A party ("South Korea"), a media
 * outlet, a group, or anyone on the side the question is about (North Korea, Russia) counts only next to a cue such as
 * "according to" or "says": "How many North Korean troops..." is the topic, "what does Pyongyang say" is a source.
 */
final class ClaimantFinder {

    /** Either a claimant or a party (all claimants of that party). */
    record Found(@Nullable Claimant claimant, @Nullable String partyId) {
    }

    private static final int CUE_WORDS_BEFORE = 4;
    private static final int CUE_WORDS_AFTER = 3;
    private static final int NEARBY_CHARS = 60;
    private static final int MAX_CANDIDATES = 50;

    private final ClaimantDirectory directory;
    private final List<Phrases.Phrase> cuesBefore;
    private final List<Phrases.Phrase> cuesAfter;
    private final Set<String> agentWords;
    private final Set<String> topicParties;

    ClaimantFinder(ClaimantDirectory directory, QuestionLexicon lexicon) {
        this.directory = directory;
        this.cuesBefore = lexicon.claimantCues().before().stream().map(Phrases::compile).toList();
        this.cuesAfter = lexicon.claimantCues().after().stream().map(Phrases::compile).toList();
        this.agentWords = lexicon.agentWords().stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.topicParties = Set.copyOf(lexicon.topicParties());
    }

    @Nullable Found find(String cleaned) {
        List<Mention> claimants = directory.claimants(cleaned);
        List<Mention> parties = directory.parties(cleaned);
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
        candidates.sort(Comparator.comparingInt(c -> c.mention().start()));
        // A real question names a handful of sources; past that it is noise, and reading on only costs time.
        for (Candidate c : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            if (qualifies(c, cleaned)) {
                if (c.party()) {
                    return new Found(null, c.mention().id());
                }
                ClaimantsConfig.Entry entry = entry(c.mention().id());
                // "What do Ukrainian officials say" asks for everything Ukraine says, not for one unnamed voice.
                return entry.standsForParty() ? new Found(null, entry.party()) : new Found(entry.claimant(), null);
            }
        }
        return null;
    }

    private record Candidate(Mention mention, boolean party) {
    }

    private boolean qualifies(Candidate c, String cleaned) {
        int start = c.mention().start();
        int end = c.mention().end();
        // Only the nearby words matter; reading a bounded slice keeps a 4,000-character question cheap.
        List<String> before = QuestionText.words(
                cleaned.substring(Math.max(0, start - NEARBY_CHARS), start).toLowerCase(Locale.ROOT));
        List<String> after = QuestionText.words(
                cleaned.substring(end, Math.min(cleaned.length(), end + NEARBY_CHARS)).toLowerCase(Locale.ROOT));
        List<String> window = before.subList(Math.max(0, before.size() - CUE_WORDS_BEFORE), before.size());
        boolean cued = Phrases.anyMatchExact(cuesBefore, window)
                || Phrases.anyMatchExact(cuesAfter, after.subList(0, Math.min(CUE_WORDS_AFTER, after.size())));
        if (cued) {
            return true;
        }
        if (c.party()) {
            return false;
        }
        ClaimantsConfig.Entry entry = entry(c.mention().id());
        boolean namedSource = entry.kind() == Claimant.Kind.PERSON || entry.kind() == Claimant.Kind.OFFICIAL_BODY;
        return namedSource && !topicParties.contains(entry.party()) && !isAgent(before);
    }

    private ClaimantsConfig.Entry entry(String id) {
        return directory.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** "by the Ukrainian army", "did Zelensky": the name acts, it is not asked as a source. */
    private boolean isAgent(List<String> before) {
        int last = before.size() - 1;
        if (last >= 0 && before.get(last).equals("the")) {
            last--;
        }
        return last >= 0 && agentWords.contains(before.get(last));
    }

    private static boolean overlaps(Mention a, Mention b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static boolean sameSpan(Mention a, Mention b) {
        return a.start() == b.start() && a.end() == b.end();
    }
}
