package tally.extract;

import static tally.extract.NonCounts.PART_OF;
import static tally.extract.Predicates.OWN_VERB;
import static tally.extract.Qualifiers.beforeAdditive;
import static tally.extract.SameMeasure.ELLIPSIS;
import static tally.extract.SameMeasure.THE_FIGURE;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;
import tally.extract.FigureReader.Context;
import tally.model.Metric;

/**
 * What a figure counts: the metric a frame fixes ("the 12,000-strong contingent"), else the casualty words
 * after, before and inside its noun phrase, the figure before it for a bare number that restates or continues
 * it, and why that metric may be wrong.
 */
final class MetricFinder {

    private final CompiledLexicon lex;
    private final FigureReferences references;
    private final Fates fates;
    private final Predicates predicates;
    private final Qualifiers qualifiers;
    private final SameMeasure sameMeasure;

    MetricFinder(CompiledLexicon lex, FigureReferences references, Fates fates, Predicates predicates,
                Qualifiers qualifiers, SameMeasure sameMeasure) {
        this.lex = lex;
        this.references = references;
        this.fates = fates;
        this.predicates = predicates;
        this.qualifiers = qualifiers;
        this.sameMeasure = sameMeasure;
    }

    /**
     * Round 44: "4,000 casualties, 600 of them fatal": a part with no verb whose next word after "of them" names its
     * fate ("fatal", "dead"). Not "100 of them fatally", an adverb of the whole's verb.
     */
    private static final Pattern ELLIPTIC_PART = Pattern.compile("(?i)\\s+of\\s+(?:them|whom|those|these)\\s+"
            + "(?!\\w+ly\\b)\\w+\\s*(?:[,.;]|$)");

    /** "sent 300 wounded soldiers home": sent back, not sent to fight. */
    private static final Pattern SENT_HOME = Pattern.compile("(?i)\\s+(?:home|back)\\b");

    /**
     * A frame that fixes what the figure counts whatever the clause's verbs say: "the 12,000-strong contingent",
     * "more than half of the approximately 11,000 troops" (the whole a fraction of casualties is taken from), "sent an
     * additional 3,000 troops" and "among the 11,000 troops sent" size a deployed force; "seized two North Korean soldiers" counts the captured;
     * null when no frame is there.
     */
    @Nullable Metric framedMetric(String s, Quantity q, PhraseMatcher.@Nullable Hit noun,
                                          PhraseMatcher.@Nullable Hit strength, Context ctx) {
        if (strength != null || noun == null && lex.carriedSizes.forceOf(s, lex.frames.beforeQualifier(s, q.start()))) {
            return Metric.DEPLOYED; // "the 12,000-strong contingent", round 65: "a force of about 11,000"
        }
        if (noun != null && lex.frames.sending.capturedDirectly(s, q.start(), noun.end())) {
            return Metric.CAPTURED; // "seized two wounded North Korean soldiers": the verb says what befell them
        }
        boolean casualtyHead = noun != null && fates.casualtyMetric(s, noun.start(), noun.end()) != null;
        if (casualtyHead) {
            return null;
        }
        if (noun != null && !PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()
                && references.sentByNorthKorea(s, noun.end(), ctx.referBack())) {
            return Metric.DEPLOYED; // "the 11,000 troops North Korea sent have suffered losses": sent, whatever befell them
        }
        boolean sentHome = noun != null && SENT_HOME.matcher(s).region(noun.end(), s.length()).lookingAt();
        // "..., out of 9,000 sent to Kursk": a group after a preposition may be sized by its participle alone
        boolean sent = !sentHome && (noun != null && (lex.frames.sending.sentDirectly(s, q.start())
                || lex.frames.sending.sentByNoun(s, q.start()) != null)
                || lex.frames.sending.groupSent(s, q.start(), noun != null ? noun.end() : q.end()));
        boolean lent = noun != null && (lex.contributions.lentWith(s, beforeAdditive(s, lex.frames.beforeQualifier(s,
                q.start()))) || lex.contributions.helpToCome(s, noun.end()));
        return sent || lent || lex.frames.sending.plannedWhole(s, q.start())
                || noun != null && FigureFrames.frontedWhole(s, lex.frames.beforeQualifier(s, q.start()), noun.end())
                        && !fates.ownCasualtyParticiple(s, noun)
                || (lex.frames.wholeOfFraction(s, q.start()) || lex.frames.wholeUnitOf(s, q.start()))
                        && !fates.ownCasualtyParticiple(s, noun) ? Metric.DEPLOYED : null;
    }

