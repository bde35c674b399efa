package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;

/**
 * Which speech cue a named claimant is the subject of: "X said", "said X" (inverted), "according to X",
 * "citing X", a transcript's soundbite label; and the structures that take the cue away from a name before it (another
 * claimant between, a relative clause, a passive with no agent). Moved out of {@link AttributionFinder} (round 61).
 */
final class CueSubjects {

    private static final int VERB_AFTER = 90;

    /** "said the NIS", "said Budanov": between an inverted verb and its subject stands at most an article. */
    private static final Pattern INVERTED = Pattern.compile("(?i)^\\s*(?:the\\s+|a\\s+|an\\s+)?$");

    private static final java.util.Set<String> RELAY_VERBS = java.util.Set.of("citing", "quoting", "cited");

    /**
     * What may stand between a name and a name in apposition to it: a relative, an article, a relay, a possessor, or a
     * title's head with its preposition and no article ("Kyrylo Budanov, head of Ukraine's military intelligence").
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "^(?:,\\s*(?:who|which|that|the|a|an|citing|quoting|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?'s"
            + "|\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,2}\\s+(?:of|for|at))\\b[^;]*"
            + "|\\s*\\(.*|\\s*)$");

    static final Pattern BEFORE_ACCORDING = Pattern.compile("^\\s*(?:the|a|an)?\\s*[\\p{L}'\\-. ]{0,55}$");

    /** How far a broadcast transcript's soundbite label may run: a name, a slash and a title. */
    private static final int LABEL_REACH = 90;

    /**
     * A broadcast transcript's soundbite label, "[Name/Title: "quoted words"]": the bracket opens the sentence and the
     * label ends at the colon before the quotation, so a name in the label is the speaker of the quotation. Returns
     * where that colon stands, or -1.
     */
    static int soundbiteLabelEnd(String s, ClaimantDirectory.Mention m) {
        if (s.isEmpty() || s.charAt(0) != '[' || m.start() > LABEL_REACH) {
            return -1;
        }
        int colon = s.indexOf(':', m.end());
        if (colon < 0 || colon > LABEL_REACH) {
            return -1;
        }
        for (int i = 1; i < colon; i++) {
            if ("]\"\u201c\u201d".indexOf(s.charAt(i)) >= 0) {
                return -1; // the bracket closed, or a quotation opened, before the colon: no label
            }
        }
        String after = s.substring(colon + 1).stripLeading();
        return after.startsWith("\"") || after.startsWith("\u201c") ? colon : -1;
    }

    static PhraseMatcher.@Nullable Hit verbFor(String s, List<ClaimantDirectory.Mention> mentions, int index,
                                                List<PhraseMatcher.Hit> verbs) {
        ClaimantDirectory.Mention m = mentions.get(index);
        for (PhraseMatcher.Hit v : verbs) {
            boolean according = v.phrase().equals("according to") || v.phrase().equals("citing") || v.phrase().equals("cited");
            if (according && v.end() <= m.start() && m.start() - v.end() <= 60
                    && BEFORE_ACCORDING.matcher(s.substring(v.end(), m.start())).matches()
                    && !audienceOfTheNoun(s.substring(v.end(), m.start()))) {
                return v;
            }
            // "..., said the NIS" is inverted; in "Zelensky said the NIS told him" the verb has its own subject, and
            // in "Shoigu said Kim had decided" (no comma or quote before the verb) Kim is the subject of what follows.
            if (!according && v.end() <= m.start() && m.start() - v.end() <= 6 && !hasSubject(mentions, v)
                    && INVERTED.matcher(s.substring(v.end(), m.start())).matches() && afterQuoteOrComma(s, v.start())) {
                return v;
            }
        }
        for (PhraseMatcher.Hit v : verbs) {
            // "Park, citing the NIS, said": the relay marker belongs to the source after it, not to the name before.
            if (isHearsay(s, v) || RELAY_VERBS.contains(v.phrase())) {
                continue;
            }
            if (v.start() >= m.end() && v.start() - m.end() <= VERB_AFTER && !v.phrase().equals("according to")
                    && !CueScope.negatedCue(s, v.start())
                    && !blockedBetween(s, mentions, index, v.start()) && !relativeOfAnother(s, m, v)
                    && !insideRelativeClause(s, m, v) && !objectOfRestrictiveClause(s, m, v)
                    && !CueScope.subjectOfItsOwn(s, m.end(), v.start())
                    && !CueScope.quotedApart(s, m, v)) {
                return v;
            }
        }
        return null;
    }

