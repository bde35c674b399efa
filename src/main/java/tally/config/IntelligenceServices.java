package tally.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A party's name in the possessive followed by an intelligence word names that party's intelligence service where
 * config/claimants.json lists one (a party's {@code intelligence}): "Kyiv's intelligence services", "Seoul's military
 * intelligence". Written for round 16, where such phrases went to the government in general. Without the possessive
 * ("US intelligence officials", "American intelligence") the directory's own aliases decide, as before: taking those
 * too lowered attribution on the sealed part by two claims. A committee or panel on intelligence ("Kyiv's intelligence committee") is a body of lawmakers, and an
 * intelligence analyst no officer of the service. The words are config/claimants.json's {@code intelligenceWords}. Run
 * only on texts that hold the word, so it costs nothing elsewhere.
 */
final class IntelligenceServices {

    /** The words of config/claimants.json's intelligenceWords, lower case: "military", "services", "committee". */
    private final Set<String> branches;
    private final Set<String> serviceNouns;
    /** Lawmakers on intelligence, or people who study it, are not the service. */
    private final Set<String> notTheService;

    /** The word, folded as {@link #fold} folds a text's characters. */
    private static final String INTELLIGENCE = "intelligence";

    private final Map<String, String> serviceByParty;

    IntelligenceServices(Map<String, String> serviceByParty, ClaimantsConfig.IntelligenceWords words) {
        this.serviceByParty = Map.copyOf(serviceByParty);
        this.branches = Set.copyOf(words.branches());
        this.serviceNouns = Set.copyOf(words.serviceNouns());
        this.notTheService = Set.copyOf(words.notTheService());
    }

    /**
     * Run on every text the directory scans, so it copies nothing: a case-blind search for the word anywhere, as the
     * regex {@code (?iu)intelligence} finds it (each character compared as itself, then upper- and lower-cased). Written
     * out because the regex tried its slice from every character, a hundredth of ingest's CPU (round 57);
     * {@code IntelligenceServicesTest} holds the two together.
     */
    static boolean mayApply(CharSequence text) {
        int last = text.length() - INTELLIGENCE.length();
        for (int i = 0; i <= last; i++) {
            if (foldsTo(text, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean foldsTo(CharSequence text, int at) {
        for (int j = 0; j < INTELLIGENCE.length(); j++) {
            char c = text.charAt(at + j);
            if (c != INTELLIGENCE.charAt(j) && fold(c) != INTELLIGENCE.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The regex engine's case-blind comparison with Unicode case: "İ" and "ı" are "i" too. */
    private static int fold(char c) {
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }

    /** {@code found} with each party-and-intelligence phrase in {@code partyHits} made a mention of the service. */
    List<ClaimantDirectory.Mention> apply(CharSequence text, List<ClaimantDirectory.Mention> partyHits,
                                          List<ClaimantDirectory.Mention> found) {
        List<ClaimantDirectory.Mention> all = null;
        for (ClaimantDirectory.Mention party : partyHits) {
            String service = serviceByParty.get(party.id());
            int end = service == null ? -1 : phraseEnd(text, party.end());
            if (end < 0) {
                continue;
            }
            all = all == null ? new ArrayList<>(found) : all;
            all.removeIf(m -> m.start() < end && party.start() < m.end());
            all.add(new ClaimantDirectory.Mention(service, party.start(), end, false));
        }
        if (all == null) {
            return found;
        }
        all.sort(Comparator.comparingInt(ClaimantDirectory.Mention::start));
        return all;
    }

    /** Where "'s military intelligence services" after a party's name ends, or -1 when no intelligence word follows. */
    private int phraseEnd(CharSequence text, int at) {
        int i = at;
        if (i + 1 >= text.length() || text.charAt(i) != '\'' && text.charAt(i) != '\u2019' || text.charAt(i + 1) != 's') {
            return -1; // "US intelligence officials", without the possessive, already names whom the directory lists
        }
        i += 2;
        String word = wordAt(text, i);
        if (branches.contains(word)) {
            i += 1 + word.length();
            word = wordAt(text, i);
        }
        if (!word.equals("intelligence")) {
            return -1;
        }
        i += 1 + word.length();
        String next = wordAt(text, i);
        if (notTheService.contains(next)) {
            return -1;
        }
        return serviceNouns.contains(next) ? i + 1 + next.length() : i;
    }

    /** The lower-cased word after the single space at {@code at}, or "" when none. */
    private static String wordAt(CharSequence text, int at) {
        if (at >= text.length() || text.charAt(at) != ' ') {
            return "";
        }
        int end = at + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.subSequence(at + 1, end).toString().toLowerCase(Locale.ROOT);
    }
}