    /**
     * Why the metric may be wrong, or null: a number with no noun of its own whose metric came from the figure before
     * it, or one between two verbs of different metrics ("killed 700 and left 1,500 wounded" reads each by its own
     * verb, but "700 wounded or were killed" could go either way).
     */
    @Nullable String metricDoubt(String s, Quantity q, int clauseStart, int clauseEnd,
                                         PhraseMatcher.@Nullable Hit noun, @Nullable Metric previous) {
        if (noun != null && fates.casualtyMetric(s, noun.start(), noun.end()) != null) {
            return null;
        }
        if (nominalFate(s, q) != null) {
            return null; // round 49: "the deaths of 50 soldiers and the wounding of 47": the noun says it, no doubt
        }
        int phraseEnd = noun == null ? q.end() : Math.min(clauseEnd, Math.max(q.end(), noun.end()));
        int predicateEnd = predicates.ownPredicateEnd(s, phraseEnd, clauseEnd);
        Metric after = fates.casualtyMetric(s, phraseEnd, predicateEnd);
        Metric before = fates.casualtyMetric(s, clauseStart, q.start());
        if (after != null && before != null && after != before) {
            return "two verbs could govern this number";
        }
        if (after != null && before == null && inLaterClause(s, phraseEnd, predicateEnd)
                && !(noun != null && sentBeforeLaterClause(s, phraseEnd, predicateEnd))) {
            return LATER_CLAUSE;
        }
        if (noun == null && after == null && before == null && previous != null) {
            return "metric carried from the figure before it";
        }
        if (noun == null && QUOTED_PREDICATE.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return QUOTED_VERB;
        }
        if (noun == null && after == null && before == null && sameMeasure.estimatedAfterEarlierClause(s, q, clauseStart)) {
            return "metric from an earlier clause";
        }
        if ((after == Metric.KILLED_OR_WOUNDED || before == Metric.KILLED_OR_WOUNDED)
                && onlyLossVerbs(s, clauseStart, clauseEnd)) {
            return LOSS_VERB;
        }
        return null;
    }

    static final String QUOTED_VERB = "the verb that says what it counts is quoted and was not read";

    static final String LOSS_VERB = "'lost' may count the dead alone or every casualty";

    /**
     * Whether the clause's only words of a combined loss are verbs of loss ({@code lossVerbs}) and it has no word of
     * death or wound: "lost 2,000 troops" does not say which count it is.
     */
    private boolean onlyLossVerbs(String s, int from, int to) {
        List<PhraseMatcher.Hit> combined = lex.cues.get(Metric.KILLED_OR_WOUNDED).find(s, from, to);
        List<PhraseMatcher.Hit> losses = lex.lossVerbs.find(s, from, to);
        return !combined.isEmpty() && lex.cues.get(Metric.KILLED).find(s, from, to).isEmpty()
                && lex.cues.get(Metric.WOUNDED).find(s, from, to).isEmpty()
                && combined.stream().allMatch(c -> losses.stream().anyMatch(l -> l.start() == c.start() && l.end() == c.end()));
    }

    /** Round 58: words of a hospital's care, which name the wounded by where they are, not by the wound. */
    private static final Pattern HOSPITAL_CARE = Pattern.compile("(?i)\\b(?:hospitals?|treated|recovering)\\b");

    /** Round 50: the figure's own verb group opens a quotation ("of whom more than 4,000 \"were lost.\""). */
    private static final Pattern QUOTED_PREDICATE = Pattern.compile("\\s*[\"\u201C]\\s*\\p{L}");

    static final String LATER_CLAUSE = "the word that says what it counts is in a later clause about something else";

    /**
     * Round 50: a relative clause set off by a comma after the figure's own words (", where Ukrainian forces hold
     * territory captured in August"): a word of fate found only inside it describes what that clause is about.
     */
    private static final Pattern RELATIVE_OPEN = Pattern.compile("(?i),\\s*(?:where|which|whose|when)\\b");

