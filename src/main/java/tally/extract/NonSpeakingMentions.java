package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * Claimants a sentence names that speak no cue there: the audience of a briefing, what a denial rejects,
 * the topic of a report or the other side of an interview, a group named as a person's title, a place or a staff
 * member's employer. Moved out of {@link AttributionFinder} (round 61).
 */
final class NonSpeakingMentions {

    private final java.util.Set<String> sourceHeads;
    private final java.util.Set<String> staff;
    private final CompiledLexicon lex;

    private final ClaimantDirectory directory;

    NonSpeakingMentions(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.sourceHeads = CompiledLexicon.lowerCased(lex.sourceHeads);
        this.staff = lex.spokesWords;
    }

    /** Whether the mention is named in a way that ties no speech cue to it (the tests below, in this order). */
    boolean speaksNoCue(String s, ClaimantDirectory.Mention m, List<PhraseMatcher.Hit> verbs) {
        return isAudience(s, m) || objectOfDenial(s, m) || topicOrInterviewer(s, m)
                || CueScope.placeOfAnother(s, m) && !CueScope.staffOf(s, m, staff)
                || CueScope.servedByAnother(s, m, sourceHeads) || titleOfAName(s, m, verbs) || aroundAnother(s, m);
    }

    /** A possessive or a space after a name: "Zelensky's aide", "a Zelensky adviser". */
    private static final Pattern HEAD_AFTER = Pattern.compile("(?i)^(?:'s|\u2019s)?\\s+");
    /** One word of rank or kind that may stand before such a noun: "Zelensky's top aide", "a former Kim adviser". */
    private static final Pattern RANK = Pattern.compile("(?i)^(?:top|senior|close|longtime|former|key|military|foreign)\\s+");
    /** Whether the text opens with one of the lexicon's otherPersonHeads, a whole word. */
    private boolean startsWithHead(String rest) {
        for (String head : lex.otherPersonHeads) {
            if (rest.startsWith(head) && (rest.length() == head.length() || !Character.isLetter(rest.charAt(head.length())))) {
                return true;
            }
        }
        return false;
    }

    /** A noun and "of" right before a name: "critics of the NIS", "an ally of Budanov". */
    private static final Pattern HEAD_OF_BEFORE = Pattern.compile("(?i)\\b([\\p{L}-]+)\\s+of\\s+(?:the\\s+)?$");
    /** "former" right before a body's name, a word of rank between at most: "a former NIS official". */
    private static final Pattern FORMER_BEFORE = Pattern.compile(
            "(?i)\\bformer\\s+(?:(?:senior|top|high-ranking|ranking)\\s+)?$");

