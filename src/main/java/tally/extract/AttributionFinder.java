package tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * Finds who a figure is attributed to, from the sentence's structure: a claimant tied to a speech verb ("X said",
 * "said X", "according to X", "X, who heads Y, said", "X: ..."), relays ("citing X", "after a briefing by X", a news
 * outlet reporting what someone said), quotations (the speaker inside a quote is the source, the one outside relays)
 * and pronouns ("according to him", "it added") resolved against the article so far.
 */
final class AttributionFinder {

    /** A claimant named in the sentence and, when a speech verb is tied to it, where that verb stands. */
    private record Named(Claimant claimant, int start, int end, int verbStart, int verbEnd, @Nullable String verb) {
        boolean attached() {
            return verb != null;
        }

        int anchor() {
            return attached() ? verbStart : start;
        }
    }

    private static final int VERB_AFTER = 90;
    /** "said the NIS", "said Budanov": between an inverted verb and its subject stands at most an article. */
    private static final Pattern INVERTED = Pattern.compile("(?i)^\\s*(?:the\\s+|a\\s+|an\\s+)?$");
    private static final java.util.Set<String> RELAY_VERBS = java.util.Set.of("citing", "quoting", "cited");
    /**
     * What may stand between a name and a name in apposition to it: a relative, an article, a relay, a possessor, or a
     * title's head with its preposition and no article ("Kyrylo Budanov, head of Ukraine's military intelligence").
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "^(?:,\\s*(?:who|which|that|the|a|an|citing|quoting|\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?'s"
            + "|\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*){0,2}\\s+(?:of|for|at))\\b[^;]*"
            + "|\\s*\\(.*|\\s*)$");
    private static final Pattern BEFORE_ACCORDING = Pattern.compile("^\\s*(?:the|a|an)?\\s*[\\p{L}'\\-. ]{0,55}$");
    /** "He also said", "she further noted": adverbs between the pronoun and its verb. */
    static final Pattern TRAILING_ADVERBS = Pattern.compile("(?i)(?:\\s*\\b(?:also|further|then|later|again|additionally|separately|previously|earlier|once more))+\\s*$");

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final Clauses clauses;
    /** "the " and each body head, joined once: {@link #definiteBody} runs for every pronoun cue. */
    private final List<String> theBodyHeads;
    private final java.util.Set<String> sourceHeads;
    private final java.util.Set<String> staff;

    AttributionFinder(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.clauses = new Clauses(lex.clauseBreaks);
        this.theBodyHeads = lex.bodyHeads.stream().map(h -> "the " + h).toList();
        this.sourceHeads = CompiledLexicon.lowerCased(lex.sourceHeads);
        this.staff = lex.spokesWords;
    }

    /** Everyone the sentence names, for the discourse and for choosing; short names only once introduced. */
    List<ClaimantDirectory.Mention> mentions(String s, Discourse discourse) {
        List<ClaimantDirectory.Mention> full = directory.claimants(s);
        full.forEach(m -> discourse.introduced.add(m.id()));
        List<ClaimantDirectory.Mention> all = new ArrayList<>(full);
        for (ClaimantDirectory.Mention shortName : directory.shortNames(s, discourse.introduced)) {
            if (full.stream().noneMatch(f -> f.start() < shortName.end() && shortName.start() < f.end())) {
                all.add(shortName);
            }
        }
        all.sort(Comparator.comparingInt(ClaimantDirectory.Mention::start));
        java.util.regex.Matcher dateline = DATELINE.matcher(s);
        if (s.indexOf('(') >= 0 && dateline.lookingAt()) { // a dateline has its wire in brackets
            int end = dateline.end();
            all.removeIf(m -> m.start() < end);
        }
        return all;
    }

    /**
     * A wire story's dateline ("SEOUL, Nov. 4 (Yonhap) --", "Seoul, Feb 19 (EFE).-", "KYIV (Reuters) -"): the city
     * is where it was filed and the agency who filed it, neither of them a source of what follows.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{L}.' -]{1,30}?(?:,\\s*[\\p{L}.]+\\.?\\s*\\d{1,2})?\\s*\\([^()]{2,30}\\)\\s*\\.?\\s*(?:-{1,2}|\u2013|\u2014)\\s*");

    Attribution find(String s, List<ClaimantDirectory.Mention> mentions, int figureStart, Discourse discourse) {
        List<Named> named = attach(s, mentions, discourse).stream()
                .map(n -> n.attached() && (CueScope.cueOfAnotherClause(s, figureStart, n.verbStart(), n.verbEnd())
                        || CueScope.acrossRelativeClause(s, n.start(), figureStart)
                        || CueScope.inApposedNounClause(s, figureStart, n.start(), lex.informationHeads))
                        ? new Named(n.claimant(), n.start(), n.end(), -1, -1, null) : n)
                .toList();
        int[] quote = quoteAround(s, figureStart);
        List<Named> clause = sameClause(s, named, figureStart, quote);
        Named chosen = choose(clause, figureStart, quote);
        Named speaker = chosen == null ? null : speakerBeforeAside(s, named, chosen);
        if (speaker != null) {
            return new Attribution(speaker.claimant(), chosen.claimant(), speaker.anchor(), speaker.verb(), speaker.end());
        }
        Named passedOn = chosen == null ? null : sourceBeforeRelayAside(s, named, chosen);
        if (passedOn != null) {
            return new Attribution(passedOn.claimant(), chosen.claimant(), chosen.anchor(), chosen.verb(), chosen.end());
        }
        Named source = relaySource(s, named, chosen);
        if (source != null && chosen != null && quotedSpeakerAfterCitation(quote, source, chosen)) {
            return new Attribution(chosen.claimant(), source.claimant(), chosen.anchor(), chosen.verb(), chosen.end());
        }
        if (chosen == null && source == null) {
            return pronoun(s, discourse);
        }
        if (source != null) {
            Claimant relay = chosen != null && !chosen.claimant().equals(source.claimant()) ? chosen.claimant() : null;
            int anchor = chosen != null ? chosen.anchor() : source.start();
            // The date of a relayed claim follows the speaker's verb ("citing X, said on Monday") or the source
            // ("who was briefed by X last week"): the later of the two names is where it is looked for.
            int nameEnd = chosen != null ? Math.max(chosen.end(), source.end()) : source.end();
            return new Attribution(source.claimant(), relay, anchor, chosen != null ? chosen.verb() : "citing", nameEnd);
        }
        Claimant together = coordinated(s, chosen, named);
        if (together != null) {
            return new Attribution(together, null, chosen.anchor(), chosen.verb(), chosen.end());
        }
        return withRelay(s, chosen, clause, named, quote, discourse, figureStart);
    }

    private static final Pattern AND_THE = Pattern.compile("(?i)^\\s+and\\s+(?:the\\s+)?");
    /** Between a speaker's verb and an "according to" set off after it: a comma, perhaps a day before it. */
    private static final Pattern ASIDE_OPENS = Pattern.compile("(?i)^(?:\\s+on\\s+\\p{L}+)?\\s*,\\s*$");

