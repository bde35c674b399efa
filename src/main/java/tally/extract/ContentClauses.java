package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * A nominal cue with a content clause: "It follows a statement by Zelensky earlier this week that nearly 3,000 North
 * Korean soldiers were killed", "a report by the NIS that ...", "the NIS's assessment that ...", "a news report that
 * ..., Yonhap reported". A figure inside the clause after "that" belongs to the noun's source (the phrase after "by",
 * "from" or "of", a possessive before the noun, or a modified noun phrase the directory lists, "a news report" being
 * one of the news reports; "reports that", plural, are the unnamed news reports when no one else in the sentence
 * speaks), and the noun is where its date is looked for, so the noun's own date words ("earlier this week") date it. Whoever speaks outside the clause ("..., Yonhap reported") relays it. The nouns are the lexicon's
 * contentNouns: "the fact that", "so that" or a relative "the troops that ..." are none; a cue verb inside the clause
 * ("a report that the NIS said 300 ...") governs the figure itself.
 */
final class ContentClauses {

    private static final String THAT = " that ";
    /**
     * Between the noun and "that": "by|from|of X" and its date words, or only date words, or a copula ("the NIS's
     * assessment is that", round 43), or nothing.
     */
    private static final Pattern GAP = Pattern.compile(
            "(?i)\\s*(?:(?:by|from|of)\\s+(?<source>[^,;:\"()]{2,80}?)|(?:is|was|remains)\\b)?\\s*");
    /** "the NIS's", "Zelensky's": a possessive right before the noun, perhaps with one modifier between. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['\u2019]s|s['\u2019])\\s+(?:[\\p{Ll}-]+\\s+)?$");
    /** The noun's determiner and up to two modifiers before it: "a news", "the latest". */
    private static final Pattern NOUN_PHRASE = Pattern.compile("(?i)\\b(?:a|an|the|new|earlier|recent)\\b(?:\\s+[\\p{L}-]+){0,2}\\s+$");

    private final PhraseMatcher nouns;
    private final PhraseMatcher audienceVerbs;
    private final PhraseMatcher relayMarkers;
    private final java.util.Set<String> informationHeads;
    private final ClaimantDirectory directory;

    ContentClauses(CompiledLexicon lex, ClaimantDirectory directory) {
        this.nouns = lex.contentNouns;
        this.audienceVerbs = lex.audienceVerbs;
        this.relayMarkers = lex.relayMarkers;
        this.informationHeads = CompiledLexicon.lowerCased(lex.informationHeads);
        this.directory = directory;
    }

    /**
     * {@code who} unchanged unless the figure at {@code figure} of {@code s} stands in the content clause of a
     * statement noun whose source can be named; then that source, with {@code who}'s claimant (when another one,
     * speaking outside the clause) as the relay.
     */
    Attribution refine(String s, List<ClaimantDirectory.Mention> mentions, List<DateMention> dates, int figure,
                       Attribution who) {
        Attribution of = reportsOf(s, mentions, figure, who);
        if (of != null) {
            return of;
        }
        int that = s.lastIndexOf(THAT, figure);
        if (that < 0 || who.anchor() > that && who.anchor() < figure) {
            return who;
        }
        String clause = s.substring(that + THAT.length(), figure);
        if (clause.indexOf('"') >= 0 || clause.contains(THAT) || citingClause(clause)) {
            return who;
        }
        for (PhraseMatcher.Hit noun : nouns.find(s, Math.max(0, that - 120), that)) {
            Attribution found = source(s, mentions, dates, noun, that, who);
            if (found != null) {
                return found;
            }
        }
        return toldBy(s, mentions, dates, that, who);
    }

    /**
     * "according to a report by the WSJ that cited US officials, 10,000 ..." (round 43): a "that" whose clause opens
     * with a verb of citing is a relative pronoun, and its clause names who the noun's source relied on; the figure
     * after its comma is no content of the noun, and the finder's reading (the cited source, the outlet relaying) stands.
     */
    private boolean citingClause(String clause) {
        return clause.indexOf(',') > 0 && relayMarkers.find(clause).stream().anyMatch(h -> h.start() == 0
                && (SourcePhrases.RELAYING.contains(h.phrase()) || CitedSources.RELATIVE_RELAYS.contains(h.phrase())));
    }

    /**
     * "Lawmakers have been told by the spy chief that ...", "the committee was briefed by the GUR that ...": the
     * passive of an audience verb names its speaker after "by", and its content after "that" is that speaker's; the
     * audience only passes it on. Only a source the directory lists is taken.
     */
    private Attribution toldBy(String s, List<ClaimantDirectory.Mention> mentions, List<DateMention> dates, int that,
                               Attribution who) {
        for (PhraseMatcher.Hit verb : audienceVerbs.find(s, Math.max(0, that - 120), that)) {
            // the cheap checks first: "by" right after the verb, a "be" or "-ly" word before it, then the expression
            int from = Math.max(0, verb.start() - 20);
            if (!s.startsWith(" by ", verb.end()) || !Predicates.endsLikePassive(s, from, verb.start())
                    || !Predicates.PASSIVE_BEFORE.matcher(s.substring(from, verb.start())).find()) {
                continue;
            }
            Attribution found = source(s, mentions, dates, verb, that, who);
            if (found != null && found.claimant().listed()) {
                return found;
            }
        }
        return who;
    }