    /**
     * Round 66: "A Zelensky adviser said", "Zelensky's chief of staff Andriy Yermak said", "Critics of the NIS say",
     * "A former NIS official said": a listed name tied to a person around it (config {@code otherPersonHeads}) or to
     * someone who no longer belongs to it names whom that person stands near, not who speaks; the person speaks in
     * their own words. A person's own name after "former" ("former Defense Secretary Lloyd Austin") is still that
     * person, so "former" only sets a body or group apart from its one-time member.
     */
    private boolean aroundAnother(String s, ClaimantDirectory.Mention m) {
        Matcher after = HEAD_AFTER.matcher(s).region(m.end(), s.length());
        if (after.lookingAt()) {
            String rest = s.substring(after.end(), Math.min(s.length(), after.end() + 40)).toLowerCase(Locale.ROOT);
            Matcher rank = RANK.matcher(rest);
            if (startsWithHead(rest) || rank.lookingAt() && startsWithHead(rest.substring(rank.end()))) {
                return true;
            }
        }
        String before = s.substring(Math.max(0, m.start() - 30), m.start());
        Matcher of = HEAD_OF_BEFORE.matcher(before);
        if (of.find() && lex.otherPersonHeads.contains(of.group(1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        return FORMER_BEFORE.matcher(before).find()
                && directory.byId(m.id()).map(c -> c.kind() != Claimant.Kind.PERSON).orElse(true);
    }

    /** Two capitalised words, a comma, and perhaps an article: where an apposition after a full name opens. */
    private static final Pattern AFTER_A_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]*\\s+\\p{Lu}[\\p{L}'\\-]*,\\s+(?:(?:a|an|the)\\s+)?$");

    /**
     * "Kim Min-seok, a lawmaker of the Democratic Party, said" (round 41): a listed group's name ("a lawmaker") in an
     * apposition set off by commas right after a name the directory does not list is that person's title; the person
     * speaks, read by {@link SourcePhrases} in their own words, not the whole group; a listed name ("Lee Sung-kwon,
     * a lawmaker, said") speaks by its own id.
     */
    private static boolean titleOfAName(String s, ClaimantDirectory.Mention m, List<PhraseMatcher.Hit> verbs) {
        int from = Math.max(0, m.start() - 40);
        if (m.start() < 3 || !AFTER_A_NAME.matcher(s).region(from, m.start()).find()) {
            return false;
        }
        int close = s.indexOf(',', m.end());
        // the apposition closes before the verb it is the subject of ("..., a lawmaker of the party, said")
        return close > 0 && close - m.end() <= 60 && s.substring(m.end(), close).indexOf('"') < 0
                && verbs.stream().filter(v -> v.start() >= m.end()).findFirst().map(v -> v.start() > close).orElse(false);
    }

    /** Between an audience verb and its object: an article or a number, then a few modifiers, no preposition. */
    private static final Pattern AUDIENCE_GAP = Pattern.compile(
            "(?i)\\s+(?:(?:the|a|an|some|several|its|their|his|her|two|three|four)\\s+)?"
            + "(?:(?!(?:by|on|in|at|that|of|from|about|to|with|for|after|before|during|and|or)\\b)[\\p{L}.'-]+\\s+){0,3}");

    /**
     * Round 58 (trial 13): "Ukraine's General Staff rejected Seoul's count of 600 dead, saying at least 1,500 ...",
     * "X, disputing the NIS's estimate, said ...": a claimant named right after a verb of denial (config
     * {@code denialVerbs}) is what the denier rejects, never the speaker of a cue after it; its own figure, if the
     * sentence gives one, is read by {@link Denials}.
     */
    private boolean objectOfDenial(String s, ClaimantDirectory.Mention m) {
        return objectOf(lex.denialVerbs, DENIED_GAP, 30, s, m);
    }

    /** Whether one of {@code verbs} ends within {@code reach} characters before the mention, {@code gap} between. */
    private static boolean objectOf(PhraseMatcher verbs, Pattern gap, int reach, String s, ClaimantDirectory.Mention m) {
        return verbs.find(s, Math.max(0, m.start() - reach), m.start()).stream()
                .anyMatch(v -> v.end() <= m.start() && gap.matcher(s).region(v.end(), m.start()).matches());
    }

    /** Between a verb of denial and the claimant it rejects: at most "the". */
    private static final Pattern DENIED_GAP = Pattern.compile("(?i)\\s+(?:the\\s+)?");

    /**
     * Round 60: a party named as what a piece of writing or talk is about ("a report on Zelensky's visit mentioned",
     * "a book about Budanov describes") or as who the speaker talked with ("Budanov, in an interview with the BBC,
     * said") is not the subject of the verb after it.
     */
    private static boolean topicOrInterviewer(String s, ClaimantDirectory.Mention m) {
        if (m.start() < 5) {
            return false;
        }
        String before = s.substring(Math.max(0, m.start() - 80), m.start());
        return TOPIC_OF.matcher(before).find() || INTERVIEWER.matcher(before).find();
    }

    private static final Pattern TOPIC_OF = Pattern.compile("(?i)\\b(?:a|an|the|his|her|its|their|this|that|new)\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:report|book|article|story|documentary|film|investigation|inquiry|study|profile|"
            + "piece|series|biography|memoir|podcast|question|debate|speculation|rumou?rs?)s?\\s+"
            + "(?:on|about|into|concerning|regarding)\\s+(?:the\\s+)?$");

    private static final Pattern INTERVIEWER = Pattern.compile("(?i)\\b(?:interview|conversation|talks|call|meeting|"
            + "comments|remarks)\\s+(?:with|to)\\s+(?:the\\s+)?$");

    /**
     * "The NIS told lawmakers that ...", "briefed the Japanese daily", "informed the BBC": a claimant named as the
     * object of an audience verb (config {@code audienceVerbs}) heard the statement; it is never the speaker of a
     * figure, nor the body "it" refers to next. "Lawmakers briefed by the NIS" is not an audience of the NIS: a
     * preposition between the verb and the name breaks the object.
     */
    boolean isAudience(String s, ClaimantDirectory.Mention m) {
        return objectOf(lex.audienceVerbs, AUDIENCE_GAP, 50, s, m);
    }
}