    /**
     * "The NIS estimated, according to lawmakers, that 300 ..." (round 41): an "according to" set off by commas right
     * after another speaker's verb says who passed that speaker's word on; the speaker is the source and the name in
     * the aside its relay, though the aside stands nearer the figure.
     */
    private static @Nullable Named speakerBeforeAside(String s, List<Named> named, Named chosen) {
        if (!"according to".equals(chosen.verb()) || chosen.verbStart() < 0 || !s.startsWith(",", chosen.end())) {
            return null;
        }
        for (Named n : named) {
            if (n.attached() && n != chosen && !"according to".equals(n.verb()) && n.verbEnd() <= chosen.verbStart()
                    && !n.claimant().equals(chosen.claimant()) && n.end() <= n.verbStart()
                    && ASIDE_OPENS.matcher(s.substring(n.verbEnd(), chosen.verbStart())).matches()) {
                return n;
            }
        }
        return null;
    }

    /**
     * Round 49: "The NIS, as relayed by lawmaker Park, forecasts ...", "The NIS, through lawmaker Lee, puts ...",
     * "according to the NIS as cited by lawmaker Lee": the name chosen for the cue stands in an aside of passing on,
     * right after another name, which is the source; the chosen name only relays it.
     */
    private static @Nullable Named sourceBeforeRelayAside(String s, List<Named> named, Named chosen) {
        for (Named n : named) {
            if (n != chosen && n.end() <= chosen.start() && !n.claimant().equals(chosen.claimant())
                    && RELAY_ASIDE.matcher(s.substring(n.end(), chosen.start())).matches()) {
                return n;
            }
        }
        return null;
    }

    /** ", as relayed by lawmaker ", " through ", ", via the": an aside of passing on and up to two words of title. */
    private static final Pattern RELAY_ASIDE = Pattern.compile("(?i)\\s*,?\\s*(?:as\\s+(?:relayed|cited|quoted|conveyed)"
            + "\\s+by|through|via)\\s+(?:[\\p{L}.-]+\\s+){0,2}");

    /**
     * "President Zelenskyy and the Security Service of Ukraine announced": two named parties joined by "and" as the
     * subject of one cue are one source in the article's words, neither of them alone (and no listed id).
     */
    private @Nullable Claimant coordinated(String s, Named chosen, List<Named> named) {
        if (chosen.verbStart() <= chosen.end()) {
            return null;
        }
        String between = s.substring(chosen.end(), chosen.verbStart());
        java.util.regex.Matcher and = AND_THE.matcher(between);
        if (!and.lookingAt() || between.contains(",")) {
            return null;
        }
        int otherStart = chosen.end() + and.end();
        String other = s.substring(otherStart, chosen.verbStart()).strip();
        boolean anotherNamed = named.stream().anyMatch(n -> n.start() == otherStart && n.end() <= chosen.verbStart()
                && !n.claimant().equals(chosen.claimant()));
        // Another party, listed or not: a name ("the Security Service of Ukraine") or a source noun ("officials").
        boolean another = anotherNamed || !other.isEmpty() && Character.isUpperCase(other.charAt(0))
                || lex.sourceHeads.stream().anyMatch(h -> other.toLowerCase(java.util.Locale.ROOT).endsWith(" " + h)
                || other.equalsIgnoreCase(h));
        return another && other.split("\\s+").length <= 8
                ? Claimant.unlisted(s.substring(chosen.start(), chosen.verbStart()).strip(), Claimant.Kind.GROUP) : null;
    }

