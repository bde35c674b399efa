package tally.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * A quotation that runs over several sentences of a paragraph belongs to one speaker: the one named where it opens
 * ("Zelensky said: \"...") or, failing that, where it closes ("...,\" the president said."). Figures of its inner
 * sentences that found no claimant of their own take that speaker, marked uncertain, and, when the sentence that
 * opens it dates the speaker's statement ("The ministry posted on Sunday: \"... 6,000 ...  About 11,000 ...\""), that
 * date in place of the report's (marked uncertain too); one whose speaker is named where it closes takes the date a
 * figure of the closing sentence would take (a statement of that speaker dated earlier in the article), or, when it
 * has none and the quotation opens the sentence right after one that dated a statement with no figure ("This was said
 * on Wednesday by Austin"), that statement's date: the quoted words are its words (marked uncertain). Only straight and curly double
 * quotation marks count. A quotation left open at the end of a paragraph runs on into the next one (pages reopen
 * it there with a mark of its own, or drop that mark), over one paragraph break at most.
 */
final class QuotationSpans {

    private int paragraph = -1;
    private boolean open;
    /** The open quotation was carried over a paragraph break already: it is carried over one break at most. */
    private boolean carriedOnce;
    private @Nullable Attribution speaker;
    /**
     * The stated date of the speaker's figure in the sentence that opened the quotation, or, for a speaker named where
     * it closes, the date of that speaker's statement given earlier in the article; null when none.
     */
    private tally.model.@Nullable ClaimDate speakerDate;
    /**
     * The date of the statement with no figure that the sentence right before the quotation dated, when the quotation
     * opens its sentence and names no speaker there ("This was said on Wednesday by Austin. // \"... 10,000 ...,\" said
     * the secretary."): the quoted words are that statement's; null otherwise.
     */
    private tally.model.@Nullable ClaimDate openedAfter;
    /** Indexes into the article's claims of figures inside the open quotation that still have no claimant. */
    private final List<Integer> pending = new ArrayList<>();
    /**
     * The speaker of the last quotation of this paragraph: "\"...,\" Zelensky said. \"Around 900 were wounded.\"" The
     * next quotation with no speaker of its own goes on in the same voice, in the same paragraph or in the one right
     * after it when that one opens with the quotation.
     */
    private @Nullable Attribution lastQuoteSpeaker;

    /**
     * Called after each sentence is read.
     *
     * @param firstClaim index of the first claim the sentence added to {@code found}
     * @param speakerAt  who speaks at a given character of the sentence (the attribution finder's answer)
     * @param dateOf     the date a statement of this speaker was given earlier in the article, or null
     * @param statementBefore the date the sentence before gave a statement of its own with no figure, or null
     */
    void after(Sentence sentence, int firstClaim, List<ArticleExtractor.Extracted> found,
               java.util.function.IntFunction<Attribution> speakerAt,
               java.util.function.Function<Attribution, tally.model.@Nullable ClaimDate> dateOf,
               tally.model.@Nullable ClaimDate statementBefore) {
        String s = sentence.text();
        int from = 0;
        if (sentence.paragraph() != paragraph) {
            boolean carried = open && sentence.paragraph() == paragraph + 1 && !carriedOnce;
            if (sentence.paragraph() != paragraph + 1 || s.isEmpty() || !isMark(s.charAt(0))) {
                lastQuoteSpeaker = null;
            }
            paragraph = sentence.paragraph();
            carriedOnce = carried;
            if (carried && !s.isEmpty() && isMark(s.charAt(0))) {
                from = 1; // the page reopens the quotation it did not close at the end of the paragraph before
            } else if (!carried) {
                open = false;
                speaker = null;
                speakerDate = null;
                openedAfter = null;
                pending.clear();
            }
        }
        List<Integer> marks = new ArrayList<>();
        for (int i = from; i < s.length(); i++) {
            if (isMark(s.charAt(i))) {
                marks.add(i);
            }
        }
        boolean openBefore = open;
        boolean openAfter = open ^ (marks.size() % 2 == 1);
        if (openBefore || openAfter) {
            for (int i = firstClaim; i < found.size(); i++) {
                if (!found.get(i).claim().claimant().known()) {
                    pending.add(i);
                }
            }
        }
        if (!openBefore && openAfter) {
            Attribution atOpening = speakerAt.apply(marks.get(marks.size() - 1));
            speaker = atOpening.known() ? atOpening : null;
            speakerDate = speaker == null ? null : statedDateOf(speaker.claimant(), found, firstClaim);
            openedAfter = speaker == null && marks.get(marks.size() - 1) == 0 ? statementBefore : null;
        }
        if (openBefore && !openAfter && speaker == null) {
            Attribution atClosing = speakerAt.apply(marks.isEmpty() ? s.length() : marks.get(0));
            speaker = atClosing.known() ? atClosing : lastQuoteSpeaker;
            // as a figure in the closing sentence itself would be dated: "Zelensky said on Monday ... \"...,\" he said."
            speakerDate = speaker == null ? null : dateOf.apply(speaker);
            speakerDate = speakerDate == null && speaker != null ? openedAfter : speakerDate;
        }
        if (!openBefore && !s.isEmpty() && isMark(s.charAt(0)) && lastQuoteSpeaker != null) {
            // A quotation of its own that names nobody: the same voice as the paragraph's quotation before it.
            for (int i = firstClaim; i < found.size(); i++) {
                if (!found.get(i).claim().claimant().known()) {
                    found.set(i, withSpeaker(found.get(i), lastQuoteSpeaker));
                }
            }
        }
        if (!openBefore && marks.size() >= 2) {
            Attribution quoted = speakerAt.apply(marks.get(0) + 1);
            if (quoted.known()) {
                lastQuoteSpeaker = quoted;
            }
        }
        if (speaker != null) {
            lastQuoteSpeaker = speaker;
            for (int i : pending) {
                found.set(i, withDate(withSpeaker(found.get(i), speaker), speakerDate));
            }
            pending.clear();
        }
        open = openAfter;
        if (!open) {
            speaker = null;
            speakerDate = null;
            openedAfter = null;
            pending.clear();
            carriedOnce = false;
        }
    }

    /** Whether a quotation is open after the sentence last read: its words go on into the next sentence. */
    boolean open() {
        return open;
    }

    /** The stated date of the last figure of {@code claimant} the sentence added (from {@code firstClaim}), or null. */
    private static tally.model.@Nullable ClaimDate statedDateOf(Claimant claimant, List<ArticleExtractor.Extracted> found,
                                                          int firstClaim) {
        for (int i = found.size() - 1; i >= firstClaim; i--) {
            Claim c = found.get(i).claim();
            if (c.claimant().id().equals(claimant.id()) && c.claimDate().known()
                    && c.claimDate().basis() == tally.model.DateBasis.STATED) {
                return c.claimDate();
            }
        }
        return null;
    }

    /** A figure dated only by the report takes the date of the statement its quotation continues. */
    private static ArticleExtractor.Extracted withDate(ArticleExtractor.Extracted e, tally.model.@Nullable ClaimDate date) {
        Claim c = e.claim();
        if (date == null || c.claimDate().basis() != tally.model.DateBasis.REPORT_DATE) {
            return e;
        }
        Certainty certainty = new Certainty(c.certainty().metric(), c.certainty().claimant(),
                Certainty.Field.doubt("date of the statement the quotation continues, in another sentence", null));
        return new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(), c.claimant(), c.relayedBy(), date,
                c.sources(), c.scope(), certainty), e.pending());
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static ArticleExtractor.Extracted withSpeaker(ArticleExtractor.Extracted e, Attribution who) {
        Claim c = e.claim();
        Claimant claimant = who.claimant();
        Certainty certainty = new Certainty(c.certainty().metric(),
                Certainty.Field.doubt("claimant from the quotation's speaker in another sentence", null),
                c.certainty().date());
        return new ArticleExtractor.Extracted(new Claim(c.metric(), c.figure(), claimant, who.relay(), c.claimDate(),
                c.sources(), c.scope(), certainty), e.pending());
    }
}
