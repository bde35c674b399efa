package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.model.Metric;

/**
 * Decides whether one quantity in a sentence is a figure about North Korean troops and, if so, what it counts and how
 * it is qualified. It reads the sentence's structure around the number: the noun it counts ("soldiers", "members of
 * the regiment"), who is said to have sent them, the words that say what happened to them, and whether the clause
 * speaks of a plan rather than a fact.
 */
final class FigureReader {

    /**
     * What a quantity turned out to be: the metric, the span of its original wording, and its qualifier;
     * {@code partOfFigureBefore} when it is a part of the figure of the sentence before ("Among them are 500 officers").
     */
    record Reading(Metric metric, int textStart, @Nullable String qualifier, @Nullable String metricDoubt,
                   @Nullable String clauseWords, boolean partOfFigureBefore) {
        Reading(Metric metric, int textStart, @Nullable String qualifier) {
            this(metric, textStart, qualifier, null, null, false);
        }
    }

    /**
     * "Dozens of the foreign troops are dead and wounded": a vague part of troops named by a noun, whose own verb
     * says what befell them, counts that fate (the whole is only where they came from). A part of a pronoun ("several
     * of them were killed") or of a group whose verb is no casualty ("several of the troops were interviewed") is not.
     */
    private boolean casualtyPartOfTroops(String s, Quantity q, int clauseEnd) {
        java.util.regex.Matcher of = PART_OF_NOUN.matcher(s).region(q.end(), s.length());
        if (!of.lookingAt()) {
            return false;
        }
        int npEnd = Math.min(clauseEnd, NounPhrases.end(s, of.end()));
        PhraseMatcher.Hit troops = NounPhrases.lastHit(lex.troopNouns, s, of.end(), npEnd);
        if (troops == null || casualtyMetric(s, troops.start(), troops.end()) != null) {
            return false;
        }
        return OWN_VERB.matcher(s).region(troops.end(), Math.min(clauseEnd, troops.end() + 60)).lookingAt()
                && casualtyMetric(s, troops.end(), ownPredicateEnd(s, troops.end(), clauseEnd)) != null;
    }

