package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
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
    record Reading(Metric metric, int textStart, @Nullable String qualifier) {
    }

    /** How far after the number its noun may stand ("3,000 North Korean special forces soldiers"). */
    private static final int NOUN_WINDOW_WORDS = 6;
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|whom|them|those|these|which|its|their)\\b");
    private static final List<String> ADDITIVE = List.of("another ", "a further ", "an additional ", "an extra ");

    private final CompiledLexicon lex;

    FigureReader(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * @param topicNearby the previous sentence of the paragraph speaks of North Korean troops
     * @param northKoreanSpeaker the sentence names a North Korean claimant, who speaks of its own troops
     */
    @Nullable Reading read(String s, List<Quantity> quantities, int index, @Nullable Metric previous,
                           boolean topicNearby, boolean northKoreanSpeaker) {
        Quantity q = quantities.get(index);
        int clauseStart = Math.max(index > 0 ? quantities.get(index - 1).end() : 0, clauseBreakBefore(s, q.start()));
        int clauseEnd = Math.min(index + 1 < quantities.size() ? quantities.get(index + 1).start() : s.length(),
                clauseBreakAfter(s, q.end()));
        if (q.vague() && PART_OF.matcher(s).region(q.end(), s.length()).lookingAt()) {
            return null; // "several of the returning troops", "several of whom": part of a group, not a count
        }
        int nounSearchFrom = skipOf(s, q.end());
        if (startsWithAny(lex.nonTroopUnits, s, nounSearchFrom)) {
            return null;
        }
        int npEnd = nounPhraseEnd(s, nounSearchFrom);
        PhraseMatcher.Hit noun = lastHit(lex.troopNouns, s, nounSearchFrom, npEnd);
        if (noun == null) {
            noun = memberOfUnit(s, nounSearchFrom, npEnd);
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
        if (metric == Metric.DEPLOYED && lex.planned.containsIn(s, clauseBreakBefore(s, q.start()), clauseBreakAfter(s, q.end()))) {
            metric = Metric.PLANNED_DEPLOYMENT;
        }
        return qualify(s, q, metric);
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
            if (previous != null && lex.totals.containsIn(s, clauseStart, q.start())) {
                return previous;
            }
            if (leadIn && lex.cues.get(Metric.DEPLOYED).containsIn(s, clauseStart, q.start())) {
                return Metric.DEPLOYED;
            }
            return null;
        }
        if (after != null) {
            return after;
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
        if (lex.cues.get(Metric.KILLED_OR_WOUNDED).containsIn(s, from, to)) {
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
        int from = Math.min(Math.max(0, clauseBreakBefore(s, q.start())), clauseStart);
        boolean topicBefore = lex.topic.containsIn(s, from, q.start());
        if (!topicBefore && lex.otherNationality.containsIn(s, from, q.start())) {
            return false;
        }
        if (topicBefore) {
            return true;
        }
        boolean countsCasualties = noun == null || casualty && isCasualtyNoun(noun.phrase());
        return countsCasualties && (lex.topic.containsIn(s, 0, s.length()) || topicNearby);
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
                 "pows", "captives" -> true;
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

    /**
     * The noun of "3,000 North Korean soldiers" stands within a few words, before any punctuation, verb or
     * preposition: in "1,000 had been injured" there is no noun, and in "casualties in clashes with Ukrainian troops"
     * the noun is "casualties".
     */
    private static int nounPhraseEnd(String s, int from) {
        int words = 0;
        int i = from;
        while (i < s.length() && words <= NOUN_WINDOW_WORDS) {
            char c = s.charAt(i);
            if (c == ',' || c == '.' || c == ';' || c == ':' || c == '(' || c == '?' || c == '!') {
                break;
            }
            if (Character.isWhitespace(c) && i > from && !Character.isWhitespace(s.charAt(i - 1))) {
                words++;
                if (VERB_AFTER_NOUN.matcher(s).region(i, s.length()).lookingAt()) {
                    break;
                }
            }
            i++;
        }
        return i;
    }

    private static final Pattern VERB_AFTER_NOUN = Pattern.compile(
            "\\s+(?:had|have|has|were|was|are|is|been|will|would|could|may|might|who|which|that"
                    + "|in|with|at|on|for|to|by|near|during|alongside|against|into|after|since|from|of|while|as)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "members of the regiment", "elements of the North Korean army": a member noun followed by a unit. */
    private PhraseMatcher.@Nullable Hit memberOfUnit(String s, int from, int npEnd) {
        PhraseMatcher.Hit member = firstHit(lex.memberNouns, s, from, npEnd);
        if (member == null || !s.startsWith(" of ", member.end())) {
            return null;
        }
        int unitWindow = Math.min(s.length(), member.end() + 45);
        PhraseMatcher.Hit unit = firstHit(lex.unitNouns, s, member.end(), unitWindow);
        return unit == null ? null : new PhraseMatcher.Hit(member.phrase(), member.start(), unit.end());
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

    private static int skipOf(String s, int from) {
        String rest = s.substring(from, Math.min(s.length(), from + 4)).toLowerCase(Locale.ROOT);
        return rest.startsWith(" of ") ? from + 3 : from;
    }

    private static boolean startsWithAny(PhraseMatcher matcher, String s, int from) {
        int i = from;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '%') {
            return true;
        }
        for (PhraseMatcher.Hit hit : matcher.find(s, i, Math.min(s.length(), i + 25))) {
            if (hit.start() == i) {
                return true;
            }
        }
        return false;
    }

    /** The head of "two wounded North Korean soldiers" is its last noun; "wounded" only describes them. */
    private static PhraseMatcher.@Nullable Hit lastHit(PhraseMatcher matcher, String s, int from, int to) {
        List<PhraseMatcher.Hit> hits = matcher.find(s, from, to);
        return hits.isEmpty() ? null : hits.get(hits.size() - 1);
    }

    private static PhraseMatcher.@Nullable Hit firstHit(PhraseMatcher matcher, String s, int from, int to) {
        List<PhraseMatcher.Hit> hits = matcher.find(s, from, to);
        return hits.isEmpty() ? null : hits.get(0);
    }

    int clauseBreakBefore(String s, int position) {
        String lower = s.substring(0, position).toLowerCase(Locale.ROOT);
        int best = 0;
        for (String br : lex.clauseBreaks) {
            int at = lower.lastIndexOf(br);
            if (at >= 0) {
                best = Math.max(best, at + br.length());
            }
        }
        return best;
    }

    int clauseBreakAfter(String s, int position) {
        String lower = s.toLowerCase(Locale.ROOT);
        int best = s.length();
        for (String br : lex.clauseBreaks) {
            int at = lower.indexOf(br, position);
            if (at >= 0) {
                best = Math.min(best, at);
            }
        }
        return best;
    }

}
