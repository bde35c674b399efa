package tally.extract;

import java.util.regex.Pattern;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/**
 * The figure's own predicate: where the words that may say what it counts end (not past a new speaker's cue,
 * a clause about other men or a relative clause with its own subject), and the verbs a bare number or a noun
 * phrase has of its own ("600 were killed", "have been deployed").
 */
final class Predicates {

    private final CompiledLexicon lex;
    /** "to replace", "to make up for": a purpose of sending whose object is the losses ({@code replacementPurposes}). */
    private final PhraseMatcher replacementPurposes;

    Predicates(CompiledLexicon lex) {
        this.lex = lex;
        this.replacementPurposes = new PhraseMatcher(lex.figureFrameWords.get("replacementPurposes"));
    }

    /** A relative clause with a subject of its own: "workers to rebuild infrastructure that the occupiers destroyed". */
    static final Pattern OWN_SUBJECT_CLAUSE = Pattern.compile(
            "\\s(?:that|which|whom)\\s+(?:the|a|an|they|he|she|it|we|[A-Z]\\w+)\\b");

    /**
     * Where the words that may say what the figure counts end: its clause, but not past a cue of speech ("troops to
     * Russia, the NIS said that ... casualties rise") or into a relative clause with its own subject.
     */
    static final Pattern PASSIVE_BEFORE = Pattern.compile("(?i)\\b(?:is|are|was|were|be|been|being)\\s+(?:\\w+ly\\s+)?$");

    private static final java.util.Set<String> PASSIVE_AUXILIARIES =
            java.util.Set.of("is", "are", "was", "were", "be", "been", "being");

    /**
     * Whether s[from, to), trailing spaces aside, ends in a form of "be" or in "-ly": {@link #PASSIVE_BEFORE}, anchored at
     * the window's end, is tried only then (tried from every character it was a few per cent of all extraction).
     */
    static boolean endsLikePassive(String s, int from, int to) {
        int end = WindowEnds.trimEnd(s, to);
        int start = Math.max(from, WindowEnds.wordStart(s, end, Character::isLetter));
        return end - start >= 2 && (s.regionMatches(true, end - 2, "ly", 0, 2)
                || PASSIVE_AUXILIARIES.contains(s.substring(start, end).toLowerCase(java.util.Locale.ROOT)));
    }

    int ownPredicateEnd(String s, int phraseEnd, int clauseEnd) {
        int end = clauseEnd;
        for (PhraseMatcher.Hit cue : lex.speechVerbs.find(s, phraseEnd, clauseEnd)) {
            // "thousands are thought to have been killed": a passive cue is hearsay about the figure, not a new speaker
            // "thousands believed to have been killed": a reduced passive of hearsay, as "are thought to have been"
            boolean reducedPassive = s.startsWith(" to have ", cue.end()) || s.startsWith(" to be ", cue.end());
            if (!cue.phrase().equals("according to") && !reducedPassive && !(endsLikePassive(s, phraseEnd, cue.start())
                    && PASSIVE_BEFORE.matcher(s).region(phraseEnd, cue.start()).find())) {
                end = Math.min(end, cue.start());
                break;
            }
        }
        int from = Math.min(phraseEnd, end);
        if (mayOpenOthersClause(s, from, end)) {
            java.util.regex.Matcher others = OTHERS_CLAUSE.matcher(s).region(from, end);
            if (others.find()) {
                end = others.start();
            }
        }
        from = Math.min(phraseEnd, end);
        if (mayOpenOwnSubjectClause(s, from, end)) {
            java.util.regex.Matcher rel = OWN_SUBJECT_CLAUSE.matcher(s).region(from, end);
            end = rel.find() && rel.start() > phraseEnd + 3 ? rel.start() : end;
        }
        return Math.min(end, replacementPurpose(s, phraseEnd, end));
    }