    /**
     * "According to BBC security correspondent Frank Gardner": the outlet's name modifies one of its own people, named
     * (a source noun of the lexicon within its next three lower-case words, then a capitalised name), who speaks in
     * the outlet's own voice and passes on no earlier source.
     */
    private boolean staffOf(String s, Named outlet) {
        String[] after = s.substring(outlet.end(), Math.min(s.length(), outlet.end() + 40)).strip().split("[\\s,]+");
        for (int i = 0; i < Math.min(3, after.length); i++) {
            String w = after[i];
            if (w.isEmpty() || !w.chars().allMatch(Character::isLowerCase)) {
                return false;
            }
            if (lex.sourceHeads.contains(w)) {
                // a named person follows ("correspondent Frank Gardner"), not the verb ("the news agency wrote")
                return i + 1 < after.length && !after[i + 1].isEmpty() && Character.isUpperCase(after[i + 1].charAt(0));
            }
        }
        return false;
    }

    /** A listed outlet of a party other than the press (KCNA for North Korea): it speaks for that party. */
    private boolean partyVoice(Claimant outlet) {
        String party = outlet.listed() ? directory.partyOf(outlet.id()) : null;
        return party != null && !party.equals(PRESS);
    }

    /** The party of the independent press in {@code claimants.json}. */
    private static final String PRESS = "media";

    /**
     * @param clause the names of the figure's own clause when any of them has a cue there: a source the press passes
     *               on is looked for among them ("Earlier reports indicated that 11,000 ...; now, US intelligence
     *               suggest ..." is the reports' word, not US intelligence's)
     */
    private Attribution withRelay(String s, Named chosen, List<Named> clause, List<Named> named,
                                  int @Nullable [] quote, Discourse discourse, int figureStart) {
        if (chosen.claimant().kind() == Claimant.Kind.MEDIA) {
            Named other = clause.stream().filter(n -> n.claimant().kind() != Claimant.Kind.MEDIA && n.attached())
                    .findFirst().orElse(null);
            if (other != null) {
                return new Attribution(other.claimant(), chosen.claimant(), other.anchor(), other.verb(), other.end());
            }
            // "news reports citing a US official ... Reuters reported": the press passes the source on, but an outlet
            // that speaks for a party ("state media KCNA reported", after Yonhap's report of the NIS) gives its own word
            if (discourse.lastRelayedClaimant != null && !staffOf(s, chosen)
                    && (chosen.claimant().equals(discourse.lastRelayingOutlet) || !partyVoice(chosen.claimant()))) {
                return new Attribution(discourse.lastRelayedClaimant, chosen.claimant(), chosen.anchor(), chosen.verb())
                        .doubted("source carried from an earlier press report in the article", null);
            }
            return new Attribution(chosen.claimant(), null, chosen.anchor(), chosen.verb());
        }
        Named relay = named.stream()
                .filter(n -> n.attached() && !n.claimant().equals(chosen.claimant()))
                .filter(n -> n.claimant().kind() == Claimant.Kind.MEDIA || quote != null && !inside(quote, n.verbStart()))
                .findFirst().orElse(null);
        if (relay != null && ownParticiple(s, chosen, relay, figureStart)) {
            return new Attribution(relay.claimant(), null, relay.anchor(), relay.verb(), relay.end());
        }
        return new Attribution(chosen.claimant(), relay == null ? null : relay.claimant(), chosen.anchor(), chosen.verb(),
                chosen.end());
    }

    /**
     * "Austin voiced concern over reports suggesting that 10,000 ...": the press named right before a participle of
     * report ("suggesting", "indicating") after the speaker's verb and before the figure is that participle's subject,
     * so the figure in its content is the reports' word; the speaker only speaks of them and passes nothing on (round
     * 33). "Austin said, according to reports, that ..." keeps Austin with the press as his relay.
     */
    private static boolean ownParticiple(String s, Named speaker, Named press, int figureStart) {
        return press.claimant().kind() == Claimant.Kind.MEDIA && press.verb() != null && press.verb().endsWith("ing")
                && press.verbStart() > speaker.anchor() && press.verbStart() < figureStart
                && press.end() <= press.verbStart() // "citing ... KCNA": a cue before the name is no participle of it
                && s.substring(press.end(), press.verbStart()).isBlank();
    }

    /**
     * "The South Korean lawmaker" after "South Korean lawmaker Lee Seong-kweun" is Lee: a definite, singular group
     * name refers back to the person of that side the article named last.
     */
    private Claimant referent(String s, ClaimantDirectory.Mention m, Claimant named, Discourse discourse) {
        Claimant person = discourse.lastPerson;
        if (named.kind() != Claimant.Kind.GROUP || person == null || s.charAt(m.end() - 1) == 's') {
            return named;
        }
        String before = s.substring(Math.max(0, m.start() - 4), m.start());
        boolean definite = before.equalsIgnoreCase("the ") || before.endsWith("The ") || before.endsWith("the ");
        boolean sameSide = Objects.equals(directory.partyOf(named.id()), directory.partyOf(person.id()));
        return definite && sameSide ? person : named;
    }

    /** The attached claimant nearest the figure; inside a quotation, a speaker named within the quotation wins. */
    private static @Nullable Named choose(List<Named> named, int figureStart, int @Nullable [] quote) {
        List<Named> attached = named.stream().filter(Named::attached).toList();
        if (quote != null) {
            List<Named> inner = attached.stream().filter(n -> inside(quote, n.verbStart())).toList();
            if (!inner.isEmpty()) {
                attached = inner;
            }
        }
        List<Named> nonMedia = attached.stream().filter(n -> n.claimant().kind() != Claimant.Kind.MEDIA).toList();
        List<Named> pool = nonMedia.isEmpty() ? attached : nonMedia;
        return pool.stream().min(Comparator.comparingInt((Named n) -> distance(n, figureStart))
                .thenComparingInt(n -> specificity(n.claimant().kind()))).orElse(null);
    }

