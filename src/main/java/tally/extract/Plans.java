package tally.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.PhraseMatcher;

/**
 * Whether a deployment figure is a plan or a forecast rather than a fact. Two readings, both from the lexicon:
 * a marker of its own ({@code plannedMarkers}: "plans to", "by December", "could rise"), or a verb of movement
 * ({@code movementVerbs}: send, deploy, bring in, move, take part) in the figure's clause whose verb group is modal or
 * governed by a plan ({@code plannedModals}: "can bring in another 30,000", "is to move", "are able to bring", "Can
 * they send tens of thousands?", "decided to send", "consented to dispatch", "referred to sending", "a possible
 * deployment of"). "Has sent 1,500 and plans to send 12,000" plans only the second; "could have sent" is no plan;
 * nor is a marker after the troops that readies an attack of their own ("are preparing for an assault", round 34).
 * Round 52: the words of these rules are lexicon ({@code planWords}, compiled in {@link PlanPatterns}); a purpose of
 * sending, a force forecast on foreign soil, troops placed where the war is and a plan carried out are read too.
 */
final class Plans {

    /**
     * "may send 5,000 more, adding to the 9,000 sent in October": a definite group with its own participle of sending
     * names troops sent already, whatever the clause plans beside them.
     */
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|those|these)\\s+$");
    /** "is poised to triple its force by sending 25,000": a gerund of means takes the tense of what it serves. */
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+$");
    /**
     * How far after its noun phrase a figure's own verb group may stand, short of a comma: "2,600 soldiers is to
     * move", "getting 10,000 soldiers from various branches ready to take part".
     */
    private static final int AFTER_PHRASE = 80;

    private final PhraseMatcher markers;
    private final PhraseMatcher modals;
    private final PhraseMatcher movement;
    /** "for an assault", "to launch an offensive": the troops' own attack ({@code figureFrames.ownAttacks}). */
    private final PhraseMatcher ownAttacks;

    /** The rules' word lists as patterns ({@code planWords}). */
    private final PlanPatterns words;

    Plans(PhraseMatcher markers, PhraseMatcher modals, PhraseMatcher movement, PhraseMatcher ownAttacks,
            PlanPatterns words) {
        this.words = words;
        this.markers = markers;
        this.modals = modals;
        this.movement = movement;
        this.ownAttacks = ownAttacks;
    }

    /**
     * @param from where the figure's clause starts (for a coordinated figure, the clause of the first one)
     * @param phraseEnd where the figure's noun phrase ends
     * @param clauseEnd where the figure's clause ends
     */
    boolean planned(String s, Quantity q, int from, int phraseEnd, int clauseEnd) {
        if (doneAlready(s, q, phraseEnd)) {
            return false;
        }
        // round 60: "is recruiting 10,000 more soldiers to send to Russia": the troops are the object of a sending
        // still to come, whatever readies them
        if (words.sendingPurposeAfter().matcher(s).region(Math.min(phraseEnd, s.length()), s.length()).lookingAt()
                && !doneBefore(s, from, q.start())) {
            return true;
        }
        if (readiedForSending(s, phraseEnd) || markers.find(s, from, q.start()).stream().anyMatch(h -> !hearsay(s, h)
                && !words.doneSince().matcher(s.substring(h.end(), q.start())).find())) {
            return true;
        }
        int phraseAt = Math.min(phraseEnd, s.length());
        // round 52: "8,000 troops in Kursk could be moved", "2,000 troops from Kursk will be sent on": troops placed
        // where the war is, with a verb group of their own after the place, are there, whatever is planned for them
        // next (as round 36's "are in Kursk and are expected to"); "forecasts 5,000 troops in Kursk by Monday" has no
        // verb group of the troops' and stays a plan
        int to = words.heldPlaceAfter().matcher(s).region(phraseAt, s.length()).lookingAt() ? phraseEnd
                : ownGroupEnd(s, phraseEnd, Math.min(clauseEnd, phraseEnd + AFTER_PHRASE));
        if (to > phraseEnd && markers.find(s, phraseEnd, to).stream()
                .filter(h -> !ARTICLE_BEFORE.matcher(s).region(Math.max(0, h.start() - 5), h.start()).find()
                        && !hearsay(s, h) && !(h.phrase().startsWith("by ") && doneBefore(s, from, q.start())))
                .anyMatch(h -> PASSIVE_MARKER.matcher(h.phrase()).lookingAt() || !readiesAnAttack(s, h.end()))) {
            return true;
        }
        boolean movedFromThere = words.movedFrom().matcher(s).region(phraseAt, s.length()).lookingAt();
        for (PhraseMatcher.Hit verb : movement.find(s, from, q.start())) {
            if (!movedFromThere && (modalBefore(s, verb.start()) || byMeansOfPlan(s, from, verb)
                    || HeadlinePlans.infinitive(s, verb.start()) && movement.find(s, 0, verb.start()).isEmpty())
                    && !words.doneSince().matcher(s.substring(verb.end(), q.start())).find()) {
                return true;
            }
        }
        if (forecastForce(s, q, from)) {
            return true;
        }
        // round 52: "could be moved from Kursk": a move out of a place of the war moves a force there already
        return to > phraseEnd && movement.find(s, phraseEnd, to).stream().anyMatch(v -> modalBefore(s, v.start())
                && !words.movedFrom().matcher(s).region(v.end(), s.length()).lookingAt());
    }

    /**
     * The troops are there or have gone, whatever is planned beside them: their own predicate says they are there
     * or went, a definite group has its own participle of sending, or (round 52) the sentence says the plan was
     * carried out.
     */
    private boolean doneAlready(String s, Quantity q, int phraseEnd) {
        int at = Math.min(phraseEnd, s.length());
        return words.alreadyThere().matcher(s).region(at, s.length()).lookingAt()
                || DEFINITE_BEFORE.matcher(s).region(Math.max(0, q.start() - 12), q.start()).find()
                && words.sentAfter().matcher(s).region(at, s.length()).lookingAt()
                || doneOwn(s, phraseEnd)
                || words.carriedOut().matcher(s).region(at, Math.min(s.length(), phraseEnd + AFTER_PHRASE)).find();
    }

    /**
     * Round 52: "could soon have as many as 12,000 soldiers on Russian soil", "there will be 20,000 in Russia": a
     * modal's "have" or a "there will be" right before the figure makes it a force still to come.
     */
    boolean forecastForce(String s, Quantity q, int from) {
        Matcher have = words.haveBefore().matcher(s).region(Math.max(from, q.start() - 30), q.start());
        return have.find() && modalBefore(s, have.start())
                || words.thereWillBe().matcher(s).region(Math.max(from, q.start() - 50), q.start()).find();
    }

    /**
     * "1,500 soldiers to Russia for training and plans to send 12,000": the figure's own words end at a comma, or at
     * a conjunction that starts a verb group of its own (a plan, a modal or a verb of movement after it) or a clause
     * of its own ("and that ..."); "soldiers
     * from various branches and specializations ready to take part" goes on.
     */
    private int ownGroupEnd(String s, int from, int to) {
        Matcher m = words.groupEnd().matcher(s).region(Math.min(from, to), to);
        while (m.find()) {
            if (m.group().startsWith(",")) {
                return m.start();
            }
            int next = m.end();
            if (s.regionMatches(true, next, "that ", 0, 5)) {
                return m.start(); // "have moved into Kursk and that the U.S. expects ...": a statement of its own
            }
            if (verbGroupAt(s, next) || verbGroupAt(s, afterAdverb(s, next))) {
                return m.start();
            }
        }
        return to;
    }

    /** A plan, a modal or a verb of movement starts at {@code at}. */
    private boolean verbGroupAt(String s, int at) {
        int window = Math.min(s.length(), at + 25);
        return at >= 0 && java.util.stream.Stream.of(markers, modals, movement)
                .anyMatch(p -> p.find(s, at, window).stream().anyMatch(h -> h.start() == at));
    }

    /**
     * Round 65: "sent 12,000 troops and is now preparing to send more": an auxiliary and an adverb may stand between
     * the conjunction and the plan of a verb group of its own; where the adverb ends, or -1 when none stands there.
     */
    private static int afterAdverb(String s, int at) {
        Matcher m = AUXILIARY_ADVERB.matcher(s).region(at, s.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static final Pattern AUXILIARY_ADVERB = Pattern.compile("(?i)(?:(?:is|are|was|were|has|have|had)\\s+)?"
            + "(?:\\w+ly|now|also|still|already|soon|then)\\s+");

    /**
     * "being readied for", "prepared for": a passive marker readies troops that others will move, whatever for
     * ("7,000 soldiers were being readied for an assault" is a plan).
     */
    private static final Pattern PASSIVE_MARKER = Pattern.compile("(?i)(?:being\\s|\\w+ed\\s)");

    /**
     * "20,000 troops are preparing for an assault": what the troops get ready for themselves is an attack of their
     * own, so they are at the front already; a plan readies a sending ("are preparing for deployment").
     */
    private boolean readiesAnAttack(String s, int markerEnd) {
        int from = markerEnd;
        while (from < s.length() && s.charAt(from) == ' ') {
            from++;
        }
        int start = from;
        return ownAttacks.find(s, start, Math.min(s.length(), start + 30)).stream().anyMatch(h -> h.start() == start);
    }

    /**
     * Round 36: a marker after an article is an attribute of another noun phrase ("dispatched 3,000 to Russia out of a
     * pledged 10,000"), not the figure's own predicate.
     */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:a|an|the)\\s+$");

    private boolean hearsay(String s, PhraseMatcher.Hit marker) {
        return marker.phrase().startsWith("to be ")
                && words.hearsayBefore().matcher(s).region(Math.max(0, marker.start() - 12), marker.start()).find();
    }

    private boolean doneOwn(String s, int phraseEnd) {
        Matcher m = words.doneOwn().matcher(s).region(Math.min(phraseEnd, s.length()), s.length());
        if (!m.lookingAt()) {
            return false;
        }
        int word = m.end();
        int window = Math.min(s.length(), word + 40);
        if (java.util.stream.Stream.of(markers, modals)
                .anyMatch(p -> p.find(s, word, window).stream().anyMatch(h -> h.start() == word))) {
            return false;
        }
        return !readiedForSending(s, phraseEnd);
    }

    /**
     * Round 52: "were mobilised to be deployed", "had been trained to be sent": a finished participle whose purpose
     * is a sending still to come readies troops, unless it is itself a sending ("were sent to be deployed there").
     */
    private boolean readiedForSending(String s, int phraseEnd) {
        Matcher m = words.doneOwn().matcher(s).region(Math.min(phraseEnd, s.length()), s.length());
        if (!m.lookingAt()) {
            return false;
        }
        Matcher purpose = words.purposeOfSending().matcher(s).region(m.end(), s.length());
        return purpose.lookingAt() && purpose.group(1) == null;
    }

    /**
     * A movement gerund after "by" ("by sending") whose clause before it has a modal or plan with no completed
     * sending between them: the means of a planned change is planned too.
     */
    private boolean byMeansOfPlan(String s, int from, PhraseMatcher.Hit verb) {
        Matcher by = BY_BEFORE.matcher(s).region(Math.max(from, verb.start() - 4), verb.start());
        if (!verb.phrase().endsWith("ing") || !by.find()) {
            return false;
        }
        return modals.find(s, from, by.start()).stream()
                .anyMatch(h -> !words.doneSince().matcher(s.substring(h.end(), by.start())).find());
    }

    /**
     * Round 44: "the contingent reached about 14,000 by the end of January", "sent 3,000 by December": a finished verb
     * right before the figure (its qualifier between) with no modal or plan before it makes a deadline after the figure
     * one that has passed.
     */
    private boolean doneBefore(String s, int from, int figureStart) {
        Matcher m = words.doneVerbBefore().matcher(s).region(Math.max(from, figureStart - 50), figureStart);
        return m.find() && !modalBefore(s, m.start());
    }

    /**
     * Round 44: "have been or will be sent", "sent or plans to send": a finished sending and one still to come joined
     * by "or" in the figure's clause; no metric of ours is sure then, so the figure's metric is shown as worded.
     */
    boolean sentOrPlanned(String s, int from, int to) {
        return words.sentOrPlanned().matcher(s).region(Math.max(0, from), Math.min(to, s.length())).find();
    }

    private static final Pattern QUOTE_MARKS = Pattern.compile("[\"\u201C\u201D]");

    /** The verb group before {@code verbStart} ends in a modal or a plan ("could", "is to", "decided to"). */
    private boolean modalBefore(String s, int verbStart) {
        String before = s.substring(Math.max(0, verbStart - 60), verbStart);
        Matcher filler = words.filler().matcher(before);
        int end = filler.find() ? filler.start() : before.length();
        // round 65: a plan word in quotation marks of its own is still the plan ('was "preparing" to send 10,000')
        String head = QUOTE_MARKS.matcher(before.substring(0, end)).replaceAll("");
        return modals.find(head).stream().anyMatch(h -> h.end() == head.length())
                || words.raisedSubject().matcher(head).find();
    }

}
