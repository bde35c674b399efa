package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Round 62: whose troops a figure counts, as the words right around its noun phrase state it, where the checks of
 * {@link Sides} read nothing.
 *
 * <p>North Korea named after the troop noun as the party that sent them or the place they came from, in a relative
 * clause or a participle ({@code figureFrames.originVerbs}): "about 1,000 troops that North Korea sent to Kursk have
 * been wounded", "soldiers whom Kim dispatched", "soldiers who were sent by Pyongyang", "fighters, who came from North
 * Korea, ...", "troops arrived from the DPRK". The troops are North Korea's whatever befell them; what they count is
 * still their own verb's.
 *
 * <p>Another side named as the subject of the figure's own verb of sending ({@code figureFrames.sendingVerbs}):
 * "Ukraine sent 10,000 troops into Kursk", "while Russia has deployed 45,000", "Moscow sent another 3,000
 * soldiers", "Belarus has sent 5,000 troops" ({@code otherSideNames}, {@code otherNationalityTerms}, and {@code
 * figureFrames.otherForceCountries}, which are read nowhere else). Such troops are that side's, however much the
 * article is about North Korea's; unless the figure's own words name North Korea ("Russia has deployed 11,000 North
 * Korean soldiers", "brought in 11,000 troops from Pyongyang").
 */
final class StatedTies {

    private final TopicMatcher topic;
    private final PhraseMatcher sendingVerbs;
    private final List<PhraseMatcher> otherSides;
    private final SendingFrames sending;
    /** After the troop noun: a place at most, then a verb of origin, active or passive, and "by" or "from". */
    private final Pattern origin;
    /** After the troop noun: a place at most, then a relative pronoun, whose clause's subject may be North Korea. */
    private final Pattern relative;
    /** Between another side's name and the verb of sending: a noun at most ("Russia's army"), then auxiliaries. */
    private final Pattern subjectToVerb;

    /** "in Kursk", "near the border": one place after the noun, before its relative clause. */
    private static final String PLACE = "(?:\\s+(?:in|near|at|on)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+region)?)?";
    /** Between a verb of sending and its figure: "sent another 3,000" (as {@link SendingFrames} reads it). */
    private static final Pattern ADDITIVE = Pattern.compile(
            "(?i)\\s*(?:another|a further|an additional|an extra)?\\s*$");
    /** Where a subject's clause starts: punctuation, or a conjunction that opens a clause. */
    private static final Pattern CLAUSE_OPENING = Pattern.compile(
            "(?i)(?:[,;:(]|\\b(?:and|while|whereas|but|as|after|since|when|though|although)\\b)");
    /** Before another side's name in its clause: an article, or up to two words of time ("Last week, Moscow sent"). */
    private static final Pattern LEAD = Pattern.compile("(?i)\\s*(?:(?:the|then|also|meanwhile|later|now)\\s+)?$");
    /** Where the figure's own words end, for a tie to North Korea after its noun ("troops from Pyongyang"). */
    private static final Pattern WORDS_END = Pattern.compile("(?i)[,;.]|\\s(?:and|while|but|whereas)\\s");
    private static final Pattern THE = Pattern.compile("(?i)the\\s+");
    /** How far before the figure its verb of sending may stand: "has sent an additional 3,000". */
    private static final int VERB_REACH = 40;
    /** How far before its verb a subject's clause, and after the number the figure's own words, are read. */
    private static final int SUBJECT_REACH = 120;

    StatedTies(Map<String, List<String>> frames, TopicMatcher topic, PhraseMatcher otherNationality,
               PhraseMatcher otherSideNames, SendingFrames sending) {
        this.topic = topic;
        this.sending = sending;
        this.sendingVerbs = new PhraseMatcher(frames.get("sendingVerbs"));
        this.otherSides = List.of(otherNationality, otherSideNames,
                new PhraseMatcher(frames.get("otherForceCountries")));
        String auxiliaries = "(?:" + Alternatives.anyOf(frames.get("sendingAuxiliaries")) + "|"
                + Alternatives.anyOf(frames.get("relativeAuxiliaries")) + "|\\p{L}+ly)";
        this.origin = Pattern.compile("(?i)" + PLACE + ",?\\s+(?:(?:that|which|who)\\s+)?(?:" + auxiliaries
                + "\\s+){0,3}" + Alternatives.anyOf(frames.get("originVerbs")) + "\\s+(?:in\\s+)?(?:by|from)\\s+");
        this.relative = Pattern.compile("(?i)" + PLACE + ",?\\s+(?:that|which|who|whom)\\s+");
        this.subjectToVerb = Pattern.compile("(?i)(?:\\s+[\\p{Ll}-]+)?(?:\\s+" + auxiliaries + ")*\\s+$");
    }

    /**
     * North Korea, after the troop noun ending at {@code nounEnd}, is who sent the troops or where they came from:
     * "troops that North Korea sent", "soldiers who were sent by Pyongyang", "fighters, who came from North Korea".
     */
    boolean northKoreaNamedAsOrigin(String s, int nounEnd, boolean referBack) {
        Matcher m = origin.matcher(s).region(nounEnd, s.length());
        if (m.lookingAt() && topicAt(s, m.end(), referBack) != null) {
            return true;
        }
        m = relative.matcher(s).region(nounEnd, s.length());
        if (!m.lookingAt()) {
            return false;
        }
        PhraseMatcher.Hit subject = topicAt(s, m.end(), referBack);
        return subject != null && sending.sendingAfterSubject(s, subject.end());
    }

    /** North Korea named right at {@code at}, or after "the" there ("by the DPRK"). */
    private PhraseMatcher.@Nullable Hit topicAt(String s, int at, boolean referBack) {
        int to = Math.min(s.length(), at + 45);
        for (PhraseMatcher.Hit h : topic.find(s, at, to, referBack)) {
            if (h.start() == at || THE.matcher(s).region(at, h.start()).matches()) {
                return h;
            }
        }
        return null;
    }

    /**
     * The figure is the object of a verb of sending whose subject is another side: "Ukraine sent 10,000 troops",
     * "while Russia has deployed 45,000". Not when the figure's own words name North Korea, nor when the subject's
     * clause does ("Seoul says Pyongyang has sent").
     */
    boolean sentByAnotherSide(String s, int figureStart, int numberEnd, int phraseEnd, boolean referBack) {
        PhraseMatcher.Hit verb = null;
        for (PhraseMatcher.Hit h : sendingVerbs.find(s, Math.max(0, figureStart - VERB_REACH), figureStart)) {
            if (ADDITIVE.matcher(s).region(h.end(), figureStart).matches()) {
                verb = h;
            }
        }
        if (verb == null) {
            return false;
        }
        // the subject's clause: bounded, so a huge sentence is not read again from its start for each figure
        int windowStart = Math.max(0, verb.start() - SUBJECT_REACH);
        int from = windowStart;
        Matcher opening = CLAUSE_OPENING.matcher(s).region(windowStart, verb.start());
        while (opening.find()) {
            from = opening.end();
        }
        if (topic.containsIn(s, from, verb.start(), referBack)) {
            return false;
        }
        int wordsFrom = Math.max(numberEnd, phraseEnd);
        Matcher end = WORDS_END.matcher(s).region(wordsFrom, Math.min(s.length(), wordsFrom + SUBJECT_REACH));
        int wordsEnd = end.find() ? end.start() : Math.min(s.length(), wordsFrom + SUBJECT_REACH);
        if (topic.containsIn(s, numberEnd, wordsEnd, referBack)) {
            return false; // "Russia has deployed 11,000 North Korean soldiers", "troops from Pyongyang"
        }
        int subjectFrom = from;
        int verbStart = verb.start();
        return otherSides.stream().flatMap(w -> w.find(s, subjectFrom, verbStart).stream())
                .anyMatch(h -> LEAD.matcher(s).region(subjectFrom, h.start()).matches()
                        && subjectToVerb.matcher(s).region(h.end(), verbStart).matches());
    }
}