    /**
     * "Zelenskyy has put the toll at 4,000, while US officials say ...": a speaker in the figure's own clause is
     * preferred to one in another clause; with none there, any may speak for it. Quotations are left to
     * {@link #choose}, since a quote's speaker stands outside it.
     */
    private List<Named> sameClause(String s, List<Named> named, int figureStart, int @Nullable [] quote) {
        if (quote != null) {
            return named;
        }
        int from = clauses.before(s, figureStart);
        int to = clauses.after(s, figureStart);
        List<Named> inside = named.stream().filter(n -> n.attached() && n.verbStart() >= from && n.verbStart() < to)
                .toList();
        return inside.isEmpty() ? named : inside;
    }

    /**
     * "The agency reports citing CNN: "... 11,000 ...," Zelensky told reporters": the citation stands before the
     * quotation opens and the speaker's verb after it closes, so the quoted speaker is the source and the cited outlet
     * only passed the quotation on (round 37).
     */
    private static boolean quotedSpeakerAfterCitation(int @Nullable [] quote, Named source, Named chosen) {
        return quote != null && source.end() <= quote[0] && chosen.attached() && chosen.verbStart() >= quote[1]
                && chosen.start() >= quote[1];
    }

    /** "citing X", "after a briefing by X": X is the source and whoever speaks only relays it. */
    private @Nullable Named relaySource(String s, List<Named> named, @Nullable Named chosen) {
        for (PhraseMatcher.Hit marker : lex.relayMarkers.find(s)) {
            if (passiveRelay(s, marker)) {
                continue;
            }
            for (Named n : named) {
                if (n.start() >= marker.end() && n.start() - marker.end() <= 30
                        && BEFORE_ACCORDING.matcher(s.substring(marker.end(), n.start())).matches()
                        && (chosen == null || !n.claimant().equals(chosen.claimant()))) {
                    return n;
                }
            }
        }
        return null;
    }

    private static final Pattern BY_AFTER = Pattern.compile("^\\s+by\\b");

    /**
     * "the NIS said, cited by AFP", "Singh, quoted by Ukrinform": "cited by" and "quoted by" are passives whose agent
     * passed the claim on; unlike "citing X" or "briefed by X", the name after them is the relay, never the source.
     */
    private static boolean passiveRelay(String s, PhraseMatcher.Hit marker) {
        return (marker.phrase().equals("cited") || marker.phrase().equals("quoted"))
                && BY_AFTER.matcher(s.substring(marker.end())).find();
    }

    private static final java.util.Set<String> TRAILING_ADVERB_ENDS = java.util.Set.of("also", "further", "then", "later",
            "again", "additionally", "separately", "previously", "earlier", "more");

    /**
     * Whether the window's last letters are one of {@link #TRAILING_ADVERBS}' words: the pattern is anchored at the end,
     * so the regex engine tries it from every character of the window, and for most speech verbs nothing is there.
     */
    static boolean endsWithAdverb(String window) {
        int end = WindowEnds.trimEnd(window, window.length());
        int start = WindowEnds.wordStart(window, end, Character::isLetter);
        return end - start >= 4 && end - start <= 12
                && TRAILING_ADVERB_ENDS.contains(window.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    private Attribution pronoun(String s, Discourse discourse) {
        for (PhraseMatcher.Hit verb : lex.speechVerbs.find(s)) {
            String window = s.substring(Math.max(0, verb.start() - 40), verb.start());
            String before = endsWithAdverb(window) ? TRAILING_ADVERBS.matcher(window).replaceFirst(" ") : window;
            // "..., saying they had turned out to be easy targets": a participle's own subject is the clause's before
            // it, so a pronoun after it opens what was said and names no speaker ("said he" is inverted; "saying he" not)
            String after = verb.phrase().endsWith("ing") ? "" : s.substring(verb.end(), Math.min(s.length(), verb.end() + 16));
            Claimant person = discourse.personReferent();
            if (person != null && person.kind() != Claimant.Kind.PERSON && namesARole(before, after)) {
                person = discourse.lastPerson; // "the leader said" is a person, though "he said" may be a body's spokesman
            }
            if (person != null && (endsWithWord(lex.personPronouns, before) || startsWithWord(lex.personPronouns, after))) {
                Attribution inner = innerBody(s, verb, person, discourse);
                if (inner != null) {
                    return inner;
                }
                return new Attribution(person, null, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb,
                                endsWithWord(lex.personPronouns, before)));
            }
            Claimant body = definiteBody(before, after) && discourse.lastOfficialBody != null
                    ? discourse.lastOfficialBody
                    : singular(before, after) && discourse.lastSingularBody != null
                    ? discourse.lastSingularBody : discourse.lastBody;
            if (body != null && (endsWithWord(lex.bodyPronouns, before) || startsWithWord(lex.bodyPronouns, after))) {
                return new Attribution(body, null, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb,
                                endsWithWord(lex.bodyPronouns, before)));
            }
        }
        return possessiveFrame(s, discourse);
    }