    private @Nullable Attribution source(String s, List<ClaimantDirectory.Mention> mentions, List<DateMention> dates,
                                         PhraseMatcher.Hit noun, int that, Attribution who) {
        int gapEnd = that;
        for (DateMention d : dates) { // the noun's own date words close the gap: "a statement by X earlier this week"
            if (d.start() >= noun.end() && d.end() <= that && s.substring(d.end(), that).isBlank()) {
                gapEnd = d.start();
            }
        }
        Matcher gap = GAP.matcher(s).region(noun.end(), gapEnd);
        if (!gap.matches()) {
            return null;
        }
        Claimant source;
        int nameEnd;
        if (gap.group("source") != null) {
            int start = gap.start("source");
            int end = gap.end("source");
            ClaimantDirectory.Mention named = mentions.stream()
                    .filter(m -> m.start() >= start && m.end() <= end).findFirst().orElse(null);
            source = named != null ? directory.require(named.id())
                    : Claimant.unlisted(s.substring(start, end).strip(), Claimant.Kind.GROUP);
            nameEnd = named != null ? named.end() : end;
        } else {
            String before = s.substring(Math.max(0, noun.start() - 60), noun.start());
            ClaimantDirectory.Mention owner = POSSESSIVE.matcher(before).find() ? mentions.stream()
                    .filter(m -> m.end() <= noun.start() && noun.start() - m.end() <= 20
                            && POSSESSIVE.matcher(s.substring(m.end(), noun.start())).matches())
                    .findFirst().orElse(null) : null;
            if (owner != null) {
                source = directory.require(owner.id());
            } else if (who.known() && who.anchor() >= 0 && who.anchor() < noun.start()) {
                return null; // "the NIS said in a report that ...": the speaker's own report
            } else {
                source = listedPhrase(before, noun.phrase(), !who.known());
                if (source == null) {
                    return null;
                }
            }
            nameEnd = noun.end();
        }
        Claimant relay = who.known() && !who.claimant().equals(source) ? who.claimant() : null;
        return new Attribution(source, relay, noun.start(), noun.phrase(), nameEnd);
    }

    /** The claimant the directory lists under exactly these words, or null. */
    private @Nullable Claimant whole(String words) {
        List<ClaimantDirectory.Mention> found = directory.claimants(words);
        return found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == words.length()
                ? directory.require(found.get(0).id()) : null;
    }

    private static final String OF = " of ";

    /**
     * "in line with South Korean reports of 15,000 North Korean troops": a figure right after a statement noun's "of"
     * is what the reports say, and a listed name that ends with the noun is their source (when no one in the sentence
     * speaks). "estimates of 10,000" with no listed name stays as it was.
     */
    private @Nullable Attribution reportsOf(String s, List<ClaimantDirectory.Mention> mentions, int figure,
                                            Attribution who) {
        if (who.known() || figure < OF.length() || !s.startsWith(OF, figure - OF.length())) {
            return null;
        }
        int nounEnd = figure - OF.length();
        Attribution owned = ownersFigure(s, mentions, nounEnd);
        if (owned != null) {
            return owned;
        }
        for (PhraseMatcher.Hit noun : nouns.find(s, Math.max(0, nounEnd - 20), nounEnd)) {
            if (noun.end() != nounEnd) {
                continue;
            }
            for (ClaimantDirectory.Mention m : mentions) {
                Claimant named = directory.require(m.id());
                if (m.start() <= noun.start() && m.end() == noun.end() && named.kind() == Claimant.Kind.MEDIA) {
                    return new Attribution(named, null, noun.start(), noun.phrase(), noun.end());
                }
            }
        }
        return null;
    }

    /**
     * "Budanov's figure of 300", "the NIS's estimate of 11,000" (round 43): a statement or figure noun (lexicon
     * contentNouns or informationHeads) right before the figure's "of", owned by a listed name, is that owner's word.
     */
    private @Nullable Attribution ownersFigure(String s, List<ClaimantDirectory.Mention> mentions, int nounEnd) {
        int nounStart = nounEnd;
        while (nounStart > 0 && Character.isLetter(s.charAt(nounStart - 1))) {
            nounStart--;
        }
        String noun = s.substring(nounStart, nounEnd).toLowerCase(Locale.ROOT);
        if (noun.isEmpty() || !informationHeads.contains(noun) && nouns.find(noun).isEmpty()) {
            return null;
        }
        for (ClaimantDirectory.Mention m : mentions) {
            if (m.end() <= nounStart && nounStart - m.end() <= 20
                    && POSSESSIVE.matcher(s.substring(m.end(), nounStart)).matches()) {
                return new Attribution(directory.require(m.id()), null, nounStart, noun, m.end());
            }
        }
        return null;
    }

    /** "a news report" is one of the listed news reports: the noun phrase, or its plural, is a directory alias. */
    private @Nullable Claimant listedPhrase(String before, String noun, boolean noSpeaker) {
        Matcher np = NOUN_PHRASE.matcher(before);
        String modifiers = np.find() ? before.substring(np.start()).replaceFirst("(?i)^(?:a|an|the)\\s+", "") : "";
        if (modifiers.isBlank()) {
            // "amid reports that ...": a bare plural the directory lists is its unnamed news reports when no one in
            // the sentence speaks; a bare "a report that" names no one
            return noSpeaker && noun.endsWith("s") ? whole(noun) : null;
        }
        String lower = noun.toLowerCase(Locale.ROOT);
        for (String words : List.of(modifiers + noun, modifiers + lower + "s")) {
            Claimant listed = whole(words);
            if (listed != null) {
                return listed;
            }
        }
        return noSpeaker && noun.endsWith("s") ? whole(noun) : null;
    }
}
