package tally.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.Metric;

/**
 * What an article has said so far, read sentence by sentence: which claimants it has named in full (so "Lee" or "DI"
 * can be resolved), the last person and body named (for "he said", "it added"), and the date each claimant last spoke
 * (for "he added" with no date of its own).
 */
final class Discourse {
    final Set<String> introduced = new HashSet<>();
    final Map<String, ClaimDate> lastDate = new HashMap<>();
    @Nullable Claimant lastPerson;
    /** The texts of the sentences after the one being read, as far as {@link LaterCitations} looks ahead. */
    java.util.List<Sentence> nextSentences = java.util.List.of();
    int lastPersonSentence = -1;
    /** The claimant of the latest attributed figure: "the State Department spokesman said ... He also said ...". */
    @Nullable Claimant lastSpeaker;
    int lastSpeakerSentence = -1;
    @Nullable Claimant lastBody;
    /** Round 65: the party that last put out a video or pictures, for "The video claims ..." after it. */
    PostedMaterial.@Nullable Poster poster;
    /** The official body named last: "the agency", "the ministry" refer to it even when a group was named since. */
    @Nullable Claimant lastOfficialBody;
    /** The last body named in the singular (an agency, a ministry, "South Korea's military"): who "it" can be. */
    @Nullable Claimant lastSingularBody;
    @Nullable ClaimDate lastClaimDate;
    /**
     * The sentence stands under a background heading ("Background:", "Recall"; see {@link BackgroundSections}): what
     * it reports was said before, on no date the text gives unless it gives one.
     */
    boolean inBackground;
    /**
     * The claimant whose older, undated statement the sentence before reported, in the same paragraph ("Seoul's spy
     * agency had assessed earlier that ..."), or null; {@link #earlierStatementNow} is the sentence being read's.
     */
    @Nullable String earlierStatementBefore;
    @Nullable String earlierStatementNow;
    /**
     * The claimant whose older, undated statement closed the paragraph just before, for the first sentence of a new
     * paragraph only ("The NIS had earlier assessed that ... // The agency estimated that about 300 were killed"); null
     * inside a paragraph. Only a claimant the new sentence does not name (an anaphor) goes on with it.
     */
    @Nullable String earlierStatementAcross;
    /**
     * The statement date that a date opening the sentence before, in the same paragraph, gave ("Last month the NIS
     * said ..."), or null; {@link #sceneDateNow} is the sentence being read's.
     */
    @Nullable ClaimDate sceneDateBefore;
    @Nullable ClaimDate sceneDateNow;
    /**
     * The date of a statement with no figure that the sentence before dated ("This was said on Wednesday by Austin"),
     * in any paragraph, or null; {@link #statementDatedNow} is the sentence being read's.
     */
    @Nullable ClaimDate statementDatedBefore;
    @Nullable ClaimDate statementDatedNow;
    /**
     * Round 56: the troops the article spoke of last are North Korea's: the headline or a sentence named North Korea and
     * no sentence since named another side's troops ("Russian soldiers"); see {@link CarriedTies}.
     */
    boolean northKoreasTroopsLast;
    /** The sentence just read opens with a quotation mark: its words may be the older statement's, speaker unnamed. */
    boolean quotationGoesOn;

    /**
     * Called before each sentence is read. An older, undated statement carries to the next sentence of its paragraph,
     * and on through a quotation that opens right after it ("As was reported earlier, Zelensky said ... \"Some 11,000
     * ... Some have fought,\" he said.") until the speaker is named.
     */
    void startSentence(boolean sameParagraph) {
        String carried = earlierStatementNow != null ? earlierStatementNow
                : quotationGoesOn ? earlierStatementBefore : null;
        earlierStatementBefore = sameParagraph ? carried : null;
        earlierStatementAcross = sameParagraph ? null : carried;
        earlierStatementNow = null;
        sceneDateBefore = sameParagraph ? sceneDateNow : null;
        sceneDateNow = null;
        statementDatedBefore = statementDatedNow;
        statementDatedNow = null;
    }

    /**
     * The date a quotation's figures take from the speaker named where it closes: none when that speaker's older,
     * undated statement is the one the quotation goes on with, else the date the speaker last spoke ({@link #dateOf}).
     */
    @Nullable ClaimDate quotationDateOf(Attribution attribution) {
        if (attribution.known() && attribution.claimant().id().equals(earlierStatementBefore)) {
            return ClaimDate.UNKNOWN;
        }
        return dateOf(attribution);
    }
    /** The claimant behind the last figure that reached us through a news outlet ("reports citing a US official"). */
    @Nullable Claimant lastRelayedClaimant;
    /**
     * The outlet that passed {@link #lastRelayedClaimant} on: its next report carries that source, and so does another
     * outlet of the press, but not an outlet that speaks for a party (KCNA).
     */
    @Nullable Claimant lastRelayingOutlet;
    /**
     * What a person passed on for an official body ("Park, after a briefing by the NIS"), by the person's id; a person
     * who has also given figures of their own is removed (null value), so only a pure relay carries on.
     */
    final Map<String, @Nullable Claimant> relayedBody = new HashMap<>();