    private static final Pattern TO_AUDIENCE = Pattern.compile("(?i)\\S\\s+to\\s+(?:the\\s+)?$");

    /**
     * "according to multiple briefings to lawmakers": a name after a noun and its "to" is whom the briefing was given
     * to, not whose word it is.
     */
    private static boolean audienceOfTheNoun(String between) {
        return between.endsWith(" ") && between.length() > 4 && TO_AUDIENCE.matcher(between).find();
    }

    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?i),\\s*(?:who|which)\\s+(?:\\w+\\s+){0,2}$");

    /** "statements by the NIS agree with ... Shoigu, who referred to": the verb's subject is Shoigu, not the NIS. */
    private static boolean relativeOfAnother(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        java.util.regex.Matcher rel = RELATIVE_SUBJECT.matcher(s).region(m.end(), verb.start());
        return rel.find() && !s.substring(m.end(), rel.start()).isBlank();
    }

    private static final Pattern OPEN_RELATIVE = Pattern.compile("(?i),\\s*(?:who|which|whose)\\b[^,]*$");

    /** "The NIS, which briefed lawmakers, said": a name inside a relative clause set off by commas is not the subject. */
    private static boolean insideRelativeClause(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        return s.substring(m.end(), verb.start()).contains(",")
                && OPEN_RELATIVE.matcher(s.substring(0, m.start())).find();
    }

    /** A "who" or "which" right after a word (no comma), then the relative clause's own words up to the name. */
    private static final Pattern RESTRICTIVE_OPEN = Pattern.compile("(?i)[\\p{L}.]\\s+(?:who|which)\\s+(?:(?!who\\b|which\\b)[^\\s,;]+\\s+){1,6}$");

    /**
     * "A South Korean lawmaker who recently visited Kyiv said", "an analyst who studied the Pentagon said": a name
     * inside a restrictive relative clause, after its own verb, is where the subject went or what it studied; the
     * subject before "who" speaks (round 37). A name right after "who" would be its subject; the relay of "who was
     * briefed by the NIS" is read by {@link RelayedSources#relaySource}.
     */
    private static boolean objectOfRestrictiveClause(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        return s.substring(m.end(), verb.start()).indexOf(',') < 0
                && RESTRICTIVE_OPEN.matcher(s).region(Math.max(0, m.start() - 80), m.start()).find();
    }

    private static boolean afterQuoteOrComma(String s, int verbStart) {
        String before = s.substring(0, verbStart).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return last == ',' || last == '"' || last == '\'' || last == ':' || last == ';';
    }

    private static boolean hasSubject(List<ClaimantDirectory.Mention> mentions, PhraseMatcher.Hit verb) {
        return mentions.stream().anyMatch(o -> o.end() <= verb.start() && verb.start() - o.end() <= 2);
    }

    /**
     * "Pyongyang is said to have sent", "it has been reported that": a cue in the passive with no agent ("by") names
     * nobody, and its subject is not its source. "Budanov was quoted as saying" keeps Budanov.
     */
    static boolean isHearsay(String s, PhraseMatcher.Hit verb) {
        String after = s.substring(verb.end(), Math.min(s.length(), verb.end() + 4));
        String before = s.substring(Math.max(0, verb.start() - 8), verb.start());
        boolean passive = before.endsWith("is ") || before.endsWith("are ") || before.endsWith("was ")
                || before.endsWith("were ") || before.endsWith("been ") || before.endsWith("being ");
        // "the press was reporting" is the progressive, whose subject speaks
        return passive && !after.startsWith(" by") && !after.startsWith(" as") && !verb.phrase().endsWith("ing");
    }

    /** Another claimant between a name and a verb takes the verb, unless it is an apposition of the first. */
    private static boolean blockedBetween(String s, List<ClaimantDirectory.Mention> mentions, int index, int verbStart) {
        ClaimantDirectory.Mention m = mentions.get(index);
        for (int j = index + 1; j < mentions.size(); j++) {
            ClaimantDirectory.Mention other = mentions.get(j);
            if (other.start() >= verbStart) {
                break;
            }
            if (other.id().equals(m.id())) {
                continue;
            }
            String between = s.substring(m.end(), other.start());
            if (!APPOSITION.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }
}
