package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * The frames of sending and capture around a figure, read from {@code figureFrames} in config/extraction.json: a
 * verb of sending whose object it is ("sent an additional 3,000"), a noun of sending ("the deployment of 3,000"), a
 * passive of sending or capture after its noun phrase ("10,000 troops are expected to be sent", "two soldiers were
 * detained"), a participle of sending after a definite group ("among the 11,000 personnel sent"), a part opened by
 * "including", and a planned attribute ("the promised 6,000"). Moved out of {@link FigureFrames} (round 61), whose
 * {@link FigureFrames#beforeQualifier} each frame starts from.
 */
final class SendingFrames {

    private final FigureFrames figureFrames;
    private final PhraseMatcher sendingVerbs;
    private final PhraseMatcher captureVerbs;
    private final PhraseMatcher plannedAttributes;
    private final PhraseMatcher sendingNouns;

    SendingFrames(Map<String, List<String>> frames, FigureFrames figureFrames) {
        this.figureFrames = figureFrames;
        this.sendingVerbs = new PhraseMatcher(frames.get("sendingVerbs"));
        this.captureVerbs = new PhraseMatcher(frames.get("captureVerbs"));
        this.plannedAttributes = new PhraseMatcher(frames.get("plannedAttributes"));
        this.sendingNouns = new PhraseMatcher(frames.get("sendingNouns"));
        this.relativeAuxiliaries = Pattern.compile("(?i)(?:\\s+(?:"
                + Alternatives.anyOf(frames.get("relativeAuxiliaries")) + "|\\w+ly))*\\s+");
        this.sendingAuxiliaries = Pattern.compile("(?i)(?:\\s+(?:"
                + Alternatives.anyOf(frames.get("sendingAuxiliaries")) + "|\\w+ly))+\\s+");
    }

    /** Additive words between a verb and its figure: "sent an additional 3,000". */
    private static final Pattern ADDITIVE_BEFORE = Pattern.compile("(?i)\\s*(?:another|a further|an additional|an extra)?\\s*$");

    /**
     * "among the 11,000 troops", "of the 11,000 personnel", "out of 9,000 sent": a group named after a preposition,
     * definite, or after "among" / "out of", which name a whole even without a determiner ("the deaths of 300
     * soldiers sent to Kursk" counts the dead, so a bare "of" does not).
     */
    static final Pattern GROUP_AFTER_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:(?:among|of|from|out of|to|besides|joining|join|joined)\\s+(?:the|those|these|its|their)|among|out of)\\s+$");

    /**
     * Between a noun phrase and its participle: "troops first sent", "personnel later dispatched", and a reduced
     * passive of hearsay before it, "troops thought to have been deployed", "soldiers believed to be stationed".
     */
    private static final Pattern PARTICIPLE_GAP = Pattern.compile("(?i)\\s+(?:(?:first|initially|originally|later|already|\\w+ly)\\s+)?"
            + "(?:(?:thought|believed|said|reported|estimated|known|understood)\\s+to\\s+(?:have\\s+been|be)\\s+)?$");

    /** How far after a group's noun phrase its participle of sending may stand: "troops thought to have been sent". */
    private static final int PARTICIPLE_REACH = 45;

    /**
     * "has sent an additional 3,000 to 4,000 troops after ... heavy losses", "after sending around 12,000 troops": a
     * verb of sending whose object the figure is says what it counts, whatever casualty words stand around it.
     */
    boolean sentDirectly(String s, int start) {
        int at = figureFrames.beforeQualifier(s, start);
        return sendingVerbs.find(s, Math.max(0, at - 40), at).stream()
                .anyMatch(h -> ADDITIVE_BEFORE.matcher(s.substring(h.end(), at)).matches());
    }

    /**
     * "out of a pledged 10,000", "the promised 6,000 troops": a participle of plan ({@code plannedAttributes}) right
     * before the figure, after a determiner, says the force is promised, not sent.
     */
    boolean plannedAttribute(String s, int start) {
        int at = figureFrames.beforeQualifier(s, start);
        return plannedAttributes.find(s, Math.max(0, at - 20), at).stream().anyMatch(h -> s.substring(h.end(), at).isBlank()
                && ATTRIBUTE_DETERMINER.matcher(s).region(Math.max(0, h.start() - 12), h.start()).find());
    }

    /**
     * "sent 3,000 ... out of a pledged 10,000": a figure with a planned attribute after a partitive's "of" is the whole
     * the part is taken from, a force even with no noun of its own (tried only after {@link #plannedAttribute}).
     */
    boolean plannedWhole(String s, int start) {
        int at = figureFrames.beforeQualifier(s, start);
        int from = Math.max(0, at - 40);
        return plannedAttribute(s, start) && FigureFrames.hasOf(s, from, at)
                && PARTITIVE_BEFORE_ATTRIBUTE.matcher(s).region(from, at).find();
    }

    private static final Pattern ATTRIBUTE_DETERMINER = Pattern.compile("(?i)\\b(?:a|an|the|its|their|another)\\s+$");

    static final Pattern PARTITIVE_BEFORE_ATTRIBUTE = Pattern.compile(
            "(?i)\\b(?:out\\s+of|of)\\s+(?:a|an|the|its|their)\\s+[\\w-]+\\s+$");

    /**
     * "an earlier dispatch of an estimated 15,000 combat troops", "the deployment of another 3,000 soldiers": a noun of
     * sending ({@code sendingNouns}, with its "of") whose object the figure is, or null.
     */
    PhraseMatcher.@Nullable Hit sentByNoun(String s, int start) {
        int at = figureFrames.beforeQualifier(s, start);
        return sendingNouns.find(s, Math.max(0, at - 40), at).stream()
                .filter(h -> ADDITIVE_BEFORE.matcher(s.substring(h.end(), at)).matches()).findFirst().orElse(null);
    }

    /**
     * Round 58: "An influx of 10,000 troops could destabilize the front", "the arrival of 6,000 more would change the
     * battle": a sending named by its noun ({@link #sentByNoun}) as the subject of a modal is a sending supposed or still
     * to come, not one made. The modal follows the figure's noun phrase (ending at {@code phraseEnd}), after at most one
     * aside set off by commas and an opening quotation mark. "The arrival of 10,000 troops has changed the battle" was
     * made.
     */
    boolean sendingNounBeforeModal(String s, int start, int phraseEnd) {
        return sentByNoun(s, start) != null && phraseEnd <= s.length()
                && MODAL_AFTER_SUBJECT.matcher(s).region(phraseEnd, s.length()).lookingAt();
    }

    private static final Pattern MODAL_AFTER_SUBJECT = Pattern.compile(
            "(?i)(?:\\s*,[^,;.]{1,160},)?\\s*[\"\u201C]?\\s*(?:could|would|may|might|will)\\s+(?:\\w+ly\\s+)?\\w+");

    /** The words that open a part of the figure before: "troops, including", "..., among them". */
    private static final Pattern PART_LEAD = Pattern.compile("(?i)(?:\\bincluding|,\\s*among\\s+them|,\\s*of\\s+whom)\\s+$");

    /**
     * "sent 14,000 troops, including 11,000 last year": the number opens a part of the figure before it, so with no
     * words of its own to say otherwise it counts what that figure counts.
     */
    boolean opensPart(String s, int start) {
        int at = figureFrames.beforeQualifier(s, start);
        return PART_LEAD.matcher(s).region(Math.max(0, at - 20), at).find();
    }

    /**
     * "sent 14,000 troops, ..., including 3,000 dispatched earlier this year": a bare number that opens a part of the
     * figure before and whose own words are a participle of sending (right after it, not "sent home") is a force sent.
     */
    boolean partSentAsParticiple(String s, int start, int end) {
        int at = figureFrames.beforeQualifier(s, start);
        if (!PART_LEAD.matcher(s).region(Math.max(0, at - 20), at).find()) {
            return false;
        }
        int verb = end;
        while (verb < s.length() && s.charAt(verb) == ' ') {
            verb++;
        }
        int from = verb;
        return verb > end && sendingVerbs.find(s, from, Math.min(s.length(), from + 14)).stream()
                .anyMatch(h -> h.start() == from && (h.phrase().endsWith("ed") || h.phrase().equals("sent"))
                        && !SENT_BACK.matcher(s).region(h.end(), s.length()).lookingAt());
    }

    private static final Pattern SENT_BACK = Pattern.compile("(?i)\\s+(?:home|back)\\b");

    /**
     * "seized two North Korean soldiers", "two soldiers were detained": a verb of capture ({@code captureVerbs}) whose
     * object or passive subject is the figure's troop noun phrase. Such verbs take villages and tanks as often as men,
     * so they say nothing of a figure they do not govern ("seized a village held by 200 soldiers").
     *
     * @param start where the number starts
     * @param phraseEnd where its troop noun phrase ends
     */
    boolean capturedDirectly(String s, int start, int phraseEnd) {
        int at = figureFrames.beforeQualifier(s, start);
        boolean object = captureVerbs.find(s, Math.max(0, at - 40), at).stream()
                .anyMatch(h -> ADDITIVE_BEFORE.matcher(s.substring(h.end(), at)).matches());
        if (object) {
            return true;
        }
        return verbAfterAuxiliaries(PASSIVE_AUXILIARY, captureVerbs, s, phraseEnd);
    }

    /**
     * "10,000 troops are expected to be sent", "more than 10,000 troops will be sent", "an estimated 14,000 were
     * sent", "the 3,000 already sent": the figure's own verb group, right after its noun phrase (or its number), is a
     * passive of sending (at least one auxiliary or "already", so a bare participle, "troops sent home", is not read
     * here).
     */
    boolean sentAsSubject(String s, int phraseEnd) {
        return verbAfterAuxiliaries(sendingAuxiliaries, sendingVerbs, s, phraseEnd);
    }

    /**
     * "the 11,000 troops North Korea sent", "the workers Pyongyang plans to send": after the subject of a reduced
     * object relative clause (ending at {@code subjectEnd}), its verb group is one of sending.
     */
    boolean sendingAfterSubject(String s, int subjectEnd) {
        return verbAfterAuxiliaries(relativeAuxiliaries, sendingVerbs, s, subjectEnd);
    }

    /**
     * Whether, at {@code from}, a verb group of these {@code auxiliaries} (the pattern must match right there) is
     * followed at once by one of {@code verbs}: the shared frame of a passive of capture or of sending and of a reduced
     * relative clause's verb of sending. A verb starts within the next 14 characters, or not at all.
     */
    private static boolean verbAfterAuxiliaries(Pattern auxiliaries, PhraseMatcher verbs, String s, int from) {
        java.util.regex.Matcher aux = auxiliaries.matcher(s).region(Math.min(from, s.length()), s.length());
        if (!aux.lookingAt()) {
            return false;
        }
        int verb = aux.end();
        return verbs.find(s, verb, Math.min(s.length(), verb + 14)).stream().anyMatch(h -> h.start() == verb);
    }

    /**
     * The auxiliaries, modals, verbs of intent ({@code figureFrames.relativeAuxiliaries}) and adverbs of an active verb
     * group: "has", "plans to", "is set to".
     */
    private final Pattern relativeAuxiliaries;

    /**
     * The auxiliaries, modals ({@code figureFrames.sendingAuxiliaries}) and adverbs of a passive verb group: "will
     * likely be", "are expected to be", "were".
     */
    private final Pattern sendingAuxiliaries;

    /** A passive's auxiliaries after a noun phrase, and an adverb: "were", "have reportedly been". */
    private static final Pattern PASSIVE_AUXILIARY = Pattern.compile(
            "(?i)\\s+(?:(?:have|has|had)\\s+(?:\\w+ly\\s+)?been|were|was|are|is|being|been)\\s+(?:\\w+ly\\s+)?");

    /**
     * What {@link #GROUP_AFTER_PREPOSITION} needs at the window's end, its last words and white space, looked for by
     * walking back before the pattern is tried from every character of the window before each figure.
     */
    static boolean endsLikeGroupAfterPreposition(String s, int from, int to) {
        int end = WindowEnds.trimEndForAnchor(s, from, to);
        return end < to && WindowEnds.endsWithAny(s, from, end, "the", "those", "these", "its", "their", "among", "of");
    }

    /**
     * "casualties ... among the 11,000 North Korean personnel sent to back Russia": a definite group after a
     * preposition with its own participle of sending is the force sent, not the casualties around it.
     */
    boolean groupSent(String s, int start, int phraseEnd) {
        int at = figureFrames.beforeQualifier(s, start);
        if (!endsLikeGroupAfterPreposition(s, Math.max(0, at - 20), at)
                || !GROUP_AFTER_PREPOSITION.matcher(s).region(Math.max(0, at - 20), at).find()) {
            return false;
        }
        // "600 of the 15,000 deployed soldiers": the participle may stand before the noun, as an attribute
        if (sendingVerbs.find(s, start, phraseEnd).stream()
                .anyMatch(h -> h.phrase().endsWith("ed") || h.phrase().equals("sent"))) {
            return true;
        }
        return sendingVerbs.find(s, phraseEnd, Math.min(s.length(), phraseEnd + PARTICIPLE_REACH)).stream()
                .anyMatch(h -> PARTICIPLE_GAP.matcher(s.substring(phraseEnd, h.start())).matches());
    }
}
