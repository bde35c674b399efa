package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Dates that the sentence's report of the figure gives, whoever its claimant's cue is: an embedded post's signature,
 * a participle right after the figure's noun ("casualties reported in January"), a closing clause that relays the
 * statement ("..., the Yonhap news agency wrote on Thursday"). The lexicon's speechVerbs and relayMarkers name them;
 * {@link StatementDate} asks before and after it reads the claimant's own cue.
 */
final class RelayDates {

    private final CompiledLexicon lex;

    RelayDates(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * An embedded post's signature closes the sentence: "... pic.twitter.com/x — OSINTdefender (@sentdefender) October
     * 18, 2024". The post is the statement, so its date dates every figure of the sentence, whoever the sentence
     * names. Returns that date, or null when the sentence does not end with a date after a handle.
     */
    static @Nullable DateMention postSignature(String s, List<DateMention> dateMentions) {
        if (dateMentions.isEmpty() || s.indexOf('@') < 0) {
            return null;
        }
        DateMention last = dateMentions.get(dateMentions.size() - 1);
        boolean closes = s.substring(last.end()).strip().matches("[.\"']?");
        return closes && HANDLE_BEFORE.matcher(s.substring(0, last.start())).find() ? last : null;
    }

    /**
     * "up from the approximately 3,000 casualties reported in January": the figure's noun is followed by a reduced
     * relative of a speech verb's participle (one of the lexicon's speechVerbs ending in "-ed": reported, estimated,
     * confirmed) dated right after it, so the figure was stated then, whoever the sentence's own cue is. Only the
     * figure's own noun phrase may stand before the participle (a few words, no auxiliary, no comma, no number): "300
     * soldiers were reported killed in January" and "300 soldiers killed in January" say when something happened.
     * Returns that date, or null.
     */
    @Nullable DateMention reportOfTheFigure(String s, List<DateMention> dateMentions, int figureEnd) {
        if (figureEnd < 0) {
            return null;
        }
        for (DateMention d : dateMentions) {
            if (d.start() <= figureEnd || d.start() - figureEnd > REPORT_REACH) {
                continue;
            }
            for (PhraseMatcher.Hit h : lex.speechVerbs.find(s, figureEnd, d.start())) {
                if (s.startsWith("ed", h.end() - 2) && NOUN_ONLY.matcher(s.substring(figureEnd, h.start())).matches()
                        && DATE_PREPOSITION.matcher(s.substring(h.end(), d.start())).matches()) {
                    return d;
                }
            }
            return null; // only the first date after the figure
        }
        return null;
    }

    /** How far after the figure a participle's date may end: "3,000 North Korean casualties reported in January". */
    private static final int REPORT_REACH = 60;
    /** The figure's noun and its modifiers before the participle: words, no auxiliary, comma, quotation or number. */
    private static final java.util.regex.Pattern NOUN_ONLY = java.util.regex.Pattern.compile(
            "(?i)(?:\\s+(?!(?:is|are|was|were|be|been|being|has|have|had|that|which|who|and|or)\\b)[a-z][\\w'’-]*){0,5}\\s+");
    /** Between the participle and its date: nothing, or "in", "on", "as of". */
    private static final java.util.regex.Pattern DATE_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:(?:in|on|as of)\\s+)?");

    /** "(@sentdefender) " or "@sentdefender " right before a date. */
    private static final java.util.regex.Pattern HANDLE_BEFORE = java.util.regex.Pattern.compile(
            "\\(?@\\w{1,30}\\)?[,\\s]*$");

