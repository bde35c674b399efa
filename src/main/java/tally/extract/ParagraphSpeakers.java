package tally.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * Round 54: who says a figure its own sentence gives no source for, when the paragraph says it in another sentence
 * without quotation marks (quotations are {@link QuotationSpans}'):
 * <ul>
 * <li>the sentence right before, in the same paragraph, named a speaker, and the figure's sentence goes on with that
 * speaker's words: it hedges with no name of its own ({@code hearsayMarkers}: "Despite hundreds of casualties, these
 * tactics have reportedly not changed."), or the speaker gave a figure right before and this one is told in the
 * present, as things stand ("The leader said 12,000 have come to Russia. As of now, 3,800 have been killed or
 * wounded."); never a dated or past-perfect event, nor a past told plainly ("The first detachment moved to Kursk"),
 * which the reporter narrates. It stops at a sentence that names no one and gives no figure (the reporter's background), one
 * that names another party, holds a quotation, opens a list item or turns away ({@code speakerShiftOpeners}:
 * "Meanwhile, ..."), and at the paragraph's end;</li>
 * <li>the paragraph's reported words close with a cue after a comma at the end of a later sentence, and nothing before
 * that comma is a cue of its own ("There are 10,000 ... right now. ... So this opportunity is open to them, Zelensky
 * said."): the figures of the sentences before it, back to the last one that named a source, are the closing
 * speaker's.</li>
 * </ul>
 * Either way the figure's own sentence does not say who speaks, so the claimant is shown as worded, never as a fact.
 */
final class ParagraphSpeakers {

    static final String FROM_SENTENCE_BEFORE = "claimant from the paragraph's speaker in the sentence before";
    static final String FROM_CLOSING_CUE = "claimant named where the paragraph's reported words close, in a later sentence";
    /** After the last comma of a closing cue: its speaker and verb, at most this many words ("the president said"). */
    private static final int CLOSING_WORDS = 8;
    /** "had left", "had been sent": a past perfect tells what happened before, in the reporter's narration. */
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\s+(?!to\\b)\\p{L}");
    /**
     * "have been killed", "is estimated", "are in Kursk": a verb of the present, as things stand now; "The first
     * detachment moved to Kursk" narrates, in the reporter's voice.
     */
    private static final Pattern PRESENT = Pattern.compile("(?i)\\b(?:is|are|has|have)\\b");
    /** "This is a lot, according to Budanov": a source added to a remark, not a speaker closing what was said. */
    private static final String ACCORDING_TO = "according to";
    /** A list item: a dash or bullet opens the sentence ("- In 2024, Pyongyang reportedly sent ..."). */
    private static final Pattern LIST_ITEM = Pattern.compile("^[-\u2013\u2022*]\\s");

    /** What the extractor knows of one sentence, read only when a figure needs it. */
    interface Reading {
        /**
         * Who speaks in a sentence that gives no figure, for words at character {@code at} ("UNN sources reported that
         * ...", "..., Zelensky said."), or {@link Attribution#NONE}.
         */
        Attribution speakerOf(Sentence sentence, int at);

        /** Whether the sentence names a listed party other than {@code speaker} (its claimant or relay). */
        boolean namesAnother(Sentence sentence, Claimant speaker, @Nullable Claimant relay);

        /** Whether the sentence states a date of its own ("in early 2025", "Since Wednesday"). */
        boolean dated(Sentence sentence);
    }

    private final CompiledLexicon lex;
    private int paragraph = -1;
    /** The sentence right before, in this paragraph, or null; its speaker once read; whether it gave that speaker's figure. */
    private @Nullable Sentence previous;
    private @Nullable Attribution previousSpeaker;
    private boolean previousRead;
    private boolean previousFigure;
    /** Figures of this paragraph with no source, since the last sentence that named one: a closing cue may take them. */
    private final List<Integer> unsaid = new ArrayList<>();

    ParagraphSpeakers(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * Called after each sentence is read, once its quotations are.
     *
     * @param firstClaim    index of the first claim the sentence added to {@code found}
     * @param quoted        a quotation was open before the sentence or is open after it
     * @param spokeNow      the speaker the discourse recorded for this sentence when it gave no figure, or null
     */
    void after(Sentence sentence, int firstClaim, List<ArticleExtractor.Extracted> found, boolean quoted,
               @Nullable Claimant spokeNow, Reading reading) {
        if (sentence.paragraph() != paragraph) {
            paragraph = sentence.paragraph();
            previous = null;
            unsaid.clear();
        }
        String s = sentence.text();
        boolean apart = quoted || hasMark(s) || LIST_ITEM.matcher(s).lookingAt() || opensWithShift(s);
        List<Integer> unknown = unknown(found, firstClaim);
        if (!unknown.isEmpty() && !apart && previous != null && goesOn(sentence, reading)) {
            Attribution before = speakerBefore(reading);
            if (before != null && !reading.namesAnother(sentence, before.claimant(), before.relay())) {
                unknown.forEach(i -> found.set(i, withSpeaker(found.get(i), before, FROM_SENTENCE_BEFORE)));
                unknown.clear();
            }
        }
        int comma = firstClaim == found.size() && !apart && !unsaid.isEmpty() ? closingComma(s) : -1;
        Attribution closing = comma > 0 ? reading.speakerOf(sentence, comma - 1) : null;
        if (closing != null && closing.known()) {
            unsaid.stream().filter(i -> !found.get(i).claim().claimant().known())
                    .forEach(i -> found.set(i, withSpeaker(found.get(i), closing, FROM_CLOSING_CUE)));
            unsaid.clear();
        }
        boolean figures = firstClaim < found.size();
        boolean named = figures ? unknown.size() < found.size() - firstClaim
                : spokeNow != null || lex.speechVerbs.containsIn(s, 0, s.length());
        if (apart || named) {
            unsaid.clear(); // a source of its own, a quotation or a turn: what came before is not what closes after
        }
        if (!apart) {
            unsaid.addAll(unknown);
        }
        previous = sentence;
        previousFigure = figures;
        previousRead = figures || spokeNow != null;
        previousSpeaker = figures ? lastKnown(found, firstClaim)
                : spokeNow != null ? new Attribution(spokeNow, null, -1, null) : null;
    }

    /**
     * The sentence goes on with the speaker's words: a hedge that names no one, or, right after the speaker's own
     * figure, a figure told as things stand; never a dated event or a past perfect, which the reporter narrates.
     */
    private boolean goesOn(Sentence sentence, Reading reading) {
        String s = sentence.text();
        boolean goesOn = lex.hearsayMarkers.containsIn(s, 0, s.length()) || previousFigure && PRESENT.matcher(s).find();
        return goesOn && !PAST_PERFECT.matcher(s).find() && !reading.dated(sentence);
    }

    private static List<Integer> unknown(List<ArticleExtractor.Extracted> found, int from) {
        List<Integer> unknown = new ArrayList<>();
        for (int i = from; i < found.size(); i++) {
            if (!found.get(i).claim().claimant().known()) {
                unknown.add(i);
            }
        }
        return unknown;
    }

    /** Who spoke in the sentence before: the claimant of its last figure, or the speaker of its statement. */
    private @Nullable Attribution speakerBefore(Reading reading) {
        if (!previousRead && previous != null) {
            previousRead = true;
            String p = previous.text();
            Attribution who = lex.speechVerbs.containsIn(p, 0, p.length())
                    ? reading.speakerOf(previous, p.length() - 1) : Attribution.NONE;
            previousSpeaker = who.known() ? who : null;
        }
        return previousSpeaker;
    }

    private static @Nullable Attribution lastKnown(List<ArticleExtractor.Extracted> found, int from) {
        for (int i = found.size() - 1; i >= from; i--) {
            Claim c = found.get(i).claim();
            if (c.claimant().known()) {
                return new Attribution(c.claimant(), c.relayedBy(), -1, null);
            }
        }
        return null;
    }

    private boolean opensWithShift(String s) {
        return lex.speakerShiftOpeners.find(s, 0, Math.min(s.length(), 24)).stream().anyMatch(h -> h.start() == 0);
    }

    /**
     * "..., Zelensky said." / "..., said the president.": the sentence's last comma is followed by a cue and at most a
     * few words, and no cue stands before it ("Ponomarenko said this in an interview, UNN reports" reports a report);
     * "according to" is none ("This is a lot, according to Budanov" remarks on a figure, it does not close words).
     * Returns where that comma stands, or -1.
     */
    private int closingComma(String s) {
        int comma = s.lastIndexOf(',');
        if (comma <= 0 || lex.speechVerbs.containsIn(s, 0, comma) || s.indexOf(ACCORDING_TO, comma) > 0) {
            return -1;
        }
        String tail = s.substring(comma + 1).strip();
        return !tail.isEmpty() && tail.split("\\s+").length <= CLOSING_WORDS
                && lex.speechVerbs.containsIn(s, comma + 1, s.length()) ? comma : -1;
    }

    static boolean hasMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u201C' || c == '\u201D') {
                return true;
            }
        }
        return false;
    }

    private static ArticleExtractor.Extracted withSpeaker(ArticleExtractor.Extracted e, Attribution who, String reason) {
        Claim c = e.claim();
        Certainty certainty = new Certainty(c.certainty().metric(), Certainty.Field.doubt(reason, null),
                c.certainty().date());
        return new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(), who.claimant(), who.relay(),
                c.claimDate(), c.sources(), c.scope(), certainty), e.pending());
    }
}