    /**
     * "Park, after a briefing by the NIS, said ... Park told reporters ...": the body a pure relay speaks for. Only a
     * briefing ({@code briefing}: the sentence's relay is a briefing) makes one; "Zelensky, citing HUR" does not. A
     * relay named only as a group ("a South Korean lawmaker said ... following a briefing from the spy agency") passes
     * the body on to a person later named with that group as title ("South Korean lawmaker Lee told reporters ...":
     * {@code titleGroup}, the listed group named right before the person), unless that person has given figures of
     * their own.
     */
    Attribution throughRelay(Attribution who, boolean briefing, @Nullable String titleGroup) {
        Claimant c = who.claimant();
        if (who.relay() != null && (who.relay().kind() == Claimant.Kind.PERSON
                || who.relay().listed() && who.relay().kind() == Claimant.Kind.GROUP)
                && c.kind() == Claimant.Kind.OFFICIAL_BODY) {
            if (briefing && !relayedBody.containsKey(who.relay().id())) {
                relayedBody.put(who.relay().id(), c);
            }
            return who;
        }
        boolean titleOnly = who.relay() != null && titleGroup != null && who.relay().id().equals(titleGroup);
        if (who.relay() != null && !titleOnly || c.kind() != Claimant.Kind.PERSON) {
            return who; // the title before a name ("South Korean lawmaker Lee") may be read as its relay: it is none
        }
        Claimant body = relayedBody.get(c.id());
        if (body == null && !relayedBody.containsKey(c.id()) && titleGroup != null) {
            body = relayedBody.get(titleGroup);
        }
        if (body == null) {
            relayedBody.put(c.id(), null);
            return who;
        }
        return new Attribution(body, c, who.anchor(), who.verb(), who.nameEnd())
                .doubted("source from the same speaker's earlier briefing", c.name());
    }

    /** The article's words of the sentence just read. */
    @Nullable String previousQuote;
    int lastTopicParagraph = -1;
    int lastTopicSentence = -2;
    /**
     * Round 49: the article's title names North Korea ("Second batch of North Korean soldiers reaches Russia"), so an
     * epithet in the body refers back to it from the lede on ("Seoul says the North's contingent has grown to 3,000").
     */
    boolean titleNamesTopic;
    /**
     * The metric of the last figure read, and its sentence: "Among them are 500 officers" right after it in the
     * paragraph names a part of that figure's troops, and "put the number at" may restate it (see
     * FigureReader.Context#metricBefore).
     */
    tally.model.@Nullable Metric lastFigureMetric;
    int lastFigureSentence = -2;
    int lastFigureParagraph = -1;
    /** The last sentence whose subject is North Korea by name ("Pyongyang has ..."): "It" in the next one is North Korea. */
    int topicSubjectSentence = -2;

    /** Who "he" or "she" most likely is: the person named last, unless a speaker has spoken since. */
    @Nullable Claimant personReferent() {
        if (lastSpeaker != null && lastSpeakerSentence > lastPersonSentence && lastSpeaker.kind() != Claimant.Kind.MEDIA) {
            return lastSpeaker;
        }
        return lastPerson;
    }

    void spoke(Attribution attribution, ClaimDate date, int sentence) {
        if (attribution.known()) {
            lastSpeaker = attribution.claimant();
            lastSpeakerSentence = sentence;
        }
        if (date.known() && date.basis() == tally.model.DateBasis.STATED) {
            lastDate.put(attribution.claimant().id(), date);
            if (attribution.relay() != null) {
                lastDate.put(attribution.relay().id(), date);
            }
            lastClaimDate = date;
        }
        if (attribution.relay() != null && attribution.relay().kind() == Claimant.Kind.MEDIA) {
            lastRelayedClaimant = attribution.claimant();
            lastRelayingOutlet = attribution.relay();
        }
    }

    /**
     * Round 64: a stated date of a source given in its own words ("one Ukrainian and two U.S. officials") is also the
     * date of each listed source whose name those words hold, unless that one already has a date of its own.
     */
    void spokeWithin(String words, String s, List<tally.config.ClaimantDirectory.Mention> mentions, ClaimDate date) {
        if (!date.known() || date.basis() != tally.model.DateBasis.STATED) {
            return;
        }
        for (tally.config.ClaimantDirectory.Mention m : mentions) {
            if (words.contains(s.substring(m.start(), m.end()))) {
                lastDate.putIfAbsent(m.id(), date);
            }
        }
    }

    @Nullable ClaimDate dateOf(Attribution attribution) {
        ClaimDate d = lastDate.get(attribution.claimant().id());
        if (d == null && attribution.relay() != null) {
            d = lastDate.get(attribution.relay().id());
        }
        return d;
    }
}
