package tally.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;

/**
 * A sentence that attributes the one before it: "About 3,000 North Korean troops have been killed. This was announced
 * by Ukraine's military intelligence on Friday." The passive's agent (token rule {@code passiveAgent}) becomes the
 * claimant of the previous sentence's unattributed figures, and its date their claim date; so does the phrase after
 * "according to" in "This is according to the NIS" or "That's according to Budanov". Only a sentence that opens with a
 * word pointing back ("This", "That", "It", "The figure") is read so: "According to X, ..." opens a claim of its own.
 */
final class FollowUps {

    /**
     * A sentence's opening word pointing back: a demonstrative (grammar, kept here) or "the" and one of config
     * {@code pointerNouns} ("The figure").
     */
    private static String pointer(List<String> nouns) {
        return "(?i)^\\W*(?:this|that|it|these|those|the " + Alternatives.anyOf(nouns) + ")";
    }

    /** "This was announced by X": a pointer, then "by" within the clause. Built once, when the lexicon is compiled. */
    static Pattern pointsBack(List<String> nouns) {
        return Pattern.compile(pointer(nouns) + "\\b[^.]{0,60}?\\bby\\b");
    }

    /**
     * "This is according to X", "That's according to X", "The figures were according to X". Built once, when the
     * lexicon is compiled.
     */
    static Pattern pointsBackAccording(List<String> nouns) {
        return Pattern.compile(pointer(nouns)
                + "(?:\\s+(?:is|was|are|were)|['’]s)\\s+(?:(?:all|also|again)\\s+)?according to\\b");
    }

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final EnglishTagger tagger;
    private final SourcePhrases phrases;
    private final DateFinder dates = new DateFinder();

    FollowUps(CompiledLexicon lex, ClaimantDirectory directory, EnglishTagger tagger) {
        this.lex = lex;
        this.directory = directory;
        this.tagger = tagger;
        this.phrases = new SourcePhrases(lex);
    }

    /**
     * Re-attributes, in {@code found}, the unattributed claims of {@code previous} when {@code current} names their
     * source. A sentence that opens its paragraph points back at the whole paragraph before ({@code previous} holds
     * its sentences); one inside a paragraph at the sentence just before.
     */
    void apply(Sentence current, List<Sentence> previous, @Nullable LocalDate reported,
               List<ArticleExtractor.Extracted> found) {
        String s = current.text();
        boolean according = lex.pointsBackAccording.matcher(s).find();
        boolean passive = !according && lex.pointsBack.matcher(s).find();
        int active = according || passive ? -1 : activePointer(s);
        if (!according && !passive && active < 0 || found.stream().noneMatch(e -> unattributed(e, previous))) {
            return;
        }
        TaggedSentence t = tagger.tag(s);
        if (active >= 0) {
            SourcePhrases.Phrase subject = subjectOf(t, active);
            if (subject != null) {
                reattribute(s, subject, null, previous, reported, found, true);
            }
            return;
        }
        List<TokenRules.Match> agents = according
                ? lex.rules.sourceAfter(t).stream().filter(m -> t.get(m.start()).word().equalsIgnoreCase("according"))
                        .limit(1).toList()
                : lex.rules.passiveAgent(t);
        for (TokenRules.Match m : agents) {
            SourcePhrases.Phrase agent = phrases.after(t, m.end());
            if (agent == null) {
                continue;
            }
            SourcePhrases.Phrase cited = citedAfter(t, s, agent);
            if (cited != null) {
                // round 56: "This was stated by The Washington Post, citing American and Ukrainian sources": the
                // cited sources said it and the agent passed it on, as in a sentence that gives its own figure
                reattribute(s, cited, agent, previous, reported, found, false);
                return;
            }
            reattribute(s, agent, null, previous, reported, found, false);
            return;
        }
    }

