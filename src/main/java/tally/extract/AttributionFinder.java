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
    record Named(Claimant claimant, int start, int end, int verbStart, int verbEnd, @Nullable String verb) {
        boolean attached() {
            return verb != null;
        }

        int anchor() {
            return attached() ? verbStart : start;
        }
    }

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final Clauses clauses;
    private final PronounClaimants pronouns;
    private final NonSpeakingMentions nonSpeaking;
    private final RelayedSources relays;

    AttributionFinder(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.directory = directory;
        this.clauses = new Clauses(lex.clauseBreaks);
        this.pronouns = new PronounClaimants(lex);
        this.nonSpeaking = new NonSpeakingMentions(lex);
        this.relays = new RelayedSources(lex, directory);
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
        if (chosen != null && quote == null && chosen.anchor() > figureStart && !closingAccordingTo(s, chosen)
                && !closingTag(s, chosen, figureStart)
                && ownUnlistedSpeaker(s, named, clauses.before(s, figureStart), figureStart)) {
            // "Ukraine says 3,000 were killed, a figure far above Seoul's estimate of 600": the figure's speaker
            // stands before it; the name after it speaks for its own figure
            chosen = null;
        }
        Named speaker = chosen == null ? null : RelayedSources.speakerBeforeAside(s, named, chosen);
        if (speaker != null) {
            return new Attribution(speaker.claimant(), chosen.claimant(), speaker.anchor(), speaker.verb(), speaker.end());
        }
        Named passedOn = chosen == null ? null : RelayedSources.sourceBeforeRelayAside(s, named, chosen);
        if (passedOn != null) {
            return new Attribution(passedOn.claimant(), chosen.claimant(), chosen.anchor(), chosen.verb(), chosen.end());
        }
        Named source = relays.relaySource(s, named, chosen);
        if (source != null && chosen != null && RelayedSources.quotedSpeakerAfterCitation(quote, source, chosen)) {
            return new Attribution(chosen.claimant(), source.claimant(), chosen.anchor(), chosen.verb(), chosen.end());
        }
        if (chosen == null && source == null) {
            return pronouns.find(s, discourse);
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
        return relays.withRelay(s, chosen, clause, named, quote, discourse, figureStart);
    }

    private static final Pattern AND_THE = Pattern.compile("(?i)^\\s+and\\s+(?:the\\s+)?");

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
        if (!inside.isEmpty()) {
            return inside;
        }
        // Round 62: "Ukraine says 3,000 were killed, a figure far above Seoul's estimate of 600", "Kyiv said 30 died,
        // while in Seoul officials said 12": the figure's own clause has a speaker the directory does not list before
        // its cue; a listed name in another clause speaks for its own figure, not for this one.
        return ownUnlistedSpeaker(s, named, from, figureStart) ? List.of() : named;
    }

    /**
     * Whether a cue stands in the figure's clause before the figure, with a speaker of its own right before it: a
     * capitalised name ("Ukraine says", "Kyiv said") or a source noun ("officials said"), none of the named ones.
     * "The figures show 300 ..." has no speaker there ("figures" is no source noun), so a name after it may speak.
     */
    private boolean ownUnlistedSpeaker(String s, List<Named> named, int from, int figureStart) {
        for (PhraseMatcher.Hit v : lex.speechVerbs.find(s)) {
            if (v.start() < from || v.end() > figureStart || !CueScope.reportsAnEstimate(s, v.phrase(), v.end())) {
                continue;
            }
            // only the words right before the cue: a sentence may be very long, and the pattern ends at the cue
            int window = Math.max(from, v.start() - 60);
            java.util.regex.Matcher w = WORD_BEFORE.matcher(s.substring(window, v.start()));
            if (!w.find()) {
                continue;
            }
            int wordStart = window + w.start(1);
            String word = w.group(1);
            boolean named2 = named.stream().anyMatch(n -> n.start() <= wordStart && wordStart < n.end());
            boolean speaker = Character.isUpperCase(word.charAt(0)) && !ARTICLES.contains(word)
                    || lex.sourceHeads.contains(word.toLowerCase(java.util.Locale.ROOT));
            if (speaker && !named2) {
                return true;
            }
        }
        return false;
    }

    /**
     * ", according to the NIS" closing the sentence after a speaker's cue: {@link ClosingAccordingTo} reads which of
     * the two is the source ("A lawmaker said ..., according to the country's intelligence agency").
     */
    private static boolean closingAccordingTo(String s, Named chosen) {
        return "according to".equalsIgnoreCase(chosen.verb()) && s.lastIndexOf(',', chosen.verbStart()) >= 0
                && s.substring(s.lastIndexOf(',', chosen.verbStart()) + 1, chosen.verbStart()).isBlank();
    }

    /**
     * "The United States expects that some 8,000 ..., Secretary of State Antony Blinken said": a name standing right
     * after a comma, with nothing before it but capitalised words of its title, and its cue after it, is the speaker
     * of the whole sentence, the opening subject and cue among what it said. "..., while the NIS says 600" and "...,
     * a figure far above Seoul's estimate of 600" are no such tag.
     */
    private boolean closingTag(String s, Named chosen, int figureStart) {
        int comma = s.lastIndexOf(',', chosen.start());
        if (comma < figureStart || chosen.verbStart() < chosen.end() || chosen.start() - comma > 80) {
            return false;
        }
        for (String w : s.substring(comma + 1, chosen.start()).strip().split("\\s+")) {
            boolean title = w.isEmpty() || Character.isUpperCase(w.charAt(0)) || TITLE_JOINERS.contains(w)
                    || lex.sourceHeads.contains(w.toLowerCase(java.util.Locale.ROOT));
            if (!title) {
                return false;
            }
        }
        return true;
    }

    /** Between a comma and a name, besides capitalised words and source nouns: "Secretary of State", "the US". */
    private static final java.util.Set<String> TITLE_JOINERS = java.util.Set.of("the", "of", "and", "for", "a", "an");

    /** The word right before a cue, and only spaces between: "Ukraine says", "officials said". */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'-]*)\\s+$");
    private static final java.util.Set<String> ARTICLES = java.util.Set.of("The", "A", "An", "It", "He", "She",
            "They", "We", "I", "This", "That");

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

    /** Whether the mention is the audience of a briefing ({@link NonSpeakingMentions#isAudience}). */
    boolean isAudience(String s, ClaimantDirectory.Mention m) {
        return nonSpeaking.isAudience(s, m);
    }

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
            PhraseMatcher.Hit verb = nonSpeaking.speaksNoCue(s, m, verbs) ? null
                    : CueSubjects.verbFor(s, mentions, i, verbs);
            if (verb == null && m.start() <= 3 && s.startsWith(":", m.end())) {
                verb = new PhraseMatcher.Hit(":", m.end(), m.end() + 1);
            }
            int label = verb == null ? CueSubjects.soundbiteLabelEnd(s, m) : -1;
            if (label >= 0) {
                verb = new PhraseMatcher.Hit(":", label, label + 1);
            }
            named.add(verb == null ? new Named(c, m.start(), m.end(), -1, -1, null)
                    : new Named(c, m.start(), m.end(), verb.start(), verb.end(), verb.phrase()));
        }
        return named;
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

    static boolean inside(int[] span, int position) {
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
