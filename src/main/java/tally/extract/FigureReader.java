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

    /** What a quantity turned out to be: the metric, the span of its original wording, and its qualifier. */
    record Reading(Metric metric, int textStart, @Nullable String qualifier, @Nullable String metricDoubt,
                   @Nullable String clauseWords) {
        Reading(Metric metric, int textStart, @Nullable String qualifier) {
            this(metric, textStart, qualifier, null, null);
        }
    }

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
        return AGE.matcher(s).region(0, q.start()).find();
    }

    /** "aged 19 and 26", "at the age of 24": ages, however many numbers follow. */
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages|age of)\\s+(?:\\d+(?:\\s*(?:,|and|or|to|-)\\s*)?)*$");
    private static final Pattern CONJUNCTION = Pattern.compile("(?i)\\s+(?:and|or)\\s+");
    /** The words between a figure and a part of it: "troops, including", "soldiers, among them". */
    private static final Pattern PART_OF_PREVIOUS = Pattern.compile(
            "(?i)[^,;.]{0,40},\\s*(?:including|among them|of whom|of which)(?:\\s+(?:some|about|around|at least|more than|nearly))?\\s*");
    /** A bare number followed by its own attribution: an ellipsis of the figure before it. */
    private static final Pattern ELLIPSIS = Pattern.compile("(?i)\\s*,?\\s*according to\\b");
    private static final List<String> ADDITIVE = List.of("another ", "a further ", "an additional ", "an extra ");

    private final CompiledLexicon lex;
    private final NounPhrases nouns;
    private final Clauses clauses;

    FigureReader(CompiledLexicon lex) {
        this.lex = lex;
        this.nouns = new NounPhrases(lex);
        this.clauses = new Clauses(lex.clauseBreaks);
    }

    /**
     * @param topicNearby the previous sentence of the paragraph speaks of North Korean troops
     * @param northKoreanSpeaker the sentence names a North Korean claimant, who speaks of its own troops
     */
    @Nullable Reading read(String s, List<Quantity> quantities, int index, @Nullable Metric previous,
                           boolean topicNearby, boolean northKoreanSpeaker) {
        Quantity q = quantities.get(index);
        int clauseStart = Math.max(index > 0 ? quantities.get(index - 1).end() : 0, clauses.before(s, q.start()));
        if (index > 0 && PART_OF_PREVIOUS.matcher(s.substring(quantities.get(index - 1).end(), q.start())).matches()) {
            // "amassed 50,000 troops, including several thousand North Korean troops": the verb before the whole
            // counts the part too.
            clauseStart = clauses.before(s, quantities.get(index - 1).start());
        }
        int clauseEnd = Math.min(index + 1 < quantities.size() ? quantities.get(index + 1).start() : s.length(),
                clauses.after(s, q.end()));
        if (q.vague() && PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return null; // "several of the returning troops", "several of whom": part of a group, not a count
        }
        if (isAge(s, q)) {
            return null; // "aged 19 and 26": not a count of troops
        }
        int nounSearchFrom = NounPhrases.skipOf(s, q.end());
        if (NounPhrases.startsWithAny(lex.nonTroopUnits, s, nounSearchFrom)) {
            return null;
        }
        int npEnd = endAtConjoinedClause(s, nounSearchFrom, NounPhrases.end(s, nounSearchFrom));
        PhraseMatcher.Hit noun = NounPhrases.lastHit(lex.troopNouns, s, nounSearchFrom, npEnd);
        PhraseMatcher.Hit thing = NounPhrases.lastHit(lex.nonTroopUnits, s, nounSearchFrom, npEnd);
        if (thing != null && !TIME_UNITS.contains(thing.phrase()) && (noun == null || thing.start() < noun.start())) {
            return null; // "20 North Korean-made towed guns": the head noun counts things, not troops
        }
        if (storyOfOne(s, q, noun)) {
            return null; // "one of them", "one soldier" telling a story: not a count
        }
        if (noun == null) {
            noun = nouns.memberOfUnit(s, nounSearchFrom, npEnd);
        }
        Metric metric = metric(s, q, clauseStart, clauseEnd, noun, previous);
        if (metric == null) {
            return null;
        }
        boolean casualty = metric != Metric.DEPLOYED;
        int phraseEnd = noun != null ? noun.end() : Math.min(npEnd, q.end() + 1);
        if (!aboutNorthKoreans(s, q, noun, phraseEnd, clauseStart, casualty, topicNearby, northKoreanSpeaker)) {
            return null;
        }
        if (metric == Metric.DEPLOYED && planned(s, q, phraseEnd)) {
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        Reading r = qualify(s, q, metric);
        String doubt = metricDoubt(s, q, clauseStart, clauseEnd, noun, previous);
        return doubt == null ? r : new Reading(r.metric(), r.textStart(), r.qualifier(), doubt,
                s.substring(clauseStart, clauseEnd).strip());
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
            if (!continues) {
                return m.start();
            }
        }
        return npEnd;
    }

    /**
     * A plan or forecast governs the figure: a marker before it in its clause ("plans to send 12,000", "decided to
     * dispatch"), or a passive plan right after its noun ("12,000 troops could be sent"). "Has sent 1,500 and plans to
     * send 12,000" plans only the second.
     */
    private boolean planned(String s, Quantity q, int phraseEnd) {
        int from = clauses.before(s, q.start());
        if (lex.planned.find(s, from, q.start()).stream().anyMatch(h -> !DONE_SINCE.matcher(s.substring(h.end(),
                q.start())).find())) {
            return true;
        }
        int to = Math.min(clauses.after(s, q.end()), phraseEnd + 40);
        return to > phraseEnd && lex.planned.containsIn(s, phraseEnd, to);
    }

    /** The figure's own verb group right after its noun phrase: "have been deployed", "were sent", "are in". */
    private static final Pattern OWN_DEPLOYMENT_VERB = Pattern.compile(
            "(?i)\\s+(?:have|has|had|were|was|are|is)\\s+(?:(?:been|already|now|reportedly)\\s+)*\\w+");

    /** A completed deployment between a plan and the figure: "planned to send troops and has sent 1,500". */
    private static final Pattern DONE_SINCE = Pattern.compile("(?i)\\b(?:has|have|had)\\s+(?:already\\s+)?(?:sent|deployed|dispatched)\\b");

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
        Metric after = casualtyMetric(s, phraseEnd, clauseEnd);
        Metric before = casualtyMetric(s, clauseStart, q.start());
        if (after != null && before != null && after != before) {
            return "two verbs could govern this number";
        }
        if (noun == null && after == null && before == null && previous != null) {
            return "metric carried from the figure before it";
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
        Metric after = casualtyMetric(s, phraseEnd, clauseEnd);
        Metric before = casualtyMetric(s, clauseStart, q.start());
        Metric inPhrase = casualtyMetric(s, q.end(), phraseEnd);
        if (noun == null) {
            boolean verbFollows = after != null && s.substring(q.end(), Math.min(clauseEnd, q.end() + 30)).matches(
                    "(?s)\\s*(?:\\w+\\s+){0,3}?(?:killed|died|wounded|injured|captured|dead|lost|perished|were|had|have|has|was).*");
            boolean leadIn = leadInBefore(s, q.start());
            if (verbFollows) {
                return after;
            }
            if (leadIn && before != null) {
                return before;
            }
            if (previous != null && (lex.totals.containsIn(s, clauseStart, q.start()) || ELLIPSIS.matcher(s)
                    .region(q.end(), s.length()).lookingAt())) {
                return previous; // "3,000 were killed, according to Kyiv, 1,100 according to Seoul": the same measure
            }
            if (leadIn && lex.cues.get(Metric.DEPLOYED).containsIn(s, clauseStart, q.start())) {
                return Metric.DEPLOYED;
            }
            return null;
        }
        if (after != null) {
            return after;
        }
        // "... casualties, ... 11,000 North Korean troops have been deployed": the figure's own verb says what it counts.
        if (OWN_DEPLOYMENT_VERB.matcher(s).region(Math.min(phraseEnd, s.length()), s.length()).lookingAt()
                && lex.cues.get(Metric.DEPLOYED).containsIn(s, phraseEnd, Math.min(clauseEnd, phraseEnd + 40))) {
            return Metric.DEPLOYED;
        }
        // "... killed and up to 7,400 wounded": the head noun itself says what this figure counts.
        Metric head = casualtyMetric(s, noun.start(), noun.end());
        if (head != null) {
            return head;
        }
        if (before != null) {
            return before;
        }
        if (inPhrase != null) {
            return inPhrase;
        }
        PhraseMatcher deployed = lex.cues.get(Metric.DEPLOYED);
        return deployed.containsIn(s, clauseStart, clauseEnd) ? Metric.DEPLOYED : null;
    }

    /** Killed and wounded cues together, or a combined cue ("casualties", "killed or wounded"), mean the combined figure. */
    private @Nullable Metric casualtyMetric(String s, int from, int to) {
        if (from >= to) {
            return null;
        }
        // "lost their lives" is a death, though "lost" alone is a loss of either kind.
        List<PhraseMatcher.Hit> deaths = lex.cues.get(Metric.KILLED).find(s, from, to);
        if (lex.cues.get(Metric.KILLED_OR_WOUNDED).find(s, from, to).stream().anyMatch(h -> deaths.stream()
                .noneMatch(d -> d.start() <= h.start() && h.end() <= d.end()))) {
            return Metric.KILLED_OR_WOUNDED;
        }
        boolean killed = lex.cues.get(Metric.KILLED).containsIn(s, from, to);
        boolean wounded = lex.cues.get(Metric.WOUNDED).containsIn(s, from, to);
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

    private boolean aboutNorthKoreans(String s, Quantity q, PhraseMatcher.@Nullable Hit noun, int npEnd, int clauseStart,
                                      boolean casualty, boolean topicNearby, boolean northKoreanSpeaker) {
        boolean nkInPhrase = lex.topic.containsIn(s, q.end(), npEnd) || trailingNorthKorea(s, npEnd)
                || noun != null && noun.phrase().contains("korean");
        if (nkInPhrase) {
            return true;
        }
        if (lex.otherNationality.containsIn(s, q.end(), npEnd)) {
            return false;
        }
        if (northKoreanSpeaker) {
            return true;
        }
        int from = Math.min(Math.max(0, clauses.before(s, q.start())), clauseStart);
        boolean topicBefore = lex.topic.containsIn(s, from, q.start()) || topicEarlierInSentence(s, q.start());
        if (!topicBefore && lex.otherNationality.containsIn(s, from, q.start())) {
            return false;
        }
        if (topicBefore) {
            return true;
        }
        boolean countsCasualties = noun == null || casualty && isCasualtyNoun(noun.phrase());
        return countsCasualties && (lex.topic.containsIn(s, 0, s.length()) || topicNearby);
    }

    /**
     * "North Korean casualties have occurred, and about 1,500 more troops have been sent": the sentence's topic holds
     * for a later clause unless another nationality is named between them.
     */
    private boolean topicEarlierInSentence(String s, int figureStart) {
        List<PhraseMatcher.Hit> topics = lex.topic.find(s, 0, figureStart);
        if (topics.isEmpty()) {
            return false;
        }
        int last = topics.get(topics.size() - 1).end();
        return !lex.otherNationality.containsIn(s, last, figureStart);
    }

    /** "soldiers from North Korea", "members of the North Korean army", "30 soldiers" North Koreans (apposition). */
    private boolean trailingNorthKorea(String s, int npEnd) {
        String after = s.substring(npEnd, Math.min(s.length(), npEnd + 6));
        if (after.startsWith(" from ") || after.startsWith(" of ")) {
            return lex.topic.containsIn(s, npEnd, Math.min(s.length(), npEnd + 40));
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

    private boolean leadInBefore(String s, int start) {
        int from = Math.max(0, start - 40);
        for (PhraseMatcher.Hit hit : lex.leadIns.find(s, from, start)) {
            String between = s.substring(hit.end(), start);
            if (between.isBlank() || lex.qualifiers.find(between).stream().anyMatch(h -> between.substring(h.end()).isBlank()
                    && between.substring(0, h.start()).isBlank())) {
                return true;
            }
        }
        return false;
    }
}