    /**
     * Trial 10: "8,000 North Korean fighters have moved into Kursk, where Ukrainian forces hold territory captured in
     * August": the fate is what the relative clause is about, and the figure's own verb, before it, sends them.
     */
    private boolean sentBeforeLaterClause(String s, int phraseEnd, int predicateEnd) {
        java.util.regex.Matcher m = RELATIVE_OPEN.matcher(s).region(phraseEnd, predicateEnd);
        return m.find() && fates.casualtyMetric(s, phraseEnd, m.start()) == null
                && predicates.ownDeploymentVerb(s, phraseEnd, m.start());
    }

    /**
     * Round 58: a bare number marked as added to a force ("3,000 more", "another 3,000", {@link Qualifiers#additive})
     * whose own verb group, right after it, holds a word of deployment within its first words ("Some 3,000 more arrived
     * last month", "another 2,000 have since joined them", "3,000 more are expected to follow"): more troops of the
     * force spoken of, sent. Which side's they are is for {@link Sides} to say, and a plan's words make it a plan.
     */
    boolean addedAndSent(String s, Quantity q, int clauseEnd) {
        if (!qualifiers.additive(s, q) || fates.casualtyMetric(s, q.end(), clauseEnd) != null) {
            return false;
        }
        java.util.regex.Matcher more = MORE_AFTER.matcher(s).region(q.end(), s.length());
        return ownVerbSends(s, more.lookingAt() ? more.end() : q.end(), clauseEnd);
    }

    /**
     * The verb group right after {@code from} (a bare number's words, as subject) holds a word of deployment within its
     * first words: "3,000 more arrived last month", "another 2,000 have since joined them", "11,000 had arrived by
     * December" (round 65); not "3,000 more shells arrived", where the first word is a noun the head did not read.
     */
    boolean ownVerbSends(String s, int from, int clauseEnd) {
        java.util.regex.Matcher verb = VERB_GROUP_AFTER.matcher(s).region(from, s.length());
        if (!verb.lookingAt()) {
            return false;
        }
        // with no auxiliary, the first word is the verb itself ("3,000 more arrived"), not a noun ("3,000 more shells
        // arrived", which the head did not read as the figure's noun)
        boolean auxiliary = verb.start(1) > from + 1 && !s.substring(from, verb.start(1)).isBlank();
        int to = Math.min(clauseEnd, verb.end() + 30);
        return to > from && lex.cues.get(Metric.DEPLOYED).find(s, from, to).stream()
                .anyMatch(h -> auxiliary ? h.end() > verb.start(1) : h.start() == verb.start(1));
    }

    private static final Pattern MORE_AFTER = Pattern.compile("(?i)\\s+(?:more|additional|extra)\\b(?!\\s+than\\b)");

    /**
     * The verb group right after the number: auxiliaries and adverbs, then the first word of the verb (group 1). Round
     * 64: an infinitive's "to" too, for a number that is the object of "expect", "want" or "ask" and the subject of the
     * infinitive after it ("expects 1,000 more to be sent", "wants another 2,000 to arrive by June").
     */
    private static final Pattern VERB_GROUP_AFTER = Pattern.compile("(?i)\\s+(?:(?:have|has|had|were|was|are|is|will|would"
            + "|could|may|might|to|be|been|being|already|now|reportedly|also|since|later|recently|soon|then|\\w+ly)\\s+)*"
            + "(\\p{L}+)");

    /**
     * Round 64 (trial 18): right after the figure's noun phrase, a relative clause set off by a comma that speaks of
     * the group as a whole or of some of it, with no number of its own (", both of whom were wounded", ", all of them
     * injured", ", who later died"): a fate in it says what else befell the people the head noun already counts, so a
     * head that names a fate ("prisoners", "casualties") keeps its metric. "two prisoners were wounded" has no such
     * clause, and ", 50 of whom were wounded" is a part with a number of its own.
     */
    private boolean describesTheGroup(String s, int phraseEnd, int predicateEnd) {
        java.util.regex.Matcher m = GROUP_RELATIVE.matcher(s).region(phraseEnd, predicateEnd);
        // the noun phrase may run on before the comma ("prisoners of war, all of whom"), with no fate of its own
        return m.find() && s.substring(phraseEnd, m.start()).indexOf(',') < 0
                && fates.casualtyMetric(s, phraseEnd, m.start()) == null
                && s.substring(m.end(), predicateEnd).chars().noneMatch(Character::isDigit);
    }

