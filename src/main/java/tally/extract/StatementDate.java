package tally.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Which date expression of a sentence is the date of the statement, and which belong to what was said: read from the
 * clause around the attribution's cue (the lexicon's speakerParticiples, estimateVerbs and occasionCues name the
 * constructions that carry the statement's date further than a few words). {@link ClaimDating} resolves the chosen
 * expression and decides what an undated claim takes.
 */
final class StatementDate {

    /** How far from the attribution a date may stand and still be the date of the claim. */
    private static final int DATE_REACH = 60;
    private final CompiledLexicon lex;

    StatementDate(CompiledLexicon lex) {
        this.lex = lex;
    }

    /**
     * The date expression that dates the attribution of the figure at [{@code figure}, {@code figureEnd}) of
     * {@code s} (-1: no figure), or null.
     */
    @Nullable DateMention choose(String s, List<DateMention> dateMentions, Attribution named, int figure, int figureEnd) {
        Attribution who = withPersonalName(s, named);
        DateMention post = postSignature(s, dateMentions);
        if (post != null) {
            return post;
        }
        DateMention report = reportOfTheFigure(s, dateMentions, figureEnd);
        if (report != null) {
            return report;
        }
        if (who.anchor() < 0) {
            return relayDate(s, dateMentions, who, figure); // "..., a doctor told her, the Courier reported Monday"
        }
        int[] quote = AttributionFinder.quoteAround(s, who.anchor());
        int carriedQuoteEnd = carriedQuoteEnd(s);
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : dateMentions) {
            int[] dateQuote = AttributionFinder.quoteAround(s, d.start());
            if (dateQuote != null && (quote == null || dateQuote[0] != quote[0]) || d.end() <= carriedQuoteEnd) {
                continue;
            }
            if (d.end() <= who.anchor() && COORDINATION.matcher(s.substring(d.end(), who.anchor())).find()) {
                continue; // "In January, X said 300 ..., and the JCS said": the date is the other clause's
            }
            if (inContent(s, d, who, figure) || d.end() <= who.anchor() && parentheticalCue(s, who, figure)) {
                continue;
            }
            int after = who.nameEnd() >= 0 && d.start() >= who.nameEnd()
                    ? Math.min(d.start() - who.nameEnd(), d.start() - who.anchor()) : d.start() - who.anchor();
            int distance = d.end() <= who.anchor() ? who.anchor() - d.end() : Math.max(0, after);
            int participle = d.start() > who.anchor() ? speakerParticiple(s, who, d) : -1;
            boolean occasion = datesTheOccasion(s, who, d);
            if (participle >= 0) {
                distance = d.start() - participle; // the participle's own date, however far from the speech verb
            } else if (occasion) {
                distance = d.start() - who.anchor(); // the statement's own occasion, however long its description
            } else if (datesTheEstimate(s, who, figure, figureEnd, d)) {
                distance = d.start() - figureEnd; // the estimate's own date, however far from the speech verb
            } else if (d.start() > who.anchor() && !followsVerb(s, who, d)) {
                continue;
            }
            int reach = fronted(s, d, who, figure) || occasion || frontedOccasion(s, d, who, figure)
                    ? s.length() : DATE_REACH;
            if (distance <= reach && distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best != null ? best : relayDate(s, dateMentions, who, figure);
    }

    /**
     * "U.S. Secretary of State Antony Blinken put ...", "figures Ukrainian President Volodymyr Zelensky released on
     * ...", "Ukraine's military intelligence (HUR) put ...": the directory matched the claimant by a title or a short
     * name, and the capitalised words or bracketed abbreviation right after it (no comma) are still the claimant's
     * name, so the claimant's verb and its date are measured from the end of all of it (newcomer's trial, round 30).
     * A month or weekday is never part of a name.
     */
    private static Attribution withPersonalName(String s, Attribution who) {
        if (who.nameEnd() < 0) {
            return who;
        }
        java.util.regex.Matcher m = PERSONAL_NAME.matcher(s).region(who.nameEnd(), s.length());
        int end = m.lookingAt() ? m.end() : who.nameEnd();
        if (end == who.nameEnd() || who.anchor() >= who.nameEnd() && who.anchor() < end) {
            return who; // the cue itself stands there ("the NIS Monday said" is no name)
        }
        return new Attribution(who.claimant(), who.relay(), who.anchor(), who.verb(), end, who.certainty());
    }

    /**
     * Up to four capitalised words or a bracketed abbreviation after the name the directory matched: " Antony
     * Blinken", " Volodymyr Zelensky", " of Staff", " (HUR)".
     */
    private static final java.util.regex.Pattern PERSONAL_NAME = java.util.regex.Pattern.compile(
            "(?:\\s\\(\\p{Lu}[\\p{Lu}/]{1,9}\\)|\\s(?:of\\s)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b)"
                    + "\\p{Lu}[\\p{L}'’.-]*){1,4}(?![\\p{L}\\d])");

    /**
     * "Today there are 120," a nurse told her husband: a quotation opened in the sentence before goes on to the
     * sentence's first quotation mark, which closes it (it follows the quoted words' punctuation, not a space), so a
     * date before that mark is the quoted speaker's words, never the date of the cue after it. Returns where that
     * mark is, or -1 when the sentence opens no carried quotation.
     */
    static int carriedQuoteEnd(String s) {
        int mark = s.indexOf('"');
        if (mark <= 0 || ",.?!".indexOf(s.charAt(mark - 1)) < 0) {
            return -1;
        }
        int marks = 0;
        for (int i = mark; i >= 0; i = s.indexOf('"', i + 1)) {
            marks++;
        }
        return marks % 2 == 1 ? mark : -1;
    }

    /**
     * "South Korean intelligence believes 6,000 were killed or wounded, the Yonhap news agency wrote on Thursday":
     * when nothing dates the claimant's own cue, the sentence's closing clause (after its last comma, past the figure
     * and the claimant's cue) that relays it ("X reported", "X wrote", one of the lexicon's speechVerbs) and is
     * dated right after its verb dates the statement: the claim was made by then, as the relay reports it. A date
     * inside the content ("said 100 were killed on Monday") has no relay clause of its own and stays the content's.
     * The relay clause may follow a quotation closed by its comma and may be followed by its source (", citing two US
     * officials": {@link #citingAfter}).
     */
    private @Nullable DateMention relayDate(String s, List<DateMention> dateMentions, Attribution who, int figure) {
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
                .anyMatch(h -> closelyAfter(s, h.end(), last)
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
     * "On June 17, Sergei Shoigu, who had visited Pyongyang, announced that ...": a date fronted before the whole
     * sentence (it opens the sentence and a comma follows it) modifies the main clause, and when that clause is the
     * statement (the speech verb comes before the figure, and between the date and the verb stand only the speaker
     * and comma-set apposition or relative clauses: no other clause joined by "and", "but" or ";", no quotation, no
     * number) it dates the statement however long the speaker's description. A figure before the speech verb ("On
     * June 17, North Korea sent 6,000 troops, Shoigu said") is the content's, and so is the date.
     */
    private static boolean fronted(String s, DateMention d, Attribution who, int figure) {
        if (d.start() > MAX_OPENING || !OPENING.matcher(s.substring(0, d.start())).matches() || d.end() >= who.anchor() || figure >= 0 && figure < who.anchor()) {
            return false;
        }
        String rest = s.substring(d.end());
        if (!rest.startsWith(",")) {
            return false;
        }
        String subject = s.substring(d.end() + 1, who.anchor());
        return !SUBJECT_BREAK.matcher(subject).find();
    }

    /**
     * "Last month the NIS said ...", "On November 4 the United States confirmed ...": the chosen date opens the
     * sentence (only a list mark, "earlier" or a preposition before it) and stands before the attribution's cue, so it
     * sets the scene of the paragraph, not of one clause. {@link ClaimDating} lets the next sentence inherit it.
     */
    static boolean opensTheStatement(String s, DateMention d, Attribution who) {
        return d.start() <= MAX_OPENING && who.anchor() > d.end() && OPENING.matcher(s.substring(0, d.start())).matches();
    }

    /**
     * "At the December 23 meeting of the Supreme Command, Zelensky said that ...", "At a briefing for reporters on
     * Tuesday, Budanov said ...", also after a short opening clause ("As Ukrinform reported, at the ..."): a phrase
     * opened by "at", "during" or "in" and headed by an occasion (the lexicon's eventNouns), set off by a comma before
     * the main clause's speaker and cue, names where the statement was made, so its date dates the statement when
     * the figure follows the cue (as for {@link #fronted}). "In the March 4 attack, 3,000 were killed, Budanov said"
     * is the content's: no occasion, and the figure comes first.
     */
    private boolean frontedOccasion(String s, DateMention d, Attribution who, int figure) {
        if (d.end() >= who.anchor() || figure >= 0 && figure < who.anchor()) {
            return false;
        }
        int comma = s.indexOf(", ", d.end());
        if (comma < 0 || comma >= who.anchor() || SUBJECT_BREAK.matcher(s.substring(comma + 1, who.anchor())).find()) {
            return false;
        }
        int open = s.lastIndexOf(", ", d.start());
        int phraseStart = open < 0 ? 0 : open + 2;
        if (open >= 0 && (open > OPENING_CLAUSE || s.substring(0, open).contains(" that ")
                || s.substring(0, open).indexOf('"') >= 0)) {
            return false;
        }
        java.util.regex.Matcher prep = OCCASION_PREPOSITION.matcher(s).region(phraseStart, d.start());
        return prep.lookingAt() && !lex.eventNouns.find(s, phraseStart, comma).isEmpty();
    }

    /** "At the", "during a", "in his": the preposition and determiner that open an occasion phrase. */
    private static final java.util.regex.Pattern OCCASION_PREPOSITION = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:at|during|in)\\b");
    /** The longest opening clause before a fronted occasion phrase: "As Ukrinform reported". */
    private static final int OPENING_CLAUSE = 40;

    /**
     * "Pyongyang dispatched 3,000 more troops in January and February, according to the JCS": when the content comes
     * first and the attribution after it (the figure stands before the speech verb), a date in the content, before
     * the comma that sets the attribution off, is when the content happened, not when the claimant spoke.
     */
    private static boolean inContent(String s, DateMention d, Attribution who, int figure) {
        if (figure < 0 || figure >= who.anchor() || d.end() > who.anchor()) {
            return false;
        }
        int attribution = who.nameEnd() >= 0 ? Math.min(who.anchor(), who.nameEnd()) : who.anchor();
        int boundary = s.lastIndexOf(", ", attribution);
        return boundary > figure && d.end() <= boundary;
    }

    /**
     * "In the March 4 attack near Sudzha, Budanov said, 3,000 were killed": the cue is set off by commas on both
     * sides inside the sentence and the figure follows it, so the sentence's own clause is the content ("In the March
     * 4 attack, 3,000 were killed") and a date before the cue is the content's, as when the cue closes the sentence.
     * "On March 4, Budanov said that 3,000 were killed" (no comma after the cue) and "On March 4, Budanov said,
     * according to Ukrinform, that ..." (a "that" clause after it) are statements: there the date is the statement's.
     */
    private static boolean parentheticalCue(String s, Attribution who, int figure) {
        if (who.verb() == null || figure < 0 || figure < who.anchor()) {
            return false;
        }
        int verbEnd = who.anchor() + who.verb().length();
        return verbEnd < s.length() && s.charAt(verbEnd) == ',' && s.lastIndexOf(", ", who.anchor()) >= 0
                && !s.substring(verbEnd, figure).contains(" that ");
    }

    /**
     * An embedded post's signature closes the sentence: "... pic.twitter.com/x — OSINTdefender (@sentdefender) October
     * 18, 2024". The post is the statement, so its date dates every figure of the sentence, whoever the sentence
     * names. Returns that date, or null when the sentence does not end with a date after a handle.
     */
    private static @Nullable DateMention postSignature(String s, List<DateMention> dateMentions) {
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
    private @Nullable DateMention reportOfTheFigure(String s, List<DateMention> dateMentions, int figureEnd) {
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

    /** Where one clause of a sentence ends and a coordinated one begins: ", and", ", but", ", while", ";". */
    private static final java.util.regex.Pattern COORDINATION = java.util.regex.Pattern.compile(
            "(?i)(?:,\\s*(?:and|but|while|whereas)\\b|;)");

    /** The longest opening before a fronted date ("- Earlier during "): anything longer is not one. */
    private static final int MAX_OPENING = 24;

    /** What may stand before a date that opens a sentence: "On June 17,", "Earlier on Monday,", a list's "- On 11 January,". */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:[-\u2013\u2014\u2022*]\\s*)?(?:(?:earlier|later|early|late)\\s+)?(?:(?:on|in|during|at|by)\\s+)?");

    /**
     * What cannot stand between a fronted date and the speech verb it dates: another clause (", and"), a quote, a
     * number. A subject of two parties ("Zelenskyy and the Security Service of Ukraine announced") is one clause.
     */
    private static final java.util.regex.Pattern SUBJECT_BREAK = java.util.regex.Pattern.compile(
            "(?i),\\s*(?:and|but|while|whereas)\\b|[;:\"\\d]");

    /**
     * "Kim said that nine soldiers were killed, speaking on Dec. 12 at a ceremony": a date in a trailing participle
     * clause of the speaker (after the speech verb, opened by a comma and one of the lexicon's speakerParticiples, the
     * date within a few words of it with no comma between) dates the statement. Returns where the participle starts,
     * or -1 when the date is not in such a clause.
     */
    private int speakerParticiple(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        int comma = s.lastIndexOf(", ", d.start());
        if (comma < verbEnd || d.start() - comma > PARTICIPLE_REACH) {
            return -1;
        }
        return lex.speakerParticiples.find(s, comma + 2, d.start()).stream()
                .filter(h -> h.start() == comma + 2).map(PhraseMatcher.Hit::start).findFirst().orElse(-1);
    }

    /**
     * "the military raised the estimated casualties to 4,000 last month", "the NIS had put the toll at 1,100 soldiers
     * killed on Dec. 23": the figure is the object, through "at" or "to", of an estimate verb (the lexicon's
     * estimateVerbs) that the claimant governs (the verb is the attribution's own cue, or follows the claimant's name
     * within a few words, in the figure's own clause), and the date follows the figure's noun closely: it dates the estimate, which is the claim.
     * "the NIS said North Korea raised its force to 15,000 last month" is North Korea's act, dated as the content.
     */
    private boolean datesTheEstimate(String s, Attribution who, int figure, int figureEnd, DateMention d) {
        if (figure < 0 || d.start() < figureEnd || who.nameEnd() < 0 || who.nameEnd() > figure) {
            return false;
        }
        String after = s.substring(figureEnd, d.start());
        if (after.length() > ESTIMATE_NOUN_REACH || after.contains(",") || after.contains(" that ")) {
            return false;
        }
        String clause = s.substring(Math.max(who.nameEnd(), s.lastIndexOf(", ", figure) + 1), figure);
        java.util.regex.Matcher object = OBJECT_OF_ESTIMATE.matcher(clause);
        if (!object.find()) {
            return false;
        }
        int clauseStart = figure - clause.length();
        return lex.estimateVerbs.find(s, clauseStart, clauseStart + object.start()).stream()
                .anyMatch(h -> h.start() == who.anchor() || h.start() >= who.nameEnd()
                        && AUXILIARIES.matcher(s.substring(who.nameEnd(), h.start())).matches());
    }

    /** What may stand between the claimant's name and its own estimate verb: "has", "had earlier", "later". */
    private static final java.util.regex.Pattern AUXILIARIES = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:(?:has|have|had|also|later|earlier|again|then|since|now|\\w+ly)\\s+){0,3}");

    /** "at" or "to" and at most three words (a qualifier: "to about", "at more than") before the figure. */
    private static final java.util.regex.Pattern OBJECT_OF_ESTIMATE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:at|to)\\s+(?:[\\w-]+\\s+){0,3}$");
    /** The figure's noun between it and the date: "1,100 North Korean soldiers killed on Dec. 23". */
    private static final int ESTIMATE_NOUN_REACH = 40;

    /**
     * "Zelensky made the assertion by video before an extraordinary sitting of the European Parliament in Brussels,
     * Belgium, on the 19th": the cue (one of the lexicon's occasionCues) names the statement and takes no content, so a
     * date after it in the same clause (no "that", no coordination, no quotation between) is the statement's.
     */
    private boolean datesTheOccasion(String s, Attribution who, DateMention d) {
        if (d.start() <= who.anchor() || lex.occasionCues.find(s, who.anchor(), Math.min(s.length(), who.anchor() + 30))
                .stream().noneMatch(h -> h.start() == who.anchor())) {
            return false;
        }
        String between = s.substring(who.anchor(), d.start());
        return !between.contains(" that ") && between.indexOf('"') < 0 && !COORDINATION.matcher(between).find();
    }

    /** How far a date may stand after its speaker participle: "speaking to reporters in Seoul on Dec. 12". */
    private static final int PARTICIPLE_REACH = 45;

    /**
     * A date after the speech verb dates the claim only when it follows the verb closely ("said on Monday",
     * "estimated on June 15"); one further on belongs to what was said ("said that losses in December exceeded...").
     */
    private boolean followsVerb(String s, Attribution who, DateMention d) {
        int verbEnd = who.verb() == null ? who.anchor() : who.anchor() + who.verb().length();
        if (d.start() < verbEnd || closelyAfter(s, verbEnd, d) || afterTheCuesPlace(s, verbEnd, d)
                || datesTheSourceStatement(s, verbEnd, d) || afterTheAsidesVerb(s, who, d)) {
            return true;
        }
        // "according to an assessment the Kremlin released on 28 October": the date follows the name's own verb.
        return who.nameEnd() >= 0 && d.start() >= who.nameEnd() && s.substring(who.nameEnd(), d.start()).length() <= 25
                && closelyAfter(s, who.nameEnd(), d);
    }

    /**
     * "The Washington Post, citing US officials, reported on Saturday that ...", "Reuters, citing Ukrainian
     * intelligence, said on Friday that ...": the cited source's aside closes with a comma, the relay's own verb (one of
     * the lexicon's speechVerbs) follows at once, and a date right after that verb dates the statement the relay
     * reports, as a date right after the claimant's own verb does. A date in the content ("reported that 300 were
     * killed on Friday") stays the content's.
     */
    private boolean afterTheAsidesVerb(String s, Attribution who, DateMention d) {
        if (who.nameEnd() < 0 || d.start() <= who.nameEnd() || !s.startsWith(", ", who.nameEnd())) {
            return false;
        }
        int verbFrom = who.nameEnd() + 2;
        return lex.speechVerbs.find(s, verbFrom, d.start()).stream()
                .anyMatch(h -> h.start() == verbFrom && closelyAfter(s, h.end(), d));
    }

    /**
     * "according to the latest figures released on Monday by the army", "citing estimates the agency's analysts issued
     * in late August": after the cue, its source is a statement noun (the lexicon's informationHeads) modified by a
     * clause whose participle (one of the publishingVerbs or speechVerbs, in "-ed") the date follows at once: the date
     * is when that statement came out, which dates the claim however long the noun phrase (newcomer's trial, round
     * 30). Nothing else may stand between: no comma, "that", quotation or number ("figures showing 300 were killed
     * on Monday" dates the content).
     */
    private boolean datesTheSourceStatement(String s, int verbEnd, DateMention d) {
        if (d.start() <= verbEnd || d.start() - verbEnd > SOURCE_STATEMENT_REACH) {
            return false;
        }
        String between = s.substring(verbEnd, d.start());
        java.util.regex.Matcher participle = PARTICIPLE_BEFORE_DATE.matcher(between);
        if (STATEMENT_BREAK.matcher(between).find() || !participle.find()) {
            return false;
        }
        String verb = participle.group(1).toLowerCase(java.util.Locale.ROOT);
        int verbAt = verbEnd + participle.start(1);
        boolean publishes = lex.publishingVerbs.contains(verb)
                || lex.speechVerbs.find(s, verbAt, verbAt + verb.length()).stream().anyMatch(h -> h.start() == verbAt);
        return publishes && java.util.Arrays.stream(between.substring(0, participle.start(1)).split("[^\\p{L}'’]+"))
                .map(w -> w.toLowerCase(java.util.Locale.ROOT)).anyMatch(lex.informationHeads::contains);
    }

    /**
     * The longest run from the cue to the date of its source's statement: " to a report the Joint Chiefs of Staff of
     * South Korea published on ".
     */
    private static final int SOURCE_STATEMENT_REACH = 80;
    /** The participle in "-ed" right before the date, perhaps with "on", "in" or "as of" between. */
    private static final java.util.regex.Pattern PARTICIPLE_BEFORE_DATE = java.util.regex.Pattern.compile(
            "(?i)\\b([a-z]+ed)\\s+(?:(?:on|in|as of)\\s+)?$");
    /** What ends a source's noun phrase before the date: a comma, "that", a quotation mark, a number. */
    private static final java.util.regex.Pattern STATEMENT_BREAK = java.util.regex.Pattern.compile(
            "[,;:\"\\d]|\\bthat\\b");

    /**
     * "which Zelensky posted on the social media platform X on Sunday", "said in an interview with a Korean daily on
     * Monday": one phrase of place or medium opened by a preposition stands between the cue and its date, and nothing
     * else (no comma, quotation, number, "that" or other clause word: "posted on X that troops in Sudzha on Sunday
     * ..." dates the content). Such a phrase may run past {@link #closelyAfter}'s few words.
     */
    private static boolean afterTheCuesPlace(String s, int verbEnd, DateMention d) {
        int gap = d.start() - verbEnd;
        return gap > 0 && gap <= PLACE_REACH && PLACE_OF_CUE.matcher(s.substring(verbEnd, d.start())).matches();
    }

    /** The longest place or medium phrase between a cue and its date: " on the social media platform X ". */
    private static final int PLACE_REACH = 45;
    /** " on the social media platform X ", " in an interview with a Korean daily ": a preposition and plain words. */
    private static final java.util.regex.Pattern PLACE_OF_CUE = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:on|in|at|via|to)\\s+(?:(?!(?:that|and|but|which|who|where|when|while|after|before|as|if|"
                    + "whether|because|since)\\b)[\\w'’.-]+\\s+){1,7}");

    private static boolean closelyAfter(String s, int from, DateMention d) {
        if (d.start() < from) {
            return false;
        }
        String between = s.substring(from, d.start());
        return between.length() <= 25 && !between.contains(" that") && !between.contains(",");
    }
}
