package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.config.ExtractionLexicon;

/**
 * The token rules of config/extraction.json ({@code tokenRules}), compiled: each named rule is a list of alternative
 * {@link TokenPattern}s, and a match is the token range one of them covers.
 */
final class TokenRules {

    /** Tokens [start, end) of a sentence that a rule matched. */
    record Match(int start, int end) {
    }

    private final Map<String, List<TokenPattern>> rules;
    private final Set<String> cueLemmas;

    TokenRules(Map<String, List<List<ExtractionLexicon.TokenStep>>> config, Set<String> cueLemmas) {
        this.rules = Map.copyOf(config.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(TokenPattern::new).toList())));
        this.cueLemmas = Set.copyOf(cueLemmas);
    }

    /** "was announced by", "were reported by": the agent follows the match. */
    List<Match> passiveAgent(TaggedSentence s) {
        return find("passiveAgent", s);
    }

    /** "according to", or a reporting verb: the source is its subject or the phrase after it. */
    List<Match> sourceAfter(TaggedSentence s) {
        return find("sourceAfter", s);
    }

    /** "citing", "quoting", "briefed by": the source of a relayed claim follows the match. */
    List<Match> relayBefore(TaggedSentence s) {
        return find("relayBefore", s);
    }

    Set<String> cueLemmas() {
        return cueLemmas;
    }

    private List<Match> find(String rule, TaggedSentence s) {
        List<Match> found = new ArrayList<>();
        for (TokenPattern p : rules.getOrDefault(rule, List.of())) {
            for (int[] m : p.findAll(s, cueLemmas)) {
                found.add(new Match(m[0], m[1]));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Match::start));
        return found;
    }
}