    /**
     * "South Korean intelligence believes 6,000 were killed or wounded, the Yonhap news agency wrote on Thursday":
     * when nothing dates the claimant's own cue, the sentence's closing clause (after its last comma, past the figure
     * and the claimant's cue) that relays it ("X reported", "X wrote", one of the lexicon's speechVerbs) and is
     * dated right after its verb dates the statement: the claim was made by then, as the relay reports it. A date
     * inside the content ("said 100 were killed on Monday") has no relay clause of its own and stays the content's.
     * The relay clause may follow a quotation closed by its comma and may be followed by its source (", citing two US
     * officials": {@link #citingAfter}).
     */
    @Nullable DateMention relayDate(String s, List<DateMention> dateMentions, Attribution who, int figure) {
        if (dateMentions.isEmpty()) {
            return null;
        }
        DateMention last = dateMentions.get(dateMentions.size() - 1);
        // "with \"thousands more coming,\" the Times reported on Friday": a quotation closed by its comma ends the content
        int comma = Math.max(s.lastIndexOf(", ", last.start()), s.lastIndexOf(",\" ", last.start()) + 1);
        int citing = citingAfter(s, last.end());
        int end = citing >= 0 ? citing : s.length();
        if (comma <= 0 || comma < figure || comma < who.anchor() && who.anchor() < end || s.indexOf('"', comma + 2) >= 0
                || citing < 0 && !s.substring(last.end()).strip().matches("[.]?")) {
            return null;
        }
        return lex.speechVerbs.find(s, comma + 2, last.start()).stream()
                .anyMatch(h -> DatesAfterCue.closelyAfter(s, h.end(), last)
                        && RELAY_SUBJECT.matcher(s.substring(comma + 2, h.start())).matches()) ? last : null;
    }

    /**
     * "..., the Washington Post reported on Monday, citing two US officials": the relay's dated clause may be followed
     * by its source, opened by a comma and one of the lexicon's relayMarkers right after the date. Returns where that
     * comma is, or -1 when the date is not followed so.
     */
    private int citingAfter(String s, int dateEnd) {
        if (!s.startsWith(", ", dateEnd)) {
            return -1;
        }
        return lex.relayMarkers.find(s, dateEnd + 2, Math.min(s.length(), dateEnd + 40)).stream()
                .anyMatch(h -> h.start() == dateEnd + 2) ? dateEnd : -1;
    }

    /**
     * The relay clause's own subject before its verb: "the Yonhap news agency", "Ukrainian media"; not none (",
     * spoke on Monday" is the sentence's own subject's verb) nor a relative pronoun (", which reported on Monday").
     */
    private static final java.util.regex.Pattern RELAY_SUBJECT = java.util.regex.Pattern.compile(
            "(?i)(?!(?:which|who|that|and|but|as)\\b)[\\w'’.-]+(?:\\s+[\\w'’.-]+){0,5}\\s+");

    /**
     * "Yonhap reported on Monday that 300 were killed, citing the NIS", "Citing the NIS, Yonhap reported Monday that
     * ...": the claimant is named only in the relay's aside (the cue is one of the lexicon's relayMarkers), and the
     * relay's own verb, whoever the relay is, (one of the speechVerbs, outside that aside and before the figure) is dated right after it. That
     * date is when the relay passed the claim on, and it dates the claim as a date right after the claimant's own verb
     * would. A date in the content ("reported that 300 were killed on Monday, citing ...") stays the content's.
     */
    @Nullable DateMention relaysOwnVerb(String s, List<DateMention> dateMentions, Attribution who, int figure) {
        if (figure < 0 || who.verb() == null || who.anchor() < 0 || dateMentions.isEmpty()
                || lex.relayMarkers.find(s, who.anchor(), Math.min(s.length(), who.anchor() + who.verb().length()))
                        .stream().noneMatch(h -> h.start() == who.anchor())) {
            return null;
        }
        int asideEnd = Math.max(who.nameEnd(), who.anchor() + who.verb().length());
        for (PhraseMatcher.Hit h : lex.speechVerbs.find(s, 0, figure)) {
            if (h.end() > who.anchor() && h.start() < asideEnd) {
                continue; // the aside's own "citing"
            }
            for (DateMention d : dateMentions) {
                if (d.end() <= figure && DatesAfterCue.closelyAfter(s, h.end(), d)
                        && (d.end() <= who.anchor() || d.start() >= asideEnd)) {
                    return d;
                }
            }
        }
        return null;
    }
}