    /**
     * Round 60: "By his count, 3,000 ...", "In its assessment, 11,000 ...", "..., by his count.": a statement noun (the
     * lexicon's informationHeads) owned by a pronoun, framing the clause as "by Budanov's count" does, or opening the
     * sentence as the subject of a speech verb ("His figures show ..."), names the person or body of the sentences
     * before; doubted, as "according to him" is.
     */
    private Attribution possessiveFrame(String s, Discourse discourse) {
        if (s.indexOf("his ") < 0 && s.indexOf("her ") < 0 && s.indexOf("its ") < 0 && !s.startsWith("His ")
                && !s.startsWith("Her ") && !s.startsWith("Its ")) {
            return Attribution.NONE;
        }
        java.util.regex.Matcher m = POSSESSIVE_FRAME.matcher(s);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4; // a frame ("By his count,") or a subject ("His figures show")
            if (!lex.informationHeads.contains(m.group(g + 2).toLowerCase(java.util.Locale.ROOT))
                    || g == 4 && lex.speechVerbs.find(s, m.end(), Math.min(s.length(), m.end() + 20)).stream()
                            .noneMatch(v -> v.start() == m.end())) {
                continue;
            }
            boolean person = !m.group(g + 1).equalsIgnoreCase("its");
            Claimant who = person ? discourse.personReferent()
                    : discourse.lastSingularBody != null ? discourse.lastSingularBody : discourse.lastBody;
            if (who != null) {
                return new Attribution(who, null, m.start(g), null)
                        .doubted("claimant from a previous sentence", s.substring(m.start(g), m.end(g + 2)));
            }
        }
        return Attribution.NONE;
    }

    private static final Pattern POSSESSIVE_FRAME = Pattern.compile(
            "(?:^|,\\s*)((?i:by|in)\\s+)((?i:his|her|its))\\s+(?:(?:own|latest|new|updated)\\s+)?(\\p{L}+)\\s*(?:[,:]|\\.?$)"
            + "|^()((?i:his|her|its))\\s+(?:(?:own|latest|new|updated)\\s+)?(\\p{L}+)\\s+(?=\\p{Ll})");

    /**
     * "He added that the agency estimated some 10,000" (round 48, whole articles): a definite body ("the agency", "the
     * ministry") reporting inside what the person says is the source the person passes on, as it is when the body is
     * named ("He added that the NIS estimated"); both are carried from earlier sentences, so the claimant is doubted.
     */
    private @Nullable Attribution innerBody(String s, PhraseMatcher.Hit outer, Claimant person, Discourse discourse) {
        Claimant body = discourse.lastOfficialBody;
        if (body == null || body.equals(person)) {
            return null;
        }
        for (PhraseMatcher.Hit verb : lex.speechVerbs.find(s, outer.end(), s.length())) {
            String window = s.substring(Math.max(outer.end(), verb.start() - 40), verb.start());
            if (endsWithWord(lex.bodyPronouns, window) && definiteBody(window, "")) {
                return new Attribution(body, person, verb.start(), verb.phrase())
                        .doubted("claimant from a previous sentence", pronounWords(s, verb, true));
            }
        }
        return null;
    }

    /**
     * "per CNN", "as per the NIS", and opening a sentence "Per Ukrainian intelligence, ...": "per" before a name is
     * "according to" (never "per day", "per cent", "Per capita").
     */
    private static final Pattern PER_SOURCE = Pattern.compile("\\b(?:[Aa]s per|[Pp]er) (?=(?:the )?\\p{Lu})");

    /**
     * Round 56: "will honour the estimated 600 soldiers", "an alleged 300": a participle between an article and a
     * number is the figure's attribute, no verb by which a name before it speaks ("raised the estimated casualties
     * to 4,000" keeps its cue: the participle there modifies a noun).
     */
    private static boolean attributive(String s, PhraseMatcher.Hit verb) {
        return verb.phrase().endsWith("ed") && verb.phrase().indexOf(' ') < 0
                && ARTICLE_BEFORE.matcher(s).region(Math.max(0, verb.start() - 5), verb.start()).find()
                && NUMBER_AFTER.matcher(s).region(verb.end(), s.length()).lookingAt();
    }

    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:the|an|a)\\s+$");
    private static final Pattern NUMBER_AFTER = Pattern.compile("\\s+\\d");

    private List<Named> attach(String s, List<ClaimantDirectory.Mention> mentions, Discourse discourse) {
        List<PhraseMatcher.Hit> verbs = new ArrayList<>(lex.speechVerbs.find(s));
        // most sentences hold no "per ", and the pattern would be tried at each of their places
        java.util.regex.Matcher per = PER_SOURCE.matcher(s.contains("per ") || s.startsWith("Per ") ? s : "");
        while (per.find()) {
            verbs.add(new PhraseMatcher.Hit("according to", per.start(), per.end() - 1));
        }
        verbs.removeIf(v -> !CueScope.reportsAnEstimate(s, v.phrase(), v.end()) || attributive(s, v));
        verbs.sort(Comparator.comparingInt(PhraseMatcher.Hit::start));
        List<Named> named = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            ClaimantDirectory.Mention m = mentions.get(i);
            Claimant c = referent(s, m, directory.require(m.id()), discourse);
            PhraseMatcher.Hit verb = isAudience(s, m) || objectOfDenial(s, m) || topicOrInterviewer(s, m)
                    || CueScope.placeOfAnother(s, m) && !CueScope.staffOf(s, m, staff)
                    || CueScope.servedByAnother(s, m, sourceHeads) || titleOfAName(s, m, verbs)
                    ? null : verbFor(s, mentions, i, verbs);
            if (verb == null && m.start() <= 3 && s.startsWith(":", m.end())) {
                verb = new PhraseMatcher.Hit(":", m.end(), m.end() + 1);
            }
            int label = verb == null ? soundbiteLabelEnd(s, m) : -1;
            if (label >= 0) {
                verb = new PhraseMatcher.Hit(":", label, label + 1);
            }
            named.add(verb == null ? new Named(c, m.start(), m.end(), -1, -1, null)
                    : new Named(c, m.start(), m.end(), verb.start(), verb.end(), verb.phrase()));
        }
        return named;
    }

    /** Two capitalised words, a comma, and perhaps an article: where an apposition after a full name opens. */
    private static final Pattern AFTER_A_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\\-]*\\s+\\p{Lu}[\\p{L}'\\-]*,\\s+(?:(?:a|an|the)\\s+)?$");

    /**
     * "Kim Min-seok, a lawmaker of the Democratic Party, said" (round 41): a listed group's name ("a lawmaker") in an
     * apposition set off by commas right after a name the directory does not list is that person's title; the person
     * speaks, read by {@link SourcePhrases} in their own words, not the whole group; a listed name ("Lee Sung-kwon,
     * a lawmaker, said") speaks by its own id.
     */
    private static boolean titleOfAName(String s, ClaimantDirectory.Mention m, List<PhraseMatcher.Hit> verbs) {
        int from = Math.max(0, m.start() - 40);
        if (m.start() < 3 || !AFTER_A_NAME.matcher(s).region(from, m.start()).find()) {
            return false;
        }
        int close = s.indexOf(',', m.end());
        // the apposition closes before the verb it is the subject of ("..., a lawmaker of the party, said")
        return close > 0 && close - m.end() <= 60 && s.substring(m.end(), close).indexOf('"') < 0
                && verbs.stream().filter(v -> v.start() >= m.end()).findFirst().map(v -> v.start() > close).orElse(false);
    }

    /** How far a broadcast transcript's soundbite label may run: a name, a slash and a title. */
    private static final int LABEL_REACH = 90;

    /**
     * A broadcast transcript's soundbite label, "[Name/Title: "quoted words"]": the bracket opens the sentence and the
     * label ends at the colon before the quotation, so a name in the label is the speaker of the quotation. Returns
     * where that colon stands, or -1.
     */
    private static int soundbiteLabelEnd(String s, ClaimantDirectory.Mention m) {
        if (s.isEmpty() || s.charAt(0) != '[' || m.start() > LABEL_REACH) {
            return -1;
        }
        int colon = s.indexOf(':', m.end());
        if (colon < 0 || colon > LABEL_REACH) {
            return -1;
        }
        for (int i = 1; i < colon; i++) {
            if ("]\"\u201c\u201d".indexOf(s.charAt(i)) >= 0) {
                return -1; // the bracket closed, or a quotation opened, before the colon: no label
            }
        }
        String after = s.substring(colon + 1).stripLeading();
        return after.startsWith("\"") || after.startsWith("\u201c") ? colon : -1;
    }

    private PhraseMatcher.@Nullable Hit verbFor(String s, List<ClaimantDirectory.Mention> mentions, int index,
                                                List<PhraseMatcher.Hit> verbs) {
        ClaimantDirectory.Mention m = mentions.get(index);
        for (PhraseMatcher.Hit v : verbs) {
            boolean according = v.phrase().equals("according to") || v.phrase().equals("citing") || v.phrase().equals("cited");
            if (according && v.end() <= m.start() && m.start() - v.end() <= 60
                    && BEFORE_ACCORDING.matcher(s.substring(v.end(), m.start())).matches()
                    && !audienceOfTheNoun(s.substring(v.end(), m.start()))) {
                return v;
            }
            // "..., said the NIS" is inverted; in "Zelensky said the NIS told him" the verb has its own subject, and
            // in "Shoigu said Kim had decided" (no comma or quote before the verb) Kim is the subject of what follows.
            if (!according && v.end() <= m.start() && m.start() - v.end() <= 6 && !hasSubject(mentions, v)
                    && INVERTED.matcher(s.substring(v.end(), m.start())).matches() && afterQuoteOrComma(s, v.start())) {
                return v;
            }
        }
        for (PhraseMatcher.Hit v : verbs) {
            // "Park, citing the NIS, said": the relay marker belongs to the source after it, not to the name before.
            if (isHearsay(s, v) || RELAY_VERBS.contains(v.phrase())) {
                continue;
            }
            if (v.start() >= m.end() && v.start() - m.end() <= VERB_AFTER && !v.phrase().equals("according to")
                    && !CueScope.negatedCue(s, v.start())
                    && !blockedBetween(s, mentions, index, v.start()) && !relativeOfAnother(s, m, v)
                    && !insideRelativeClause(s, m, v) && !objectOfRestrictiveClause(s, m, v)
                    && !CueScope.subjectOfItsOwn(s, m.end(), v.start())
                    && !CueScope.quotedApart(s, m, v)) {
                return v;
            }
        }
        return null;
    }

    private static final Pattern TO_AUDIENCE = Pattern.compile("(?i)\\S\\s+to\\s+(?:the\\s+)?$");

    /**
     * "according to multiple briefings to lawmakers": a name after a noun and its "to" is whom the briefing was given
     * to, not whose word it is.
     */
    private static boolean audienceOfTheNoun(String between) {
        return between.endsWith(" ") && between.length() > 4 && TO_AUDIENCE.matcher(between).find();
    }

    /** Between an audience verb and its object: an article or a number, then a few modifiers, no preposition. */
    private static final Pattern AUDIENCE_GAP = Pattern.compile(
            "(?i)\\s+(?:(?:the|a|an|some|several|its|their|his|her|two|three|four)\\s+)?"
            + "(?:(?!(?:by|on|in|at|that|of|from|about|to|with|for|after|before|during|and|or)\\b)[\\p{L}.'-]+\\s+){0,3}");

    /**
     * Round 58 (trial 13): "Ukraine's General Staff rejected Seoul's count of 600 dead, saying at least 1,500 ...",
     * "X, disputing the NIS's estimate, said ...": a claimant named right after a verb of denial (config
     * {@code denialVerbs}) is what the denier rejects, never the speaker of a cue after it; its own figure, if the
     * sentence gives one, is read by {@link Denials}.
     */
    private boolean objectOfDenial(String s, ClaimantDirectory.Mention m) {
        return objectOf(lex.denialVerbs, DENIED_GAP, 30, s, m);
    }

    /** Whether one of {@code verbs} ends within {@code reach} characters before the mention, {@code gap} between. */
    private static boolean objectOf(PhraseMatcher verbs, Pattern gap, int reach, String s, ClaimantDirectory.Mention m) {
        return verbs.find(s, Math.max(0, m.start() - reach), m.start()).stream()
                .anyMatch(v -> v.end() <= m.start() && gap.matcher(s).region(v.end(), m.start()).matches());
    }

    /** Between a verb of denial and the claimant it rejects: at most "the". */
    private static final Pattern DENIED_GAP = Pattern.compile("(?i)\\s+(?:the\\s+)?");

    /**
     * "The NIS told lawmakers that ...", "briefed the Japanese daily", "informed the BBC": a claimant named as the
     * object of an audience verb (config {@code audienceVerbs}) heard the statement; it is never the speaker of a
     * figure, nor the body "it" refers to next. "Lawmakers briefed by the NIS" is not an audience of the NIS: a
     * preposition between the verb and the name breaks the object.
     */
    /**
     * Round 60: a party named as what a piece of writing or talk is about ("a report on Zelensky's visit mentioned",
     * "a book about Budanov describes") or as who the speaker talked with ("Budanov, in an interview with the BBC,
     * said") is not the subject of the verb after it.
     */
    private static boolean topicOrInterviewer(String s, ClaimantDirectory.Mention m) {
        if (m.start() < 5) {
            return false;
        }
        String before = s.substring(Math.max(0, m.start() - 80), m.start());
        return TOPIC_OF.matcher(before).find() || INTERVIEWER.matcher(before).find();
    }

    private static final Pattern TOPIC_OF = Pattern.compile("(?i)\\b(?:a|an|the|his|her|its|their|this|that|new)\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:report|book|article|story|documentary|film|investigation|inquiry|study|profile|"
            + "piece|series|biography|memoir|podcast|question|debate|speculation|rumou?rs?)s?\\s+"
            + "(?:on|about|into|concerning|regarding)\\s+(?:the\\s+)?$");
    private static final Pattern INTERVIEWER = Pattern.compile("(?i)\\b(?:interview|conversation|talks|call|meeting|"
            + "comments|remarks)\\s+(?:with|to)\\s+(?:the\\s+)?$");

    boolean isAudience(String s, ClaimantDirectory.Mention m) {
        return objectOf(lex.audienceVerbs, AUDIENCE_GAP, 50, s, m);
    }

    private static final Pattern RELATIVE_SUBJECT = Pattern.compile("(?i),\\s*(?:who|which)\\s+(?:\\w+\\s+){0,2}$");

    /** "statements by the NIS agree with ... Shoigu, who referred to": the verb's subject is Shoigu, not the NIS. */
    private static boolean relativeOfAnother(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        java.util.regex.Matcher rel = RELATIVE_SUBJECT.matcher(s).region(m.end(), verb.start());
        return rel.find() && !s.substring(m.end(), rel.start()).isBlank();
    }

    private static final Pattern OPEN_RELATIVE = Pattern.compile("(?i),\\s*(?:who|which|whose)\\b[^,]*$");

    /** "The NIS, which briefed lawmakers, said": a name inside a relative clause set off by commas is not the subject. */
    private static boolean insideRelativeClause(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        return s.substring(m.end(), verb.start()).contains(",")
                && OPEN_RELATIVE.matcher(s.substring(0, m.start())).find();
    }

    /** A "who" or "which" right after a word (no comma), then the relative clause's own words up to the name. */
    private static final Pattern RESTRICTIVE_OPEN = Pattern.compile("(?i)[\\p{L}.]\\s+(?:who|which)\\s+(?:(?!who\\b|which\\b)[^\\s,;]+\\s+){1,6}$");

    /**
     * "A South Korean lawmaker who recently visited Kyiv said", "an analyst who studied the Pentagon said": a name
     * inside a restrictive relative clause, after its own verb, is where the subject went or what it studied; the
     * subject before "who" speaks (round 37). A name right after "who" would be its subject; the relay of "who was
     * briefed by the NIS" is read by {@link #relaySource}.
     */
    private static boolean objectOfRestrictiveClause(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit verb) {
        return s.substring(m.end(), verb.start()).indexOf(',') < 0
                && RESTRICTIVE_OPEN.matcher(s).region(Math.max(0, m.start() - 80), m.start()).find();
    }

    private static boolean afterQuoteOrComma(String s, int verbStart) {
        String before = s.substring(0, verbStart).stripTrailing();
        if (before.isEmpty()) {
            return true;
        }
        char last = before.charAt(before.length() - 1);
        return last == ',' || last == '"' || last == '\'' || last == ':' || last == ';';
    }

    private static boolean hasSubject(List<ClaimantDirectory.Mention> mentions, PhraseMatcher.Hit verb) {
        return mentions.stream().anyMatch(o -> o.end() <= verb.start() && verb.start() - o.end() <= 2);
    }

    /**
     * "Pyongyang is said to have sent", "it has been reported that": a cue in the passive with no agent ("by") names
     * nobody, and its subject is not its source. "Budanov was quoted as saying" keeps Budanov.
     */
    static boolean isHearsay(String s, PhraseMatcher.Hit verb) {
        String after = s.substring(verb.end(), Math.min(s.length(), verb.end() + 4));
        String before = s.substring(Math.max(0, verb.start() - 8), verb.start());
        boolean passive = before.endsWith("is ") || before.endsWith("are ") || before.endsWith("was ")
                || before.endsWith("were ") || before.endsWith("been ") || before.endsWith("being ");
        // "the press was reporting" is the progressive, whose subject speaks
        return passive && !after.startsWith(" by") && !after.startsWith(" as") && !verb.phrase().endsWith("ing");
    }

    /** Another claimant between a name and a verb takes the verb, unless it is an apposition of the first. */
    private static boolean blockedBetween(String s, List<ClaimantDirectory.Mention> mentions, int index, int verbStart) {
        ClaimantDirectory.Mention m = mentions.get(index);
        for (int j = index + 1; j < mentions.size(); j++) {
            ClaimantDirectory.Mention other = mentions.get(j);
            if (other.start() >= verbStart) {
                break;
            }
            if (other.id().equals(m.id())) {
                continue;
            }
            String between = s.substring(m.end(), other.start());
            if (!APPOSITION.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    static final Pattern IT_BEFORE = Pattern.compile("(?i)\\bit\\s*$");
    static final Pattern IT_AFTER = Pattern.compile("(?i)^\\s*it\\b");

    /**
     * "it said", "said it": the pronoun is singular, so it stands for one body, never a group named in the plural.
     * The patterns run only where the window ends or starts with "it": tried from every character of the window, the
     * end-anchored one was a few per cent of all extraction.
     */
    private static boolean singular(String before, String after) {
        return endsWithIt(before) && IT_BEFORE.matcher(before).find()
                || startsWithIt(after) && IT_AFTER.matcher(after).find();
    }

    /** Whether the window, trailing white space aside, ends in the word "it" (any case). */
    static boolean endsWithIt(String window) {
        return WindowEnds.endsWithWord(window, 0, window.length(), "it");
    }

    /** Whether the window, leading white space aside, starts with the letters "it" (any case). */
    static boolean startsWithIt(String window) {
        int start = 0;
        while (start < window.length() && Character.isWhitespace(window.charAt(start))) {
            start++;
        }
        return window.regionMatches(true, start, "it", 0, 2);
    }

    /** "the agency said", "said the ministry": a description that names an official body, not a group. */
    private boolean definiteBody(String before, String after) {
        String near = (before + " " + after).toLowerCase(java.util.Locale.ROOT);
        for (String head : theBodyHeads) {
            if (near.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "he added", "According to him", "the agency said": the words that stand for the claimant, as the sentence has
     * them: the words before the verb up to it when the pronoun precedes it, else the verb and the next word or two.
     */
    private static String pronounWords(String s, PhraseMatcher.Hit verb, boolean pronounBefore) {
        if (pronounBefore) {
            int from = verb.start();
            int words = 0;
            while (from > 0 && words < 2) {
                from--;
                if (from == 0 || s.charAt(from - 1) == ' ' && s.charAt(from) != ' ') {
                    words++;
                }
            }
            return s.substring(from, verb.end()).replaceAll("^\\W+", "").strip();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s+(?:the\\s+)?\\w+").matcher(s).region(verb.end(),
                s.length());
        return s.substring(verb.start(), m.lookingAt() ? m.end() : verb.end()).strip();
    }

    private static boolean endsWithWord(PhraseMatcher words, String text) {
        return words.find(text).stream().anyMatch(h -> text.substring(h.end()).isBlank());
    }

    /** The pronoun before or after the verb is a role of several words ("the leader", "the head of state"). */
    private boolean namesARole(String before, String after) {
        return lex.personPronouns.find(before).stream().anyMatch(h -> h.phrase().contains(" ")
                && before.substring(h.end()).isBlank())
                || lex.personPronouns.find(after).stream().anyMatch(h -> h.phrase().contains(" ")
                && after.substring(0, h.start()).isBlank());
    }

    private static boolean startsWithWord(PhraseMatcher words, String text) {
        return words.find(text).stream().anyMatch(h -> text.substring(0, h.start()).isBlank());
    }

    /** The quotation ("...") that contains the figure, as [start, end), or null. */
    static int @Nullable [] quoteAround(String s, int position) {
        int open = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '"') {
                if (open < 0) {
                    open = i;
                } else {
                    if (open < position && position < i) {
                        return new int[] {open, i + 1};
                    }
                    open = -1;
                }
            }
        }
        return null;
    }

    private static boolean inside(int[] span, int position) {
        return position >= span[0] && position < span[1];
    }

    /** "South Korean lawmaker Lee Seong-kweun told": the named person, not the group, is the speaker. */
    private static int specificity(Claimant.Kind kind) {
        return switch (kind) {
            case PERSON -> 0;
            case OFFICIAL_BODY -> 1;
            case GROUP -> 2;
            case MEDIA -> 3;
            case UNKNOWN -> 4;
        };
    }

    private static int distance(Named n, int figureStart) {
        return Math.abs(n.anchor() - figureStart);
    }
}