    /** ", both of whom", ", all of them", ", most of whom", ", who": the opening of a clause about the group. */
    private static final Pattern GROUP_RELATIVE = Pattern.compile("(?i)\\s*,\\s*(?:(?:all|both|each|most|many|some|"
            + "several|none|one|two|three|either|neither)\\s+of\\s+(?:whom|them)|who)\\b");

    private boolean inLaterClause(String s, int from, int to) {
        java.util.regex.Matcher m = RELATIVE_OPEN.matcher(s).region(from, to);
        return m.find() && fates.casualtyMetric(s, from, m.start()) == null;
    }

    /**
     * Round 42: "Some 11,000 of them have arrived in Kursk", "8,000 of those are now in Kursk": a part of troops already
     * named, whose own verb group sends them or finds them there.
     */
    private boolean partOfThemSent(String s, Quantity q, int clauseEnd) {
        int after = FigureFrames.afterPronounPartitive(s, q.end());
        return after > q.end() && predicates.ownDeploymentVerb(s, after, clauseEnd);
    }

    /**
     * Round 49: a fate named by a noun right before "of" or "at" and the number ("the deaths of 50 North Korean
     * soldiers and the wounding of 47 others", "puts deaths at about 600 and casualties at 4,700") says what that
     * number counts, whatever fate the rest of the clause names ({@code figureFrames.fateNouns}: nouns of one fate only;
     * "killed or wounded at 4,000" is no noun). Null when no such noun stands there.
     */
    private @Nullable Metric nominalFate(String s, Quantity q) {
        int at = lex.frames.beforeQualifier(s, q.start());
        java.util.regex.Matcher m = FATE_NOUN_OF.matcher(s).region(Math.max(0, at - 30), at);
        return m.find() && lex.frames.isFateNoun(m.group(1)) ? fates.casualtyMetric(s, m.start(1), m.end(1)) : null;
    }

    private static final Pattern FATE_NOUN_OF = Pattern.compile("(?i)\\b([\\p{L}-]+)\\s+(?:of|at)\\s+$");