    /** ", citing American and Ukrainian sources" right after the agent: the phrase it cites, or null. */
    private SourcePhrases.@Nullable Phrase citedAfter(TaggedSentence t, String s, SourcePhrases.Phrase agent) {
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).start() >= agent.end() && t.get(i).word().equalsIgnoreCase("citing")) {
                return CITING_LEAD.matcher(s.substring(agent.end(), t.get(i).start())).matches()
                        ? phrases.after(t, i + 1) : null;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern CITING_LEAD = java.util.regex.Pattern.compile("\\s*,\\s*");

    /**
     * What a sentence that names the source of what came before points back at: the sentence before it, or, when it
     * opens its paragraph, every sentence of the paragraph before ("... on the move toward Kursk. A smaller number
     * ... // Pentagon spokesman Pat Ryder said this at a briefing.").
     */
    static List<Sentence> pointedAt(List<Sentence> sentences, int i) {
        Sentence previous = sentences.get(i - 1);
        if (previous.paragraph() == sentences.get(i).paragraph()) {
            return List.of(previous);
        }
        int from = i - 1;
        while (from > 0 && sentences.get(from - 1).paragraph() == previous.paragraph()) {
            from--;
        }
        return sentences.subList(from, i);
    }

    /**
     * "Pentagon spokesman Pat Ryder said this at a briefing", "NHK reported this, citing ...": a speech verb whose
     * object is a bare "this", followed by a comma, the sentence's end or a preposition or participle (config
     * {@code pointerFollowers}: "said this Saturday that" and "said this week" are dates, "said that" opens what was
     * said). Round 65: "this" may take one of {@code pointerNouns} ("Intelligence sources confirmed this information
     * to the agency"), which points back as the bare word does; "said this figure was too low" is no pointer, for a
     * verb follows. Where the verb starts, or -1.
     */
    private int activePointer(String s) {
        for (tally.config.PhraseMatcher.Hit verb : lex.speechVerbs.find(s)) {
            int at = verb.end();
            if (!s.regionMatches(true, at, " this", 0, 5)) {
                continue;
            }
            int next = wordAfter(s, at + 5);
            String following = word(s, next);
            if (next > at + 5 && lex.pointerNouns.contains(following)) {
                at = next + following.length();
                next = wordAfter(s, at);
                following = word(s, next);
            } else {
                at += 5;
            }
            if (next == at && next < s.length() && (s.charAt(next) == ',' || s.charAt(next) == '.')
                    || lex.pointerFollowers.contains(following)) {
                return verb.start();
            }
        }
        return -1;
    }

    /** Where the word after the spaces from {@code from} starts. */
    private static int wordAfter(String s, int from) {
        int next = from;
        while (next < s.length() && s.charAt(next) == ' ') {
            next++;
        }
        return next;
    }

    /** The word of letters starting at {@code from}, lower-cased; empty when none starts there. */
    private static String word(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return s.substring(from, end).toLowerCase(java.util.Locale.ROOT);
    }

    /** The source phrase before the verb starting at character {@code verbStart}, or null. */
    private SourcePhrases.@Nullable Phrase subjectOf(TaggedSentence t, int verbStart) {
        for (int i = 0; i < t.size(); i++) {
            if (t.get(i).start() == verbStart) {
                return phrases.before(t, i);
            }
        }
        return null;
    }

    /**
     * The unattributed claims of {@code previous} take the agent as claimant and the sentence's date. Read from an
     * active "said this" or from a paragraph before, the claimant is marked uncertain with the pointing words.
     */
    private void reattribute(String s, SourcePhrases.Phrase agent, SourcePhrases.@Nullable Phrase relayPhrase,
                             List<Sentence> previous, @Nullable LocalDate reported,
                             List<ArticleExtractor.Extracted> found, boolean doubted) {
        Claimant claimant = StructuralAttribution.claimantOf(agent, directory.claimants(s), directory, lex);
        Claimant relay = relayPhrase == null ? null
                : StructuralAttribution.claimantOf(relayPhrase, directory.claimants(s), directory, lex);
        ClaimDate date = date(s, agent.end(), reported);
        boolean uncertain = doubted || previous.size() > 1;
        for (int i = 0; i < found.size(); i++) {
            ArticleExtractor.Extracted e = found.get(i);
            if (unattributed(e, previous)) {
                Claim c = e.claim();
                Certainty certainty = uncertain ? c.certainty().withClaimant(Certainty.Field.doubt(
                        "claimant named by a later sentence that points back at this one", null)) : c.certainty();
                found.set(i, new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(), claimant, relay,
                        date == null ? c.claimDate() : date, c.sources(), c.scope(), certainty), e.pending()));
            }
        }
    }

    /**
     * "The NIS said 10,000 will be sent. That number includes the 3,000 already sent.": a sentence of the same
     * paragraph that opens by pointing at the figure just given ("That number", "The figure", never a bare "This" or
     * "It", which may point at an event) and names no source of its own goes on with the source of that figure. The
     * claimant is marked uncertain, with the pointing words as worded.
     *
     * @param from index in {@code found} of the first claim of {@code current}
     */
    void continueFigure(Sentence current, Sentence previous, int from, List<ArticleExtractor.Extracted> found) {
        if (from == 0 || from == found.size() || current.paragraph() != previous.paragraph()) {
            return;
        }
        Matcher pointer = POINTS_AT_FIGURE.matcher(current.text());
        if (!pointer.find()) {
            return;
        }
        Claim before = found.get(from - 1).claim();
        if (!before.claimant().known() || !readFrom(before, previous)) {
            return;
        }
        for (int i = from; i < found.size(); i++) {
            Claim c = found.get(i).claim();
            if (c.claimant().known()) {
                continue;
            }
            found.set(i, new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(), before.claimant(),
                    before.relayedBy(), c.claimDate(), c.sources(), c.scope(), c.certainty().withClaimant(
                    Certainty.Field.doubt("claimant of the figure the sentence points back to", pointer.group().strip()))),
                    found.get(i).pending()));
        }
    }

    /** "That number", "This figure", "The estimate": a pointer at a figure, not at an event. */
    private static final Pattern POINTS_AT_FIGURE = Pattern.compile("(?i)^\\W*(?:this|that|the|these|those)\\s+"
            + "(?:figure|figures|number|numbers|estimate|estimates|toll|count|total)\\b");

    private static boolean unattributed(ArticleExtractor.Extracted e, List<Sentence> previous) {
        return !e.claim().claimant().known() && previous.stream().anyMatch(p -> readFrom(e.claim(), p));
    }

    /** The claim was read from {@code sentence} (its first source quotes that sentence). */
    private static boolean readFrom(Claim c, Sentence sentence) {
        return c.sources().get(0).quote().equals(sentence.original());
    }

    private @Nullable ClaimDate date(String s, int after, @Nullable LocalDate reported) {
        for (DateMention d : dates.find(s)) {
            if (d.start() >= after) {
                ClaimDate resolved = d.resolve(reported);
                if (resolved != null) {
                    return resolved;
                }
            }
        }
        return reported == null ? null : ClaimDate.day(reported, DateBasis.REPORT_DATE);
    }
}
