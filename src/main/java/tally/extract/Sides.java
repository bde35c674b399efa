package tally.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Context;
import tally.model.Metric;

/**
 * Whose troops a figure counts: North Korea's, tied by the figure's own words, the sentence or the paragraph
 * ({@code topicTerms}, {@code topicEpithets}), or another side's, named by nationality or as a country
 * ({@code otherNationalityTerms}, {@code otherSideNames}), whose counts and losses are not North Korea's.
 */
final class Sides {

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;
    private final Fates fates;
    private final Predicates predicates;
    private final Qualifiers qualifiers;
    private final MixedCounts mixed;
    private final ModifiedLosers modifiedLosers;
    private final TrailingOwners trailingOwners;

    Sides(CompiledLexicon lex, NounPhrases nouns, Clauses clauses, Fates fates, Predicates predicates,
                Qualifiers qualifiers, MixedCounts mixed) {
        this.lex = lex;
        this.nouns = nouns;
        this.clauses = clauses;
        this.fates = fates;
        this.predicates = predicates;
        this.qualifiers = qualifiers;
        this.mixed = mixed;
        this.modifiedLosers = new ModifiedLosers(lex);
        this.trailingOwners = new TrailingOwners(lex);
    }

    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:it|they|he|she|we)\\b");

    /** An earlier figure of the sentence counts troops another nationality names: "1,500 Russian soldiers". */
    boolean anotherSideCountedBefore(String s, List<Quantity> quantities, int index) {
        for (int i = 0; i < index; i++) {
            if (mixed.countsAnotherSide(s, quantities.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure's own noun phrase names North Korea's troops and another side's together ("hundreds of Russian and
     * North Korean soldiers", "a joint force of 50,000 Russian and North Korean troops"): a count of both, whose North
     * Korean part no one stated. The figure is kept, in the source's words, but is no North Korean total.
     */
    boolean countedWithAnotherSide(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, Context ctx) {
        if (noun == null || noun.end() <= q.end()) {
            return false;
        }
        // up to the troop noun only: "North Korean soldiers fighting beside Russian units" count North Koreans
        return lex.topicReferences.containsIn(s, q.end(), noun.end(), ctx.referBack())
                && otherSideIn(s, q.end(), noun.end(), ctx);
    }

    boolean aboutNorthKoreans(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, int npEnd, int clauseStart,
                                      int clauseEnd, Metric metric, Context ctx) {
        TopicMatcher topic = lex.topicReferences;
        // round 42: "Ukraine lost 300 soldiers fighting North Korean troops": the loser names whose troops, unless
        // North Korea stands before the head noun ("Russia has lost 300 North Korean soldiers")
        PhraseMatcher.Hit head = noun == null ? null : NounPhrases.firstHit(lex.troopNouns, s, q.end(), noun.end());
        boolean nkBeforeHead = head != null && (topic.containsIn(s, q.end(), head.end(), ctx.referBack())
                || head.phrase().contains("korean"));
        if (!nkBeforeHead && lostByAnotherSide(s, q.start())) {
            return false;
        }
        boolean nkInPhrase = topic.containsIn(s, q.end(), npEnd, ctx.referBack()) || trailingNorthKorea(s, npEnd, ctx)
                || noun != null && noun.phrase().contains("korean");
        if (nkInPhrase) {
            return true;
        }
        if (lex.nationalityInPhrase.containsIn(s, q.end(), npEnd) || lostByAnotherSide(s, q.start())
                || trailingOwners.ownedByAnotherSide(s, npEnd)) {
            return false;
        }
        if (ctx.northKoreanSpeaker()) {
            return true;
        }
        int from = Math.min(Math.max(0, clauses.before(s, q.start())), clauseStart);
        boolean topicBefore = topic.containsIn(s, from, q.start(), ctx.referBack())
                || topicEarlierInSentence(s, q.start(), ctx)
                || ctx.pronounSubject() && !lex.otherNationality.containsIn(s, 0, q.start());
        if (!topicBefore && otherSideIn(s, from, q.start(), ctx)) {
            return false;
        }
        if (topicBefore) {
            return true;
        }
        // "Daily losses have come to about 92 soldiers": the complement of a casualty noun counts casualties
        boolean countsCasualties = noun == null || metric != Metric.DEPLOYED && (isCasualtyNoun(noun.phrase())
                || lex.casualtyComplements.complementOfCasualtyNoun(s, clauseStart, q.start()));
        boolean topicAround = topic.containsIn(s, 0, s.length(), ctx.referBack()) || ctx.topicNearby();
        if (countsCasualties && topicAround) {
            return true;
        }
        if (metric != Metric.DEPLOYED && topicAround && fates.ownCasualtyParticiple(s, noun)
                && !otherSideIn(s, 0, s.length(), ctx)) {
            // "a fraction of the roughly 600 troops killed in the fighting", in a paragraph about North Korea's troops
            // and naming no other side: troops whose own participle names their fate are the troops spoken of
            return true;
        }
        if (metric != Metric.DEPLOYED && topicAround && ownFateVerb(s, noun, npEnd, clauseEnd)
                && !otherSideIn(s, 0, s.length(), ctx) && !otherSideNamed(s, ctx)) {
            // round 36: "Budanov said 300 soldiers had been killed" after a sentence about North Korea's troops: as
            // with a participle, troops whose own finite verb names their fate are the troops spoken of
            return true;
        }
        if (topicAround && (FigureFrames.pointingPartitive(s, q.end()) || lex.frames.sizedByVerb(s, q.start()))) {
            // "around 4,000 of those soldiers", "They numbered about 12,000 soldiers": the troops just spoken of
            return true;
        }
        PhraseMatcher.Hit sending = noun != null && metric == Metric.DEPLOYED ? lex.frames.sending.sentByNoun(s, q.start()) : null;
        if (sending != null && topicAround && !otherSideIn(s, 0, q.start(), ctx)
                && !lex.otherSides.containsIn(s, Math.max(0, sending.start() - 30), sending.start())) {
            // "That came after an earlier dispatch of 15,000 combat troops, ... Pyongyang ...": a sending named by its
            // noun, in a sentence or paragraph about North Korea, sends its troops unless another side owns it
            // ("Moscow's deployment of 50,000 troops")
            return true;
        }
        boolean sentOrAdded = (lex.frames.sending.sentDirectly(s, q.start()) || qualifiers.additive(s, q))
                && !PRONOUN.matcher(s).region(clauseStart, q.start()).find()
                && !lex.otherSides.containsIn(s, clauseStart, clauseEnd); // "Russia sent another 6,000 troops"
        if (metric == Metric.DEPLOYED && noun != null && ctx.topicNearby() && !otherSideIn(s, 0, clauseEnd, ctx)
                && (sentOrAdded || lex.contributions.helpToCome(s, noun.end()))) {
            // "The talks discussed sending about 1,000 sappers", "An additional 3,000 soldiers arrived", "6,000 troops
            // will help" right after a sentence about North Korea's troops: a verb of sending right before the force,
            // a force added to the one just counted or troops that will help name troops of the side spoken of,
            // unless the sentence names another side or a pronoun that may stand for one sends them ("Russia is North
            // Korea's ally. / It has sent thousands of soldiers")
            return true;
        }
        // "Of 12,000 troops sent to Russia, ..." in a paragraph about North Korea: troops moved into Russia are a
        // foreign force, and the paragraph says whose (another nationality in the figure's words says otherwise; one
        // in its source's words, "citing a Ukrainian assessment", does not).
        // "Another 10,000 troops are expected to be sent" right after a sentence about North Korea's troops: a force
        // whose own verb is a passive of sending is sent by the side just spoken of; so is "Of the roughly 12,000 troops
        // thought to have been deployed, ...", a group named with its own participle of sending.
        // "They were later joined by another 10,000 soldiers" right after a sentence about North Korea's troops: more
        // of the same force, unless another side is named in the clause ("Russia sent another 5,000 troops").
        return metric == Metric.DEPLOYED && ctx.topicNearby()
                && (lex.foreignDestinations.containsIn(s, q.end(), clauseEnd) || qualifiers.additive(s, q)
                        && !lex.otherSides.containsIn(s, clauseStart, clauseEnd)
                || noun != null && (lex.frames.sending.sentAsSubject(s, noun.end())
                        || lex.frames.sending.groupSent(s, q.start(), noun.end())))
                && !otherSideIn(s, clauseStart, predicates.ownPredicateEnd(s, npEnd, clauseEnd), ctx);
    }

    /**
     * Round 56: a figure no rule above tied, whose words point back to troops already spoken of ("the estimated 600
     * soldiers who died", "600 of the 15,000 deployed soldiers", "estimate the losses to be at least 6,000 people"),
     * when the troops the article spoke of last are North Korea's ({@link Context#carriedTopic}) and neither the figure's
     * words nor its sentence name another side's troops, nor its clause another side: they are those troops. The tie is
     * carried, so the reading is marked ({@link CarriedTies#CARRIED}).
     */
    boolean carriedToNorthKoreans(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, int npEnd, int clauseStart,
                                  int clauseEnd, Metric metric, Context ctx) {
        if (!ctx.carriedTopic()) {
            return false;
        }
        int figureStart = lex.frames.beforeQualifier(s, q.start());
        boolean complement = metric != Metric.DEPLOYED && metric != Metric.PLANNED_DEPLOYMENT
                && lex.casualtyComplements.complementOfCasualtyNoun(s, clauseStart, figureStart);
        // round 62: "Ukrainian forces have captured six of them": the side named acts on the group, it does not own it
        int agent = lex.carriedTies.opposingAgentStart(s, clauseStart, figureStart, q.end());
        if (agent < 0 && (noun == null && !complement
                || !lex.carriedTies.pointsBack(s, figureStart, q.end(), clauseStart, complement))) {
            return false;
        }
        if (lex.nationalityInPhrase.containsIn(s, q.end(), npEnd) || lostByAnotherSide(s, q.start())
                || lex.carriedTies.namesOtherTroops(s, agent)) {
            return false;
        }
        int from = Math.min(Math.max(0, clauses.before(s, q.start())), clauseStart);
        int to = Math.max(npEnd, Math.min(clauseEnd, predicates.ownPredicateEnd(s, npEnd, clauseEnd)));
        // "The step, a sign of how closely the Kremlin and Pyongyang are aligned, will honour the 600 soldiers": a side
        // named in an aside set off by commas before the figure's words describes something else
        for (PhraseMatcher words : List.of(lex.otherNationality, lex.otherSides)) {
            if (words.find(s, from, to).stream().anyMatch(h -> !ctx.inSourceName().test(h.start())
                    && !FigureFrames.insideAside(s, h.start(), to) && !lex.frames.places.namesPlace(s, h)
                    && !lex.frames.places.namesMeans(s, h) && !asideBefore(s, h, from, figureStart)
                    && h.start() != agent)) {
                return false;
            }
        }
        return true;
    }

    /** The hit stands between two commas, both after {@code from} and before the figure. */
    private static boolean asideBefore(String s, PhraseMatcher.Hit h, int from, int figureStart) {
        int open = s.lastIndexOf(',', h.start());
        int close = s.indexOf(',', h.end());
        return open >= from && close >= 0 && close < figureStart;
    }

    /** The figure's troop noun is the subject of its own predicate, and that predicate names a casualty fate. */
    private boolean ownFateVerb(String s, PhraseMatcher.@Nullable Hit noun, int npEnd, int clauseEnd) {
        if (noun == null || npEnd >= clauseEnd) {
            return false;
        }
        java.util.regex.Matcher verb = FATE_VERB_LEAD.matcher(s).region(npEnd, clauseEnd);
        if (!verb.lookingAt()) {
            return false;
        }
        int end = Math.min(clauseEnd, predicates.ownPredicateEnd(s, npEnd, clauseEnd));
        java.util.regex.Matcher words = VERB_WORDS.matcher(s).region(verb.end(), end);
        int to = words.lookingAt() ? words.end() : verb.end(); // "killed", "taken prisoner", "lost their lives"
        return to > verb.end() && fates.casualtyMetric(s, verb.end(), to) != null;
    }

    private static final Pattern VERB_WORDS = Pattern.compile("[\\p{L}-]+(?:\\s+[\\p{L}-]+){0,2}");

    /** Auxiliaries and adverbs between a subject and its verb: "had reportedly been", "were all". */
    private static final Pattern FATE_VERB_LEAD = Pattern.compile("(?i)(?:\\s+(?:were|was|are|is|have|has|had|been|be|"
            + "being|got|reportedly|allegedly|also|already|later|now|all|since|so far|\\w+ly)){0,4}\\s+");

    /** Another side named as a country ({@code otherSideNames}) anywhere but in a source's name or as a place. */
    private boolean otherSideNamed(String s, Context ctx) {
        return lex.otherSides.find(s, 0, s.length()).stream().anyMatch(h -> !ctx.inSourceName().test(h.start())
                && !lex.frames.places.namesPlace(s, h));
    }

    private static final Pattern LOSER = Pattern.compile(
            "(?i)(?:\\s+[\\w-]+){0,2}\\s+(?:has\\s+|have\\s+|had\\s+)?(?:lost|suffered|sustained)\\s+(?:[\\w-]+\\s+){0,2}"
                    + "[\"\u201C]?"); // 'Russia has suffered "hundreds" of casualties': a figure set in quotation marks

    /**
     * "because Putin has lost a great many troops", "Russia's army lost 5,000 soldiers", "Russia has lost more than
     * 640,000 troops": the losses of another side, named by nationality or as a country ({@code otherSideNames}) just
     * before lost/suffered/sustained.
     */
    private boolean lostByAnotherSide(String s, int figureStart) {
        int from = Math.max(0, figureStart - 60);
        PhraseMatcher.Hit last = null;
        for (PhraseMatcher words : List.of(lex.otherNationality, lex.otherSides)) {
            List<PhraseMatcher.Hit> hits = words.find(s, from, figureStart);
            if (!hits.isEmpty() && (last == null || hits.get(hits.size() - 1).end() > last.end())) {
                last = hits.get(hits.size() - 1);
            }
        }
        // "units fighting for Russia suffered at least 30 casualties": after a preposition the side is no subject, nor
        // after a participle ("North Korean troops facing Ukrainian forces lost 300 soldiers", round 66)
        return last != null && !ModifiedLosers.OBJECT_LEAD.matcher(s).region(0, last.start()).find()
                && LOSER.matcher(s).region(last.end(), figureStart).matches()
                || modifiedLosers.lostBy(s, figureStart);
    }

    /**
     * "North Korean casualties have occurred, and about 1,500 more troops have been sent": the sentence's topic holds
     * for a later clause unless another nationality is named between them.
     */
    private boolean topicEarlierInSentence(String s, int figureStart, Context ctx) {
        List<PhraseMatcher.Hit> topics = lex.topicReferences.find(s, 0, figureStart, ctx.referBack());
        if (topics.isEmpty()) {
            return false;
        }
        int last = topics.get(topics.size() - 1).end();
        return !otherSideIn(s, last, figureStart, ctx);
    }

    /**
     * Another nationality named, except inside a source's name ("the South Korean military raised the toll to"), in a
     * relative clause set off by commas ("the deployment, which Russian President Putin acknowledged, left ...") or as
     * a place ("reached Kursk, near Ukraine's border") or the means of travel ("aboard Russian ships", round 49).
     */
    private boolean otherSideIn(String s, int from, int to, Context ctx) {
        return lex.otherNationality.find(s, from, to).stream().anyMatch(h -> !ctx.inSourceName().test(h.start())
                && !FigureFrames.insideAside(s, h.start(), to) && !lex.frames.places.namesPlace(s, h)
                && !lex.frames.places.namesMeans(s, h));
    }

    /** "soldiers from North Korea", "members of the North Korean army", "30 soldiers" North Koreans (apposition). */
    private boolean trailingNorthKorea(String s, int npEnd, Context ctx) {
        String after = s.substring(npEnd, Math.min(s.length(), npEnd + 6));
        if (after.startsWith(" from ") || after.startsWith(" of ")) {
            // the topic must head the preposition's own object: "troops from Kursk after North Korean troops joined"
            // and "prisoners of war, and two North Koreans" name North Korea in another phrase
            int objectFrom = npEnd + (after.startsWith(" of ") ? 4 : 6);
            return lex.topicReferences.find(s, objectFrom, Math.min(s.length(), npEnd + 40), ctx.referBack()).stream()
                    .anyMatch(h -> OBJECT_LEAD.matcher(s).region(objectFrom, h.start()).matches());
        }
        int i = npEnd;
        while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ' ')) {
            i++;
        }
        int start = i;
        return i > npEnd && lex.topic.find(s, start, Math.min(s.length(), start + 30)).stream().anyMatch(h -> h.start() == start);
    }

    /** At most four words ("the vicinity of the"), no punctuation, between a preposition and the topic heading its object. */
    private static final Pattern OBJECT_LEAD = Pattern.compile(
            "(?i)(?:(?!(?:after|before|and|or|but|while|when|where|as|with|to|in|near|against)\\b)[\\w'-]+\\s+){0,4}");

    private static boolean isCasualtyNoun(String noun) {
        return switch (noun) {
            case "casualties", "fatalities", "deaths", "dead", "wounded", "injured", "prisoners", "prisoners of war",
                 "pows", "captives", "lives" -> true;
            default -> false;
        };
    }
}