    private static final Pattern PART_OF_NOUN = Pattern.compile("(?i)\\s+of\\s+(?:the|those|these|its|their)\\s+");
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|whom|them|those|these|which|its|their)\\b");
    /** Units of time after a number ("at 4,900 last week"): a date's words, not what the number counts. */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("years", "year", "months", "month",
            "weeks", "week", "days", "day", "hours", "hour", "minutes");

    /**
     * "one of them", "one soldier was seen": a single one, unqualified, tells a story; "at least one soldier",
     * "roughly one" or "1 troops" in a count still count.
     */
    private boolean storyOfOne(String s, Quantity q, PhraseMatcher.@Nullable Hit noun) {
        if (!Long.valueOf(1).equals(q.low()) || !Long.valueOf(1).equals(q.high())) {
            return false;
        }
        boolean qualified = lex.qualifiers.find(s, Math.max(0, q.start() - 25), q.start()).stream()
                .anyMatch(h -> s.substring(h.end(), q.start()).isBlank());
        if (qualified) {
            return false;
        }
        return s.regionMatches(true, q.end(), " of ", 0, 4) || noun == null || !noun.phrase().endsWith("s");
    }

    /** "aged 19 and 26", "at the age of 24": an age, not a count. */
    static boolean isAge(String s, Quantity q) {
        return mentionsAge(s, q.start()) && AGE.matcher(s).region(0, q.start()).find();
    }

    /** Every word of {@link #AGE} holds "age"; most sentences do not, and the pattern is tried at every place. */
    private static boolean mentionsAge(String s, int end) {
        for (int i = 0; i + 3 <= end; i++) {
            if (s.regionMatches(true, i, "age", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "as of 2025", "since 2024", "by 2026,": a number of four digits with no thousands separator, from 1900 to 2099,
     * after a word of time or followed by a comma is a year, not a count ("2025 troops" with no such word still counts).
     */
    static boolean isYear(String s, Quantity q) {
        if (!YEAR_DIGITS.matcher(s).region(q.start(), q.end()).matches()) {
            return false;
        }
        return YEAR_BEFORE.matcher(s).region(0, q.start()).find()
                || s.startsWith(",", q.end()) || s.startsWith(".", q.end()) && q.end() + 1 >= s.length();
    }

    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|of|since|by|until|till|from|through|to|before|after|during|early|late|mid|year|as of|end of|spring|summer|autumn|fall|winter)[\\s-]+$");

    /** "aged 19 and 26", "at the age of 24": ages, however many numbers follow. */
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages|age of)\\s+(?:\\d+(?:\\s*(?:,|and|or|to|-)\\s*)?)*$");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s+(?:and|or)\\s+");
    /** A bare number followed by its own attribution: an ellipsis of the figure before it. */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)\\s*,?\\s*according to\\b");
    private static final List<String> ADDITIVE = List.of("another ", "a further ", "an additional ", "an extra ");

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;
    private final FigureReferences references;
    private final WoundedWithDead woundedWithDead;

    FigureReader(CompiledLexicon lex) {
        this.lex = lex;
        this.woundedWithDead = lex.woundedWithDead;
        this.nouns = new NounPhrases(lex);
        this.clauses = new Clauses(lex.clauseBreaks);
        this.references = new FigureReferences(lex);
    }

    /**
     * What the article around a sentence says of North Korea.
     *
     * @param topicNearby the previous sentence of the paragraph speaks of North Korean troops
     * @param northKoreanSpeaker the sentence names a North Korean claimant, who speaks of its own troops
     * @param referBack the article (or this sentence) has named North Korea, so an epithet ("the North") refers to it
     * @param pronounSubject the sentence opens with a pronoun ("It has shipped ...") for the North Korea that was the
     *                       subject of the sentence before
     * @param metricBefore   the metric of the last figure of the sentence before, in the same paragraph, or null: a
     *                       part of it ("Among them are 500 officers") or a restatement ("put the number at") counts it
     */
    record Context(boolean topicNearby, boolean northKoreanSpeaker, boolean referBack, boolean pronounSubject,
                   java.util.function.IntPredicate inSourceName, @Nullable Metric metricBefore) {
        Context(boolean topicNearby, boolean northKoreanSpeaker, boolean referBack, boolean pronounSubject) {
            this(topicNearby, northKoreanSpeaker, referBack, pronounSubject, at -> false, null);
        }
    }

    @Nullable Reading read(String text, List<Quantity> quantities, int index, @Nullable Metric previous, Context ctx) {
        Quantity q = quantities.get(index);
        String s = DashAsides.asCommas(text, q);
        int clauseStart = Math.max(index > 0 ? quantities.get(index - 1).end() : 0, clauses.before(s, q.start()));
        boolean coordinated = index > 0 && coordinated(s, quantities.get(index - 1).end(), q.start());
        if (index > 0 && (coordinated
                || woundedWithDead.partMarkedBefore(s.substring(quantities.get(index - 1).end(), q.start())))) {
            // "amassed 50,000 troops, including several thousand North Korean troops", "send 1,000 sappers and 5,000
            // military builders": the verb before the whole counts the part, and every conjunct, too.
            clauseStart = clauses.before(s, quantities.get(index - 1).start());
        }
        if (index > 0 && lex.frames.distributive(s, quantities.get(index - 1).end(), q.start())) {
            // "deploy five battalions, each made up of about 3,000 troops": the verb of the units governs each unit's troops
            clauseStart = clauses.before(s, quantities.get(index - 1).start());
        }
        // "600 of the 9,000 soldiers were killed", "600 out of 15,000 deployed soldiers have been killed": the whole
        // after a partitive does not end the part's clause
        boolean wholeFollows = index + 1 < quantities.size()
                && lex.frames.wholeOfFraction(s, quantities.get(index + 1).start())
                && FigureFrames.partOfWhole(s, q.end());
        int clauseEnd = Math.min(index + 1 < quantities.size() && !wholeFollows ? quantities.get(index + 1).start()
                : s.length(), clauses.after(s, q.end()));
        if (index + 1 < quantities.size() && !wholeFollows) {
            clauseEnd = Math.min(clauseEnd, nextFiguresVerb(s, q.end(), quantities.get(index + 1).start()));
        }
        if (wholeFollows && index + 2 < quantities.size()) {
            // "lost 4 700 out of 15 000 fighters, of whom 600 were killed": the part's clause ends where a third figure starts
            clauseEnd = Math.min(clauseEnd, quantities.get(index + 2).start());
        }
        if (q.vague() && PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()
                && !casualtyPartOfTroops(s, q, clauseEnd)) {
            return null; // "several of the returning troops", "several of whom": part of a group, not a count
        }
        if (isAge(s, q)) {
            return null; // "aged 19 and 26": not a count of troops
        }
        if (Proportions.inProportion(s, q)) {
            return null; // "one in three soldiers had been wounded": a proportion, not a count
        }
        int nounSearchFrom = NounPhrases.skipOf(s, q.end());
        if (NounPhrases.startsWithAny(lex.nonTroopUnits, s, nounSearchFrom)) {
            return null;
        }
        int npEnd = endAtConjoinedClause(s, nounSearchFrom, nouns.endThroughBracket(s, nounSearchFrom));
        PhraseMatcher.Hit noun = NounPhrases.lastHit(lex.troopNouns, s, nounSearchFrom, npEnd);
        PhraseMatcher.Hit thing = NounPhrases.lastHit(lex.nonTroopUnits, s, nounSearchFrom, npEnd);
        if (thing != null && !TIME_UNITS.contains(thing.phrase()) && (noun == null || thing.start() < noun.start())
                && !references.insideTroopNoun(s, thing, nounSearchFrom, npEnd)) {
            return null; // "20 North Korean-made towed guns": the head noun counts things, not troops
        }
        if (storyOfOne(s, q, noun)) {
            return null; // "one of them", "one soldier" telling a story: not a count
        }
        PhraseMatcher.Hit formation = NounPhrases.lastHit(lex.frames.unitCounts(), s, nounSearchFrom, npEnd);
        if (formation != null && (noun == null || formation.start() > noun.start())) {
            return null; // "five North Korean battalions": a count of formations, not of troops
        }
        if (noun == null) {
            noun = nouns.memberOfUnit(s, nounSearchFrom, npEnd);
        }
        PhraseMatcher.Hit strength = lex.frames.strengthOf(s, q.end(), npEnd);
        if (noun == null) {
            noun = strength;
        }
        if (noun == null && Proportions.yearAsModifier(s, q)) {
            return null; // "under Article 4 of the 2024 treaty": a year naming the treaty, not a count
        }
        if (noun == null && q.vague() && nounSearchFrom > q.end()
                && !lex.topicReferences.containsIn(s, nounSearchFrom, npEnd, ctx.referBack())) {
            return null; // "a large number of occupiers": a vague count of something no troop noun names
        }
        int predicateFrom = noun == null ? q.end() : Math.min(clauseEnd, Math.max(q.end(), noun.end()));
        if (otherMetricPredicate(s, predicateFrom, ownPredicateEnd(s, predicateFrom, clauseEnd))) {
            return null; // "2,000 injured North Korean soldiers had been repatriated": counted, but in no metric of ours
        }
        Metric metric = framedMetric(s, q, noun, strength, ctx);
        if (metric == null) {
            metric = metric(s, q, clauseStart, clauseEnd, noun, previous);
        }
        // "... put the number at about 1,100": the number the sentence before gave, of North Korean troops already,
        // whoever's nationality the estimate bears ("South Korean estimates put the number at")
        boolean restated = metric == null && noun == null && ctx.metricBefore() != null
                && lex.restatedNumbers.restates(s, lex.frames.beforeQualifier(s, q.start()));
        if (restated) {
            metric = ctx.metricBefore();
        }
        boolean sharedWithNorthKoreans = false;
        Metric shared = noun == null && index + 1 < quantities.size()
                ? sharedObject(s, q, quantities.get(index + 1), clauseStart) : null;
        if (shared != null) {
            metric = metric == null ? shared : metric;
            int nextFrom = NounPhrases.skipOf(s, quantities.get(index + 1).end());
            // the object's own words say whose troops: "Ukrainian soldiers have killed 77 and wounded 40 North Koreans"
            sharedWithNorthKoreans = lex.topicReferences.containsIn(s, nextFrom, NounPhrases.end(s, nextFrom),
                    ctx.referBack());
        }
        if (metric == null && coordinated) {
            metric = previous;
        }
        // "Among them are at least 500 officers, two generals included": with a troop noun and no verb of its own, a
        // part of the troops the figure of the sentence before counted, and so is the next conjunct of that part
        boolean partOfFigureBefore = noun != null && ctx.metricBefore() != null
                && (metric == null && references.partOfThemOpens(s, q)
                        || coordinated && references.partOfThemOpens(s, quantities.get(index - 1)));
        if (partOfFigureBefore && metric == null) {
            metric = ctx.metricBefore();
        }
        if (metric == null && noun == null && ctx.metricBefore() != null && references.namesTheirNumber(s, q)
                && casualtyMetric(s, clauseStart, clauseEnd) == null) {
            // "... deploy five battalions of about 3,000 troops. That could raise their number to 15,000": the new size
            // of the troops the figure of the sentence before counted
            metric = ctx.metricBefore();
        }
        if (metric == null) {
            // "around 12,000 troops, 500 officers and three generals among them, already based in Russia": the first
            // conjuncts of a list take the predicate that follows the whole list.
            int listEnd = listEnd(s, quantities, index);
            if (listEnd > clauseEnd) {
                metric = metric(s, q, clauseStart, listEnd, noun, previous);
            }
        }
        if (metric == null || metric != Metric.DEPLOYED && fatesJoined(s, clauseStart, clauseEnd)) {
            return null; // "had taken prisoner or killed several soldiers": two fates in one figure, no metric counts it
        }
        int phraseEnd = noun != null ? noun.end() : Math.min(npEnd, q.end() + 1);
        // a part of a North Korean figure, or troops North Korea is said to send, need no other tie to North Korea
        boolean tiedToNorthKorea = partOfFigureBefore && !lex.otherNationality.containsIn(s, q.end(), phraseEnd)
                || noun != null && metric == Metric.DEPLOYED && references.sentByNorthKorea(s, noun.end(), ctx.referBack());
        if (!sharedWithNorthKoreans && !restated && !tiedToNorthKorea
                && !aboutNorthKoreans(s, q, noun, phraseEnd, clauseStart, clauseEnd, metric, ctx)) {
            return null;
        }
        if (!sharedWithNorthKoreans && anotherSideCountedBefore(s, quantities, index)
                && !lex.topicReferences.containsIn(s, 0, s.length(), ctx.referBack())) {
            // "the more than 1,500 Russian soldiers wounded or killed each day, ..., which estimated there were over
            // 45,000 casualties": a sentence that counts another side's troops and never names North Korea goes on
            // counting that side's, whatever the paragraph around it is about
            return null;
        }
        // a force sized by "-strong" is planned only by words before it: what follows says what befalls the force
        int ownWordsEnd = strength != null ? clauses.after(s, q.end()) : phraseEnd;
        if (metric == Metric.DEPLOYED && lex.plans.planned(s, q, Math.min(clauseStart, clauses.before(s, q.start())),
                ownWordsEnd, clauses.after(s, q.end()))) {
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.DEPLOYED && lex.frames.plannedAttribute(s, q.start())) {
            metric = Metric.PLANNED_DEPLOYMENT; // "out of a pledged 10,000", "the promised 6,000 troops"
        }
        int asideEnd = metric == Metric.DEPLOYED ? FigureFrames.asideEnd(s, q.start()) : -1;
        if (asideEnd > 0 && lex.plans.planned(s, q, q.start(), asideEnd + 1, clauses.after(s, asideEnd + 1))) {
            // "The first division, which numbers 2,600 soldiers, will head to Kursk": the unit's own verb, after the
            // relative clause that sizes it, says whether it has gone
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        if (metric == Metric.WOUNDED && woundedWithDead.hasDeadPart(s, quantities, index)) {
            metric = Metric.KILLED_OR_WOUNDED; // "1,000 had been wounded, 100 dead among them": the dead are inside
        }
        Reading r = qualify(s, q, metric);
        String doubt = metricDoubt(s, q, clauseStart, clauseEnd, noun, previous);
        return doubt == null && !partOfFigureBefore ? r : new Reading(r.metric(), r.textStart(), r.qualifier(), doubt,
                doubt == null ? null : s.substring(clauseStart, clauseEnd).strip(), partOfFigureBefore);
    }

    /**
     * "have killed 77 and wounded as many as 40 North Korean soldiers": two casualty verbs, each with its own number,
     * share the one object after the second, so the first bare number counts what its own verb says (the next
     * figure's noun must be troops; "killed 77 and wounded 40 civilians" is read by that noun, and no other number
     * borrows a noun so).
     */
    private @Nullable Metric sharedObject(String s, Quantity q, Quantity next, int clauseStart) {
        java.util.regex.Matcher m = VERB_OF_NEXT.matcher(s).region(q.end(), lex.frames.beforeQualifier(s, next.start()));
        if (nextFiguresVerb(s, q.end(), next.start()) == next.start() || !m.find() || m.start() != q.end()) {
            return null; // no conjunction and cue verb right between the two numbers
        }
        int at = lex.frames.beforeQualifier(s, q.start());
        Metric own = casualtyMetric(s, clauseStart, at);
        boolean object = own != null && lex.cues.get(own).find(s, clauseStart, at).stream()
                .anyMatch(h -> s.substring(h.end(), at).isBlank());
        if (!object) {
            return null;
        }
        int nounFrom = NounPhrases.skipOf(s, next.end());
        int nounEnd = NounPhrases.end(s, nounFrom);
        PhraseMatcher.Hit noun = NounPhrases.lastHit(lex.troopNouns, s, nounFrom, nounEnd);
        return noun != null && casualtyMetric(s, noun.start(), noun.end()) == null ? own : null;
    }

    /** "..., and captured two": a conjunction, then a verb right before the next figure (past its qualifier). */
    private static final Pattern VERB_OF_NEXT = Pattern.compile("(?i),?\\s+(?:and|or|but|while)\\s+([\\w-]+(?:\\s+[\\w-]+)?)\\s+$");

    /**
     * "killed 40 soldiers and captured two": a cue verb coordinated right before the next figure is that figure's,
     * so this figure's words end at the conjunction; otherwise {@code nextStart}.
     */
    private int nextFiguresVerb(String s, int end, int nextStart) {
        int at = beforeAdditive(s, lex.frames.beforeQualifier(s, nextStart));
        if (at <= end) {
            return nextStart;
        }
        java.util.regex.Matcher m = VERB_OF_NEXT.matcher(s).region(end, at);
        if (!m.find()) {
            return nextStart;
        }
        int verbStart = m.start(1);
        boolean cue = lex.cues.values().stream().anyMatch(c -> c.find(s, verbStart, m.end(1)).stream()
                .anyMatch(h -> h.start() == verbStart));
        return cue ? m.start() : nextStart;
    }

    /** "sent 300 wounded soldiers home": sent back, not sent to fight. */
    private static final Pattern SENT_HOME = Pattern.compile("(?i)\\s+(?:home|back)\\b");

    /**
     * A frame that fixes what the figure counts whatever the clause's verbs say: "the 12,000-strong contingent",
     * "more than half of the approximately 11,000 troops" (the whole a fraction of casualties is taken from), "sent an
     * additional 3,000 troops" and "among the 11,000 troops sent" size a deployed force; "seized two North Korean soldiers" counts the captured;
     * null when no frame is there.
     */
    private @Nullable Metric framedMetric(String s, Quantity q, PhraseMatcher.@Nullable Hit noun,
                                          PhraseMatcher.@Nullable Hit strength, Context ctx) {
        if (strength != null) {
            return Metric.DEPLOYED;
        }
        if (noun != null && lex.frames.capturedDirectly(s, q.start(), noun.end())) {
            return Metric.CAPTURED; // "seized two wounded North Korean soldiers": the verb says what befell them
        }
        boolean casualtyHead = noun != null && casualtyMetric(s, noun.start(), noun.end()) != null;
        if (casualtyHead) {
            return null;
        }
        if (noun != null && !PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()
                && references.sentByNorthKorea(s, noun.end(), ctx.referBack())) {
            return Metric.DEPLOYED; // "the 11,000 troops North Korea sent have suffered losses": sent, whatever befell them
        }
        boolean sentHome = noun != null && SENT_HOME.matcher(s).region(noun.end(), s.length()).lookingAt();
        // "..., out of 9,000 sent to Kursk": a group after a preposition may be sized by its participle alone
        boolean sent = !sentHome && (noun != null && (lex.frames.sentDirectly(s, q.start())
                || lex.frames.sentByNoun(s, q.start()) != null)
                || lex.frames.groupSent(s, q.start(), noun != null ? noun.end() : q.end()));
        return sent || lex.frames.plannedWhole(s, q.start())
                || lex.frames.wholeOfFraction(s, q.start()) && !ownCasualtyParticiple(s, noun) ? Metric.DEPLOYED : null;
    }

    /** The next word after a troop noun, for a reduced relative clause: "the 600 troops killed in Kursk". */
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([\\p{L}-]+)");

    /**
     * "a fraction of the roughly 600 troops killed in the Kursk fighting": the whole names its own fate right after
     * its noun, so it counts that fate; "half of the 11,000 troops were killed" (a verb of the clause) sizes the force.
     */
    private boolean ownCasualtyParticiple(String s, PhraseMatcher.@Nullable Hit noun) {
        if (noun == null) {
            return false;
        }
        java.util.regex.Matcher next = NEXT_WORD.matcher(s).region(noun.end(), s.length());
        return next.lookingAt() && casualtyMetric(s, next.start(1), next.end(1)) != null;
    }

    /**
     * "killed 700 soldiers and left thousands wounded": the phrase of "700" ends at "and" when what follows is not
     * another troop or casualty word ("dead and wounded" stays one phrase).
     */
    private int endAtConjoinedClause(String s, int from, int npEnd) {
        java.util.regex.Matcher m = CONJUNCTION.matcher(s).region(from, npEnd);
        while (m.find()) {
            int next = m.end();
            boolean continues = Stream.of(lex.troopNouns, lex.topic, lex.otherNationality).anyMatch(words -> words
                    .find(s, next, Math.min(s.length(), next + 30)).stream().anyMatch(h -> h.start() == next))
                    || lex.cues.values().stream()
                    .anyMatch(c -> c.find(s, next, Math.min(s.length(), next + 30)).stream().anyMatch(h -> h.start() == next));
            if (!continues || verbWithOwnNumber(s, next)) {
                return m.start();
            }
        }
        return npEnd;
    }

    /**
     * "killed 60 North Korean soldiers and wounded about 90": the word after the conjunction is a verb with a number of
     * its own for object, not a second noun of the phrase ("soldiers and wounded" would make the 60 wounded).
     */
    private boolean verbWithOwnNumber(String s, int wordStart) {
        int i = wordStart;
        while (i < s.length() && Character.isLetter(s.charAt(i))) {
            i++;
        }
        int objectStart = i;
        while (objectStart < s.length() && s.charAt(objectStart) == ' ') {
            objectStart++;
        }
        int afterQualifier = objectStart;
        for (PhraseMatcher.Hit h : lex.qualifiers.find(s, objectStart, Math.min(s.length(), objectStart + 25))) {
            if (h.start() == objectStart) {
                afterQualifier = Math.max(afterQualifier, h.end());
            }
        }
        while (afterQualifier < s.length() && s.charAt(afterQualifier) == ' ') {
            afterQualifier++;
        }
        // "killed 30 soldiers and wounded another 50": an additive before the verb's own number, as a qualifier
        String rest = s.substring(afterQualifier, Math.min(s.length(), afterQualifier + 16)).toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (rest.startsWith(additive)) {
                afterQualifier += additive.length();
                break;
            }
        }
        if (objectStart <= i || afterQualifier >= s.length()) {
            return false;
        }
        // "and wounded others", "and wounded dozens more": a vague object is the verb's own, as a number is
        String object = s.substring(afterQualifier, Math.min(s.length(), afterQualifier + 30)).toLowerCase(Locale.ROOT);
        return Character.isDigit(s.charAt(afterQualifier)) || OTHERS_OBJECT.matcher(object).lookingAt()
                || lex.vague.stream().anyMatch(v -> object.startsWith(v + " ") || object.equals(v));
    }

    /** "wounded others", "wounded many more": the object of a verb after a conjunction, counting other men. */
    private static final Pattern OTHERS_OBJECT = Pattern.compile("(?:many\\s+|several\\s+)?(?:others|more)\\b(?!\\s+(?:were|was|are|is|have|has|had)\\b)");

    /**
     * A conjunction (and an additive) ends the words between two figures: "1,000 sappers and 5,000 builders"; so does
     * a sequel, "sent 12,000 troops, followed by an additional 3,000" (the second sending of the same kind).
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?i)[^.;:?!]{0,90}?(?:,?\\s+(?:and|as well as|plus)|,)\\s+(?:also\\s+)?(?:(?:then\\s+)?followed\\s+by\\s+)?"
                    + "(?:another|a further|an additional)?\\s*$");

    /**
     * The figure is the next conjunct of the one before: a conjunction closes the words between them and no verb of
     * speech or casualty stands there to give it a predicate of its own.
     */
    private boolean coordinated(String s, int previousEnd, int start) {
        if (!COORDINATION.matcher(s.substring(previousEnd, start)).matches()) {
            return false;
        }
        return !lex.speechVerbs.containsIn(s, previousEnd, start)
                && lex.cues.entrySet().stream().filter(e -> e.getKey() != Metric.DEPLOYED)
                .noneMatch(e -> e.getValue().containsIn(s, previousEnd, start));
    }

    /** The end of the clause after the last figure coordinated with this one, or -1 when no figure follows it so. */
    private int listEnd(String s, List<Quantity> quantities, int index) {
        int last = index;
        while (last + 1 < quantities.size()
                && coordinated(s, quantities.get(last).end(), quantities.get(last + 1).start())) {
            last++;
        }
        if (last == index) {
            return -1;
        }
        int end = clauses.after(s, quantities.get(last).end());
        // "12,000 troops, 500 killed and 300 captured": conjuncts with casualty words of their own share no predicate
        return casualtyMetric(s, quantities.get(index).end(), end) == null ? end : -1;
    }

    /**
     * "some reports put the figure at up to 12,000": a figure, number or estimate named by a definite word and no
     * measure of its own is the one the sentence spoke of before.
     */
    private static final Pattern THE_FIGURE = Pattern.compile(
            "(?i)\\b(?:the|that|this|their|its)\\s+(?:figure|number|estimate|total|count|tally)\\s+(?:at|to)\\s+(?:\\w+\\s+){0,2}$");

    /**
     * "put the toll at 4,000, although US estimates were lower, at about 1,200": another party's estimate of the same
     * measure, compared with the figure before and given after "at", with no measure of its own ("the estimate of the
     * shells fired, at 1,100" is an estimate of something else).
     */
    static final Pattern ESTIMATE_THEN_AT = Pattern.compile(
            "(?i)\\b(?:estimates?|estimated|figures?|counts?|tolls?|tally|tallies|assessments?)\\b(?:(?!\\bof\\b)[^.;:()]){0,40}?\\bat\\s+$");

    private boolean otherEstimateAt(String s, int clauseStart, int start) {
        int at = Math.max(clauseStart, lex.frames.beforeQualifier(s, start));
        // most bare numbers follow no "at": the pattern, anchored at the window's end, is tried only after one
        return endsWithAt(s, clauseStart, at) && ESTIMATE_THEN_AT.matcher(s).region(clauseStart, at).find();
    }

    /** s[from, to) ends in the word "at" and white space: the one word {@link #ESTIMATE_THEN_AT} must end with. */
    static boolean endsWithAt(String s, int from, int to) {
        return to > from && Character.isWhitespace(s.charAt(to - 1)) && WindowEnds.endsWithWord(s, from, to, "at");
    }

    /** A relative clause with a subject of its own: "workers to rebuild infrastructure that the occupiers destroyed". */
    private static final Pattern OWN_SUBJECT_CLAUSE = Pattern.compile(
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

    private int ownPredicateEnd(String s, int phraseEnd, int clauseEnd) {
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
        java.util.regex.Matcher others = OTHERS_CLAUSE.matcher(s).region(Math.min(phraseEnd, end), end);
        if (others.find()) {
            end = others.start();
        }
        java.util.regex.Matcher rel = OWN_SUBJECT_CLAUSE.matcher(s).region(Math.min(phraseEnd, end), end);
        return rel.find() && rel.start() > phraseEnd + 3 ? rel.start() : end;
    }

    /**
     * A coordinated clause about other men: "3,000 were killed and many more were wounded" counts the killed; the
     * wounded are the others' predicate, not a second verb of the figure's (which would read "killed or wounded").
     */
    private static final Pattern OTHERS_CLAUSE = Pattern.compile("(?i)\\s(?:and|but|while)\\s+(?:"
            + "(?:(?:many|far|several|some|even|a\\s+few)\\s+)?(?:more|others|the\\s+rest)\\s+"
            + "(?:were|was|are|is|have|has|had)\\b"
            // "killed 30 soldiers and wounded many others": a verb of its own whose object is other men
            + "|(?:killed|wounded|injured|captured)\\s+(?:(?:many|several|dozens|hundreds)\\s+)?(?:more|others)\\b(?!\\s+(?:were|was|are|is|have|has|had)\\b))");

    /**
     * A bare number's own verb follows it, perhaps after a partitive pronoun and auxiliaries: "600 were killed",
     * "6,000 of these are thought to have been killed", "4,000 have reportedly died".
     */
    private static final Pattern OWN_VERB = Pattern.compile("(?is)\\s*(?:of\\s+(?:these|those|them|whom|which)\\)?\\s+)?"
            + "(?:\\w+\\s+){0,5}?(?:killed|died|wounded|injured|captured|dead|lost|perished|were|had|have|has|was|are|is)\\b.*");

    /** A cue verb whose object is the bare number: "Seoul estimates about 600", "puts the toll at 600". */
    private static final Pattern CUE_OBJECT = Pattern.compile(
            "(?i)\\s*(?:(?:it|them|the (?:figure|number|toll|total|death toll)) at\\s*)?");

    /**
     * "Pyongyang has given no number for troops killed, though Seoul estimates about 600": a bare number that a cue
     * verb of its own clause takes as object, with no metric in that clause, counts what the sentence spoke of just
     * before (read with {@link #casualtyMetric} over the earlier clauses; marked uncertain by {@link #metricDoubt}).
     */
    private boolean estimatedAfterEarlierClause(String s, Quantity q, int clauseStart) {
        if (clauseStart == 0) {
            return false;
        }
        for (PhraseMatcher.Hit cue : lex.speechVerbs.find(s, clauseStart, q.start())) {
            String between = s.substring(cue.end(), q.start());
            String beforeQualifier = lex.qualifiers.find(between).stream().filter(h -> between.substring(h.end()).isBlank())
                    .map(h -> between.substring(0, h.start())).findFirst().orElse(between);
            if (CUE_OBJECT.matcher(beforeQualifier).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The figure's own verb group right after its noun phrase: "have been deployed", "were sent", "are in". */
    private static final Pattern OWN_DEPLOYMENT_VERB = Pattern.compile(
            "(?i)\\s+(?:have|has|had|were|was|are|is)\\s+(?:(?:been|already|now|reportedly)\\s+)*\\w+");

    /**
     * Why the metric may be wrong, or null: a number with no noun of its own whose metric came from the figure before
     * it, or one between two verbs of different metrics ("killed 700 and left 1,500 wounded" reads each by its own
     * verb, but "700 wounded or were killed" could go either way).
     */
    private @Nullable String metricDoubt(String s, Quantity q, int clauseStart, int clauseEnd,
                                         PhraseMatcher.@Nullable Hit noun, @Nullable Metric previous) {
        if (noun != null && casualtyMetric(s, noun.start(), noun.end()) != null) {
            return null;
        }
        int phraseEnd = noun == null ? q.end() : Math.min(clauseEnd, Math.max(q.end(), noun.end()));
        Metric after = casualtyMetric(s, phraseEnd, ownPredicateEnd(s, phraseEnd, clauseEnd));
        Metric before = casualtyMetric(s, clauseStart, q.start());
        if (after != null && before != null && after != before) {
            return "two verbs could govern this number";
        }
        if (noun == null && after == null && before == null && previous != null) {
            return "metric carried from the figure before it";
        }
        if (noun == null && after == null && before == null && estimatedAfterEarlierClause(s, q, clauseStart)) {
            return "metric from an earlier clause";
        }
        return null;
    }

    /**
     * Casualty words after the noun phrase, then before the number, then inside the phrase itself: in "captured two
     * wounded North Korean soldiers" the verb says what the figure counts and "wounded" only describes the men.
     */
    private @Nullable Metric metric(String s, Quantity q, int clauseStart, int clauseEnd,
                                    PhraseMatcher.@Nullable Hit noun, @Nullable Metric previous) {
        int phraseEnd = noun == null ? q.end() : Math.min(clauseEnd, Math.max(q.end(), noun.end()));
        Metric after = casualtyMetric(s, phraseEnd, ownPredicateEnd(s, phraseEnd, clauseEnd));
        Metric before = casualtyMetric(s, clauseStart, q.start());
        Metric inPhrase = casualtyMetric(s, q.end(), phraseEnd);
        if (noun == null) {
            boolean verbFollows = after != null && OWN_VERB.matcher(s).region(q.end(), Math.min(clauseEnd, q.end() + 60))
                    .lookingAt();
            boolean leadIn = leadInBefore(s, q.start());
            if (lex.frames.partSentAsParticiple(s, q.start(), q.end())) {
                return Metric.DEPLOYED; // "including 3,000 dispatched earlier to replace those killed": sent, not killed
            }
            if (verbFollows) {
                return after;
            }
            if (leadIn && before != null) {
                return before;
            }
            if (before == null && (lex.frames.sizedByVerb(s, q.start())
                    || lex.frames.sentAsSubject(s, FigureFrames.afterPronounPartitive(s, q.end()))
                    || q.vague() && ownDeploymentVerb(s, q.end(), clauseEnd))) {
                // "they numbered about 12,000"; "an estimated 14,000 were sent", "the 3,000 already sent" (a passive of
                // sending); "a small number had already reached Kursk" (a vague quantity only: a bare number before
                // another verb is as often the number itself, "10,000 is a lot")
                return Metric.DEPLOYED;
            }
            if (previous != null && before == null && after == null && lex.frames.opensPart(s, q.start())) {
                return previous; // "sent 14,000 troops, including 11,000 last year": a part counts as its whole does
            }
            if (previous != null && (lex.totals.containsIn(s, clauseStart, q.start()) || ELLIPSIS.matcher(s)
                    .region(q.end(), s.length()).lookingAt()
                    || leadIn && THE_FIGURE.matcher(s).region(clauseStart, q.start()).find()
                    || otherEstimateAt(s, clauseStart, q.start()))) {
                return previous; // "3,000 were killed, according to Kyiv, 1,100 according to Seoul": the same measure
            }
            if (leadIn && lex.cues.get(Metric.DEPLOYED).containsIn(s, clauseStart, q.start())) {
                return Metric.DEPLOYED;
            }
            // "the new death toll, higher than earlier estimates of about 600": the older estimate a measure is
            // compared with counts what the words before the comparison count (across the comma or dash)
            int comparison = references.comparisonStart(s, q);
            if (comparison > 0) {
                return casualtyMetric(s, 0, comparison);
            }
            return estimatedAfterEarlierClause(s, q, clauseStart) ? casualtyMetric(s, 0, clauseStart) : null;
        }
        if (after != null) {
            return after;
        }
        // "... casualties, ... 11,000 North Korean troops have been deployed": the figure's own verb says what it counts.
        if (ownDeploymentVerb(s, phraseEnd, clauseEnd)) {
            return Metric.DEPLOYED;
        }
        // "... killed and up to 7,400 wounded": the head noun itself says what this figure counts.
        Metric head = casualtyMetric(s, headStart(s, q, noun), noun.end());
        if (head != null) {
            return head;
        }
        if (before != null) {
            return before;
        }
        if (inPhrase != null) {
            return inPhrase;
        }
        if (lex.frames.sizedByVerb(s, q.start())) {
            return Metric.DEPLOYED; // "the second group numbers approximately 1,500 soldiers"
        }
        PhraseMatcher deployed = lex.cues.get(Metric.DEPLOYED);
        return deployed.containsIn(s, clauseStart, clauseEnd) ? Metric.DEPLOYED : null;
    }

    private boolean ownDeploymentVerb(String s, int phraseEnd, int clauseEnd) {
        return OWN_DEPLOYMENT_VERB.matcher(s).region(Math.min(phraseEnd, s.length()), s.length()).lookingAt()
                && lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, Math.min(clauseEnd, phraseEnd + 40));
    }

    /**
     * Where the head's casualty words start. "4,000 troops killed or wounded" ends on "wounded", a troop noun of its
     * own ("the wounded"), but the head is "troops" and "killed or wounded" after it is one reduced predicate, read
     * whole (the combined figure, not the wounded). A phrase whose only troop noun is a casualty word ("4,000 wounded")
     * is read from that word.
     */
    private int headStart(String s, Quantity q, PhraseMatcher.Hit noun) {
        if (casualtyMetric(s, noun.start(), noun.end()) == null) {
            return noun.start();
        }
        List<PhraseMatcher.Hit> before = lex.troopNouns.find(s, q.end(), noun.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            PhraseMatcher.Hit h = before.get(i);
            if (casualtyMetric(s, h.start(), h.end()) == null) {
                return h.end();
            }
        }
        // "over 1,000 killed or injured", "4,000 were killed or wounded": casualty words alone after the number (and
        // its auxiliary) are one predicate, read whole
        return CASUALTY_WORDS_ONLY.matcher(s).region(q.end(), noun.start()).matches() ? q.end() : noun.start();
    }

    /**
     * The figure's own verb says what befell the troops, and no metric counts it ("had been repatriated", "went
     * missing"): the first verb of the predicate decides, so "were wounded and later repatriated" stays wounded.
     */
    private boolean otherMetricPredicate(String s, int phraseEnd, int predicateEnd) {
        if (phraseEnd >= predicateEnd) {
            return false;
        }
        List<PhraseMatcher.Hit> other = lex.otherMetricVerbs.find(s, phraseEnd, predicateEnd);
        if (other.isEmpty() || other.get(0).start() - phraseEnd > 40) {
            return false;
        }
        int at = other.get(0).start();
        return casualtyMetric(s, phraseEnd, at) == null && !lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, at);
    }

    /** Between a number and its casualty noun, only other casualty words and their conjunction: " killed or ". */
    private static final Pattern CASUALTY_WORDS_ONLY = Pattern.compile(
            "(?i)\\s+(?:(?:were|was|are|is|have\\s+been|has\\s+been|had\\s+been)\\s+)?"
                    + "(?:killed|dead|wounded|injured)\\s+(?:or|and|and/or)\\s+");

    private static final Pattern OR_BETWEEN = Pattern.compile("(?i)\\s+(?:or|and/or)\\s+");

    /**
     * A capture and a death or wound joined by "or" in the figure's clause ("captured or killed", "killed or taken
     * prisoner"): one figure of two fates, which no metric counts ("killed or wounded" is the combined metric).
     */
    private boolean fatesJoined(String s, int from, int to) {
        List<PhraseMatcher.Hit> captured = lex.cues.get(Metric.CAPTURED).find(s, from, to);
        if (captured.isEmpty()) {
            return false;
        }
        List<PhraseMatcher.Hit> harmed = new java.util.ArrayList<>(lex.cues.get(Metric.KILLED).find(s, from, to));
        harmed.addAll(lex.cues.get(Metric.WOUNDED).find(s, from, to));
        for (PhraseMatcher.Hit c : captured) {
            for (PhraseMatcher.Hit h : harmed) {
                int gapStart = Math.min(c.end(), h.end());
                int gapEnd = Math.max(c.start(), h.start());
                if (gapStart <= gapEnd && OR_BETWEEN.matcher(s.substring(gapStart, gapEnd)).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inside(PhraseMatcher.Hit h, List<PhraseMatcher.Hit> longer) {
        return longer.stream().anyMatch(l -> l.start() <= h.start() && h.end() <= l.end());
    }

    /** Killed and wounded cues together, or a combined cue ("casualties", "killed or wounded"), mean the combined figure. */
    private @Nullable Metric casualtyMetric(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        // "lost their lives" is a death and "sanitary losses" a wound, though "lost" or "losses" alone is a loss of
        // either kind: a combined cue inside a longer cue of one fate is that fate's.
        List<PhraseMatcher.Hit> deaths = lex.cues.get(Metric.KILLED).find(s, from, to);
        List<PhraseMatcher.Hit> wounds = lex.cues.get(Metric.WOUNDED).find(s, from, to);
        if (lex.cues.get(Metric.KILLED_OR_WOUNDED).find(s, from, to).stream()
                .anyMatch(h -> !inside(h, deaths) && !inside(h, wounds))) {
            return Metric.KILLED_OR_WOUNDED;
        }
        boolean killed = !deaths.isEmpty();
        // "died of their wounds": the wound is how they died, not a second fate
        boolean wounded = wounds.stream().anyMatch(w -> !lex.deathCauses.causeOfDeath(s, w, deaths));
        if (killed && wounded) {
            return Metric.KILLED_OR_WOUNDED;
        }
        if (killed) {
            return Metric.KILLED;
        }
        if (wounded) {
            return Metric.WOUNDED;
        }
        return lex.cues.get(Metric.CAPTURED).containsIn(s, from, to) ? Metric.CAPTURED : null;
    }

    /** An earlier figure of the sentence counts troops another nationality names: "1,500 Russian soldiers". */
    private boolean anotherSideCountedBefore(String s, List<Quantity> quantities, int index) {
        for (int i = 0; i < index; i++) {
            int from = NounPhrases.skipOf(s, quantities.get(i).end());
            int to = NounPhrases.end(s, from);
            PhraseMatcher.Hit troops = NounPhrases.lastHit(lex.troopNouns, s, from, to);
            if (troops != null && lex.otherNationality.containsIn(s, from, troops.start())) {
                return true;
            }
        }
        return false;
    }

    private boolean aboutNorthKoreans(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, int npEnd, int clauseStart,
                                      int clauseEnd, Metric metric, Context ctx) {
        TopicMatcher topic = lex.topicReferences;
        boolean nkInPhrase = topic.containsIn(s, q.end(), npEnd, ctx.referBack()) || trailingNorthKorea(s, npEnd, ctx)
                || noun != null && noun.phrase().contains("korean");
        if (nkInPhrase) {
            return true;
        }
        if (lex.otherNationality.containsIn(s, q.end(), npEnd) || lostByAnotherSide(s, q.start())) {
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
        if (metric != Metric.DEPLOYED && topicAround && ownCasualtyParticiple(s, noun)
                && !otherSideIn(s, 0, s.length(), ctx)) {
            // "a fraction of the roughly 600 troops killed in the fighting", in a paragraph about North Korea's troops
            // and naming no other side: troops whose own participle names their fate are the troops spoken of
            return true;
        }
        if (topicAround && (FigureFrames.pointingPartitive(s, q.end()) || lex.frames.sizedByVerb(s, q.start()))) {
            // "around 4,000 of those soldiers", "They numbered about 12,000 soldiers": the troops just spoken of
            return true;
        }
        PhraseMatcher.Hit sending = noun != null && metric == Metric.DEPLOYED ? lex.frames.sentByNoun(s, q.start()) : null;
        if (sending != null && topicAround && !otherSideIn(s, 0, q.start(), ctx)
                && !lex.otherSides.containsIn(s, Math.max(0, sending.start() - 30), sending.start())) {
            // "That came after an earlier dispatch of 15,000 combat troops, ... Pyongyang ...": a sending named by its
            // noun, in a sentence or paragraph about North Korea, sends its troops unless another side owns it
            // ("Moscow's deployment of 50,000 troops")
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
                && (lex.foreignDestinations.containsIn(s, q.end(), clauseEnd) || additive(s, q)
                        && !lex.otherSides.containsIn(s, clauseStart, clauseEnd)
                || noun != null && (lex.frames.sentAsSubject(s, noun.end())
                        || lex.frames.groupSent(s, q.start(), noun.end())))
                && !otherSideIn(s, clauseStart, ownPredicateEnd(s, npEnd, clauseEnd), ctx);
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
        // "units fighting for Russia suffered at least 30 casualties": after a preposition the side is no subject.
        return last != null && !AFTER_PREPOSITION.matcher(s).region(0, last.start()).find()
                && LOSER.matcher(s).region(last.end(), figureStart).matches();
    }

    /** A preposition (and an article) right before a word: that word is an object, not the subject of what follows. */
    private static final Pattern AFTER_PREPOSITION = Pattern.compile(
            "(?i)\\b(?:for|to|in|into|inside|with|alongside|against|from|of|by|on|at|near|behind|toward|towards)"
                    + "\\s+(?:the\\s+)?$");

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
     * a place ("reached Kursk, near Ukraine's border").
     */
    private boolean otherSideIn(String s, int from, int to, Context ctx) {
        return lex.otherNationality.find(s, from, to).stream().anyMatch(h -> !ctx.inSourceName().test(h.start())
                && !FigureFrames.insideAside(s, h.start(), to) && !lex.frames.namesPlace(s, h));
    }

    /** "soldiers from North Korea", "members of the North Korean army", "30 soldiers" North Koreans (apposition). */
    private boolean trailingNorthKorea(String s, int npEnd, Context ctx) {
        String after = s.substring(npEnd, Math.min(s.length(), npEnd + 6));
        if (after.startsWith(" from ") || after.startsWith(" of ")) {
            return lex.topicReferences.containsIn(s, npEnd, Math.min(s.length(), npEnd + 40), ctx.referBack());
        }
        int i = npEnd;
        while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ' ')) {
            i++;
        }
        int start = i;
        return i > npEnd && lex.topic.find(s, start, Math.min(s.length(), start + 30)).stream().anyMatch(h -> h.start() == start);
    }

    private static boolean isCasualtyNoun(String noun) {
        return switch (noun) {
            case "casualties", "fatalities", "deaths", "dead", "wounded", "injured", "prisoners", "prisoners of war",
                 "pows", "captives", "lives" -> true;
            default -> false;
        };
    }

    private Reading qualify(String s, Quantity q, Metric metric) {
        int textStart = q.start();
        String qualifier = null;
        if (!q.vague()) {
            for (PhraseMatcher.Hit hit : lex.qualifiers.find(s, Math.max(0, q.start() - 40), q.start())) {
                if (s.substring(hit.end(), q.start()).isBlank()) {
                    qualifier = lex.qualifierMeaning.get(hit.phrase());
                    textStart = hit.start();
                }
            }
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            int at = textStart - additive.length();
            if (at >= 0 && lower.startsWith(additive, at)) {
                textStart = at;
            }
        }
        return new Reading(metric, textStart, qualifier);
    }

    /** "another 10,000", "a further roughly 2,000": an additive word right before the number or its qualifier. */
    private boolean additive(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        return beforeAdditive(s, at) < at;
    }

    /** "and wounded a further 50": where the additive before a number (and its qualifier) starts. */
    private static int beforeAdditive(String s, int at) {
        String lower = s.substring(Math.max(0, at - 16), at).toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (lower.endsWith(additive) && (lower.length() == additive.length()
                    || !Character.isLetter(lower.charAt(lower.length() - additive.length() - 1)))) {
                return at - additive.length();
            }
        }
        return at;
    }

    /** "bring in another 30,000": an additive word between a lead-in and its number is part of the figure. */
    private static String withoutAdditive(String between) {
        String lower = between.toLowerCase(Locale.ROOT);
        for (String additive : ADDITIVE) {
            if (lower.endsWith(additive)) {
                return between.substring(0, between.length() - additive.length()) + " ";
            }
        }
        return between;
    }

    private boolean leadInBefore(String s, int start) {
        int from = Math.max(0, start - 40);
        for (PhraseMatcher.Hit hit : lex.leadIns.find(s, from, start)) {
            String between = withoutAdditive(s.substring(hit.end(), start));
            if (between.isBlank() || lex.qualifiers.find(between).stream().anyMatch(h -> between.substring(h.end()).isBlank()
                    && between.substring(0, h.start()).isBlank())) {
                return true;
            }
        }
        return false;
    }
}
