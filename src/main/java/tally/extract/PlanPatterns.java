package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regular expressions of {@link Plans}, built once from {@code planWords} of config/extraction.json: the order
 * of a verb group (auxiliaries, articles, "to be") is written here, the words it is made of are lexicon (round 52).
 *
 * @param doneSince A completed deployment between a plan and the figure: "planned to send troops and has sent
 *     1,500"; since round 44 a sending named after "after" ("could send more, officials said, after sending
 *     11,000 last year").
 * @param alreadyThere The figure's own predicate says the troops are there: "plans to send 6,000, and 1,000
 *     engineers have already arrived", "another 6,000, with about 1,000 combat soldiers already in Russia",
 *     "8,000 troops are in Kursk and are expected to go into combat", "11,000 troops are at present training in
 *     Russia to be deployed" (training now, where they were sent). Only right after the figure's noun phrase,
 *     and only a verb of being or arriving with where they are, so "to send 6,000 more to join those already in
 *     Kursk", "6,000 troops already trained" and "8,000 troops are to move to Kursk" stay plans. With no verb of
 *     being ("8,000 troops now at the border will be sent into combat") the adverb of time says it: troops now
 *     at a place are there, whatever is planned for them next.
 * @param filler Between a modal and its verb: adverbs, a passive "be", the subject of a question ("Can they
 *     send"); an adverb may stand in quotation marks of its own ("could \u201csoon\u201d have").
 * @param doneOwn The figure's own predicate is a finished past: "1,500 troops had arrived by October", "were
 *     sent by the end of the year". A deadline or a plan word elsewhere in the clause does not make troops that
 *     have gone a plan; a plan word as the participle itself ("were expected to", "had been readied for
 *     deployment") still does.
 * @param haveBefore "could soon have as many as 12,000": a modal's "have" whose object is the figure is a force
 *     still to come.
 * @param thereWillBe Round 40: "there could be as many as 20,000", "there will soon be 15,000": a force said to
 *     come into being is a forecast. Not "may" or "might": "there may be 12,000 in Russia" more often doubts a
 *     count of troops there now.
 * @param hearsayBefore Round 40: "are said to be deployed", "are believed to be stationed": a passive of hearsay
 *     before "to be" reports troops there now, where "are to be deployed" or "are expected to be sent" still
 *     plans them.
 * @param raisedSubject Round 44: "expect Pyongyang to send", "asked North Korea to deploy": a sending others
 *     expect, want or ask of North Korea (named or by a pronoun) is still to come.
 * @param sentAfter "may send 5,000 more, adding to the 9,000 sent in October": a participle of sending right
 *     after a definite group
 * @param groupEnd a comma or a conjunction that may end the figure's own words
 * @param doneVerbBefore a finished verb right before the figure ("reached about 14,000 by January")
 * @param sentOrPlanned a sending done and one to come joined by "or" ("have been or will be sent")
 * @param heldPlaceAfter round 52: troops placed where the war is, right after their noun phrase, and their own verb
 *     group after the place ("8,000 troops in Kursk could be moved", "3,000 troops from the front will rest")
 * @param movedFrom round 52: a move out of a place of the war ("could be moved from Kursk"): the troops are there
 * @param purposeOfSending round 52: a participle and a passive of sending as its purpose ("mobilised to be
 *     deployed"); group 1 is set when the participle is itself one of sending ("sent to be deployed")
 * @param carriedOut round 52: a plan the same sentence says was carried out, by a conjunction and a finished
 *     sending of the same troops, pointed back at or left out ("was to send 3,000, and did so", "were to be sent,
 *     and were", "had planned to send 3,000 and had sent them by December"); round 65: or the subject of its passive
 *     ("agreed to send 6,000 last year, and all of them were sent")
 * (round 60: not "are in the pipeline", "is in the works": {@code planStates} after a word of presence are no place)
 * @param sendingPurposeAfter round 60: an active infinitive of sending right after the figure's noun phrase, the
 *     troops as its object ("is recruiting 10,000 more soldiers to send to Russia", "training 5,000 to deploy")
 */
record PlanPatterns(Pattern doneSince, Pattern alreadyThere, Pattern sentAfter, Pattern filler, Pattern doneOwn,
        Pattern haveBefore, Pattern thereWillBe, Pattern hearsayBefore, Pattern groupEnd, Pattern doneVerbBefore,
        Pattern sentOrPlanned, Pattern raisedSubject, Pattern heldPlaceAfter, Pattern movedFrom,
        Pattern purposeOfSending, Pattern carriedOut, Pattern sendingPurposeAfter) {

    static PlanPatterns of(Map<String, List<String>> words) {
        String sent = anyOf(words, "sentParticiples");
        String now = anyOf(words, "presentAdverbs");
        String leadWords = "(?:" + anyOf(words, "figureLeadWords") + "\\s+){0,3}$";
        String futures = anyOf(words, "futureModals");
        String places = anyOf(words, "heldPlaces");
        return new PlanPatterns(
                // "has already sent", "after sending 11,000 last year": a completed deployment between plan and figure
                compile("\\b(?:(?:has|have|had)\\s+(?:already\\s+)?" + sent
                        + "|after\\s+(?:having\\s+)?(?:" + sent + "|" + anyOf(words, "sendingGerunds") + "))\\b"),
                compile("\\s*(?:(?:have|has|had)\\s+(?:been\\s+)?already\\s+|(?:are|is|were|was)\\s+(?:" + now
                        + "\\s+)?|" + now + "\\s+)" + anyOf(words, "presenceWords") + "\\b"
                        + "(?!\\s+" + anyOf(words, "planStates") + "\\b)"
                        + "|\\s*(?:are|is|were|was)\\s+(?:" + now + "|at\\s+present)\\s+"
                        + anyOf(words, "presentActivities") + "\\b"),
                compile("\\s+(?:\\w+ly\\s+)?" + sent + "\\b"),
                // an adverb may stand in quotation marks of its own ("could \u201csoon\u201d have")
                compile("(?:\\s+[\"\u201c\u201d']?(?:\\w+ly|" + anyOf(words, "modalAdverbs") + "|be|"
                        + anyOf(words, "modalSubjects") + "|the|a|an|" + anyOf(words, "sendingNounModifiers")
                        + ")[\"\u201c\u201d']?)*\\s*$"),
                compile("\\s*(?:(?:have|has|had)\\s+(?:already\\s+)?(?:been\\s+)?|(?:were|was)\\s+(?:already\\s+)?)"
                        + "(?=(?:\\w+(?:ed|en)|" + anyOf(words, "irregularParticiples") + ")\\b)"),
                compile("\\bhave\\s+" + leadWords),
                compile("\\bthere\\s+" + anyOf(words, "forecastModals") + "\\s+(?:" + anyOf(words, "forecastAdverbs")
                        + "\\s+)?be\\s+" + leadWords),
                compile("\\b" + anyOf(words, "hearsayParticiples") + "\\s+$"),
                compile(",|\\s" + anyOf(words, "groupConjunctions") + "\\s"),
                compile("\\b" + anyOf(words, "doneVerbs") + "\\s+(?:[\\w-]+\\s+){0,3}$"),
                compile("\\b(?:(?:has|have|had)\\s+been\\s+or\\s+" + futures + "\\s+be\\b"
                        + "|" + sent + "\\s+or\\s+(?:\\w+\\s+)?(?:" + futures + "|" + anyOf(words, "intentVerbs")
                        + ")\\b)"),
                compile("\\b" + anyOf(words, "raisingVerbs") + "\\s+" + anyOf(words, "raisedSubjects") + "\\s+to$"),
                compile("\\s+(?:" + now + "\\s+)?(?:in|inside|at|near|on|from)\\s+" + places
                        + "(?:\\s+[\\w'-]+){0,2}?(?:\\s+\\w+ly)?\\s+"
                        + "(?:could|can|will|would|may|might|shall|are|is|were|was)\\b"),
                compile("\\s+(?:back\\s+|away\\s+|out\\s+)?from\\s+" + places + "\\b"),
                compile("(?:(" + sent + ")|[\\w-]+)\\s+to\\s+be\\s+(?:" + sent + "|" + anyOf(words, "sendingPassives")
                        + ")\\b"),
                compile("^[^.;]*?\\s" + anyOf(words, "groupConjunctions")
                        + "\\s+(?:" + anyOf(words, "modalSubjects") + "\\s+)?"
                        + "(?:did\\s+so\\b|(?:did|were|was)\\s*(?:[.;,]|$)|(?:has|have|had)\\s+(?:" + now
                        + "\\s+|since\\s+)?" + sent + "\\s+(?:them|those|these|all\\s+of\\s+them)\\b"
                        // round 65: the troops themselves the subject of the finished passive ("and all of them were sent")
                        + "|(?:all\\s+of\\s+them|all|they|those|these)\\s+(?:were|have\\s+been|had\\s+been)\\s+(?:"
                        + now + "\\s+|since\\s+)?" + sent + "\\b)"),
                compile("\\s+to\\s+" + anyOf(words, "purposeSendings") + "\\b"));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?i)" + regex);
    }

    /** "(?:\Qrose\E\s+\Qto\E|...)": each phrase literally, any run of spaces between its words. */
    private static String anyOf(Map<String, List<String>> words, String list) {
        return words.get(list).stream()
                .map(p -> java.util.Arrays.stream(p.strip().split("\\s+")).map(Pattern::quote)
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|", "(?:", ")"));
    }
}