    /**
     * "2,000 troops were sent to replace those killed", "deployed to offset the losses": the losses a sending is to make
     * good are the purpose's object, not what befell the troops sent, so the predicate ends at the purpose; {@code end}
     * when no verb of sending comes before one.
     */
    private int replacementPurpose(String s, int phraseEnd, int end) {
        if (phraseEnd >= end) {
            return end;
        }
        for (PhraseMatcher.Hit purpose : replacementPurposes.find(s, phraseEnd, end)) {
            if (lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, purpose.start())) {
                return purpose.start();
            }
        }
        return end;
    }

    /** The words {@link #OTHERS_CLAUSE} and {@link #OWN_SUBJECT_CLAUSE} open with, after a white-space character. */
    private static final String[] OTHERS_CLAUSE_WORDS = {"and", "but", "while"};
    private static final String[] OWN_SUBJECT_WORDS = {"that", "which", "whom"};

    static boolean mayOpenOthersClause(String s, int from, int to) {
        return spaceThenWord(s, from, to, OTHERS_CLAUSE_WORDS, true);
    }

    static boolean mayOpenOwnSubjectClause(String s, int from, int to) {
        return spaceThenWord(s, from, to, OWN_SUBJECT_WORDS, false);
    }

    /**
     * Whether s[from, to) holds white space followed by one of {@code words} (any case, or as written): what the two
     * clause patterns need, looked for in one pass before they are tried from every character of the window (each
     * was a few per cent of extraction's CPU, and most windows hold none of the words).
     */
    private static boolean spaceThenWord(String s, int from, int to, String[] words, boolean anyCase) {
        for (int i = from; i < to - 1; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                continue;
            }
            for (String w : words) {
                if (i + 1 + w.length() <= to && s.regionMatches(anyCase, i + 1, w, 0, w.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A coordinated clause about other men: "3,000 were killed and many more were wounded" counts the killed; the
     * wounded are the others' predicate, not a second verb of the figure's (which would read "killed or wounded").
     * So is a gapped clause with a count for its subject ("killed and 2,000 injured").
     */
    static final Pattern OTHERS_CLAUSE = Pattern.compile("(?i)\\s(?:and|but|while)\\s+(?:"
            + "(?:(?:many|far|several|some|even|a\\s+few)\\s+)?(?:more|others|the\\s+rest)\\s+"
            + "(?:were|was|are|is|have|has|had)\\b"
            // "killed 30 soldiers and wounded many others": a verb of its own whose object is other men
            + "|(?:killed|wounded|injured|captured)\\s+(?:(?:many|several|dozens|hundreds)\\s+)?(?:more|others)\\b(?!\\s+(?:were|was|are|is|have|has|had)\\b)"
            // "220 were killed and a minimum of 2000 injured", "and twice as many wounded": a gapped clause whose
            // subject is a count of its own, read or not (a missed count must not lend its verb to the figure before)
            + "|(?:[\\w-]+\\s+){0,3}?(?:\\d(?:[\\d,.]*\\d)?\\w*|many|numbers|dozens|hundreds|thousands|scores)\\s+"
            + "(?:(?:were|was|are|is|have|has|had)\\s+(?:been\\s+)?)?(?:killed|wounded|injured|captured|dead|hurt)\\b)");

    /**
     * A bare number's own verb follows it, perhaps after a partitive pronoun and auxiliaries: "600 were killed",
     * "6,000 of these are thought to have been killed", "4,000 have reportedly died", since round 44 "and two taken
     * prisoner".
     */
    static final Pattern OWN_VERB = Pattern.compile("(?is)\\s*(?:of\\s+(?:these|those|them|whom|which)\\)?\\s+)?"
            + "(?:\\w+\\s+){0,5}?(?:killed|died|wounded|injured|captured|taken|dead|lost|perished|were|had|have|has|was"
            + "|are|is)\\b.*");

    /** The figure's own verb group right after its noun phrase: "have been deployed", "were sent", "are in". */
    private static final Pattern OWN_DEPLOYMENT_VERB = Pattern.compile(
            "(?i)\\s+(?:have|has|had|were|was|are|is)\\s+(?:(?:been|already|now|reportedly)\\s+)*\\w+");

    /**
     * Round 44: "Some 11,000 are now in Kursk", "on top of the 11,000 already there", "8,000 were stationed there":
     * a bare number's own words put it at a named place, there, or in a posting now; "10,000 is a lot" and "are in
     * hospital" do not.
     */
    static boolean presentThere(String s, int end) {
        return PRESENT_THERE.matcher(s).region(Math.min(end, s.length()), s.length()).lookingAt();
    }

    private static final Pattern PRESENT_THERE = Pattern.compile("(?i)\\s+(?:(?:are|were)\\s+"
            + "(?:(?:now|already|currently|still|reportedly)\\s+)?(?:stationed|based|deployed|fighting|serving)\\b"
            + "|(?:(?:are|were)\\s+)?(?:(?:now|already|currently|still)\\s+)?"
            + "(?:there\\b|in\\s+(?:the\\s+)?(?-i:\\p{Lu})))");

    boolean ownDeploymentVerb(String s, int phraseEnd, int clauseEnd) {
        return OWN_DEPLOYMENT_VERB.matcher(s).region(Math.min(phraseEnd, s.length()), s.length()).lookingAt()
                && lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, Math.min(clauseEnd, phraseEnd + 40));
    }
}