    /**
     * Casualty words after the noun phrase, then before the number, then inside the phrase itself: in "captured two
     * wounded North Korean soldiers" the verb says what the figure counts and "wounded" only describes the men.
     */
    @Nullable Metric metric(String s, Quantity q, int clauseStart, int clauseEnd,
                                    PhraseMatcher.@Nullable Hit noun, @Nullable Metric previous) {
        Metric nominal = nominalFate(s, q);
        if (nominal != null) {
            return nominal; // "the deaths of 50 soldiers and the wounding of 47": each fate's noun governs its number
        }
        int phraseEnd = noun == null ? q.end() : Math.min(clauseEnd, Math.max(q.end(), noun.end()));
        int predicateEnd = predicates.ownPredicateEnd(s, phraseEnd, clauseEnd);
        Metric after = fates.casualtyMetric(s, phraseEnd, predicateEnd);
        Metric before = fates.casualtyMetric(s, clauseStart, q.start());
        Metric inPhrase = fates.casualtyMetric(s, q.end(), phraseEnd);
        if (noun == null) {
            boolean verbFollows = after != null && OWN_VERB.matcher(s).region(q.end(), Math.min(clauseEnd, q.end() + 60))
                    .lookingAt();
            boolean leadIn = qualifiers.leadInBefore(s, q.start());
            if (lex.frames.sending.partSentAsParticiple(s, q.start(), q.end())) {
                return Metric.DEPLOYED; // "including 3,000 dispatched earlier to replace those killed": sent, not killed
            }
            if (verbFollows || after != null && ELLIPTIC_PART.matcher(s).region(q.end(), s.length()).lookingAt()) {
                return after;
            }
            if (leadIn && before != null) {
                return before;
            }
            if (before == null && (lex.frames.sizedByVerb(s, q.start())
                    || lex.frames.sending.sentAsSubject(s, FigureFrames.afterPronounPartitive(s, q.end()))
                    || q.vague() && predicates.ownDeploymentVerb(s, q.end(), clauseEnd)
                    || partOfThemSent(s, q, clauseEnd)
                    || Predicates.presentThere(s, FigureFrames.afterPronounPartitive(s, q.end())))) {
                // "they numbered about 12,000"; "an estimated 14,000 were sent", "the 3,000 already sent" (a passive of
                // sending); "a small number had already reached Kursk" (a vague quantity only: a bare number before
                // another verb is as often the number itself, "10,000 is a lot")
                return Metric.DEPLOYED;
            }
            if (previous != null && before == null && after == null && lex.frames.sending.opensPart(s, q.start())) {
                return previous; // "sent 14,000 troops, including 11,000 last year": a part counts as its whole does
            }
            if (previous != null && (lex.totals.containsIn(s, clauseStart, q.start()) || ELLIPSIS.matcher(s)
                    .region(q.end(), s.length()).lookingAt()
                    || leadIn && THE_FIGURE.matcher(s).region(clauseStart, q.start()).find()
                    || sameMeasure.otherEstimateAt(s, clauseStart, q.start()))) {
                return previous; // "3,000 were killed, according to Kyiv, 1,100 according to Seoul": the same measure
            }
            if (leadIn && lex.cues.get(Metric.DEPLOYED).containsIn(s, clauseStart, q.start())) {
                return Metric.DEPLOYED;
            }
            // "the new death toll, higher than earlier estimates of about 600": the older estimate a measure is
            // compared with counts what the words before the comparison count (across the comma or dash)
            int comparison = references.comparisonStart(s, q);
            if (comparison > 0) {
                Metric compared = fates.casualtyMetric(s, 0, comparison);
                // "raised its estimate of troops sent to 12,000, up from its previous estimate of 10,000": no fate named
                return compared != null ? compared : previous;
            }
            return sameMeasure.estimatedAfterEarlierClause(s, q, clauseStart) ? fates.casualtyMetric(s, 0, clauseStart) : null;
        }
        if (after == Metric.WOUNDED && inPhrase == Metric.CAPTURED
                && HOSPITAL_CARE.matcher(s).region(phraseEnd, predicateEnd).find()) {
            // round 58: "Two North Korean POWs are being treated in a Kyiv hospital": captives in care are counted as
            // captives; the care alone says no more ("Two captured soldiers were wounded" keeps its verb)
            return Metric.CAPTURED;
        }
        Metric head = fates.casualtyMetric(s, fates.headStart(s, q, noun), noun.end());
        if (after != null && head != null && after != head && describesTheGroup(s, phraseEnd, predicateEnd)) {
            return head; // trial 18: "held two North Korean prisoners, both of whom were wounded": prisoners, captured
        }
        if (after != null && !sentBeforeLaterClause(s, phraseEnd, predicateEnd)) {
            return after;
        }
        // "... casualties, ... 11,000 North Korean troops have been deployed": the figure's own verb says what it counts.
        if (predicates.ownDeploymentVerb(s, phraseEnd, clauseEnd)) {
            return Metric.DEPLOYED;
        }
        // "... killed and up to 7,400 wounded": the head noun itself says what this figure counts.
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
        if (lex.carriedSizes.supplied(s, lex.frames.beforeQualifier(s, q.start()), noun.end())) {
            return Metric.DEPLOYED; // round 62: "asked Pyongyang to provide 20,000 more troops" (Plans makes it a plan)
        }
        PhraseMatcher deployed = lex.cues.get(Metric.DEPLOYED);
        // round 52: "could soon have as many as 12,000 soldiers on Russian soil": a force forecast to stand in a
        // foreign place is a deployment to come (Plans makes it one); the place alone is no cue (round 40)
        return deployed.containsIn(s, clauseStart, clauseEnd) || lex.plans.forecastForce(s, q, clauseStart)
                && lex.foreignDestinations.containsIn(s, q.end(), clauseEnd) ? Metric.DEPLOYED : null;
    }
}
