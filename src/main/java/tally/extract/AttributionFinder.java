package tally.extract;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.model.Claimant;

/**
 * Finds who a figure is attributed to, from the sentence's structure: a claimant tied to a speech verb ("X said",
 * "said X", "according to X", "X, who heads Y, said", "X: ..."), relays ("citing X", "after a briefing by X", a news
 * outlet reporting what someone said), quotations (the speaker inside a quote is the source, the one outside relays)
 * and pronouns ("according to him", "it added") resolved against the article so far. Who the sentence names, and the
 * speech verb each speaks by, is read by {@link NamedSpeakers}; this class chooses among them for one figure.
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
    private final Clauses clauses;
    private final PronounClaimants pronouns;
    private final NonSpeakingMentions nonSpeaking;
    private final RelayedSources relays;
    private final NamedSpeakers speakers;

    AttributionFinder(CompiledLexicon lex, ClaimantDirectory directory) {
        this.lex = lex;
        this.clauses = lex.clauses;
        this.pronouns = new PronounClaimants(lex);
        this.nonSpeaking = new NonSpeakingMentions(lex, directory);
        this.relays = new RelayedSources(lex, directory);
        this.speakers = new NamedSpeakers(lex, directory, nonSpeaking);
    }

    /** Everyone the sentence names, for the discourse and for choosing ({@link NamedSpeakers#mentions}). */
    List<ClaimantDirectory.Mention> mentions(String s, Discourse discourse) {
        return speakers.mentions(s, discourse);
    }

    Attribution find(String s, List<ClaimantDirectory.Mention> mentions, int figureStart, Discourse discourse) {
        List<Named> named = speakers.attach(s, mentions, discourse).stream()
                .map(n -> n.attached() && (CueScope.cueOfAnotherClause(s, figureStart, n.verbStart(), n.verbEnd())
                        || CueScope.acrossRelativeClause(s, n.start(), figureStart)
                        || CueScope.inApposedNounClause(s, figureStart, n.start(), lex.informationHeads))
                        ? new Named(n.claimant(), n.start(), n.end(), -1, -1, null) : n)
                .toList();
        int[] quote = quoteAround(s, figureStart);
        Choice choice = choice(s, named, figureStart, quote);
        List<Named> clause = choice.clause();
        Named chosen = choice.chosen();
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
        Claimant together = speakers.coordinated(s, chosen, named);
        if (together != null) {
            return new Attribution(together, null, chosen.anchor(), chosen.verb(), chosen.end());
        }
        return relays.withRelay(s, chosen, clause, named, quote, discourse, figureStart);
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

    /** The speakers that may speak for the figure, and the one of them chosen (null when none is). */
    private record Choice(List<Named> clause, @Nullable Named chosen) {
    }

    /**
     * "Zelenskyy has put the toll at 4,000, while US officials say ...": a speaker in the figure's own clause is
     * preferred to one in another clause; with none there, any may speak for it. Quotations are left to
     * {@link #choose}, since a quote's speaker stands outside it.
     *
     * <p>Round 62: "Ukraine says 3,000 were killed, a figure far above Seoul's estimate of 600", "Kyiv said 30 died,
     * while in Seoul officials said 12": when the figure's own clause has a speaker the directory does not list before
     * its cue, a listed name in another clause, or after the figure, speaks for its own figure, not for this one. That
     * speaker is looked for at most once a figure (round 63): with no listed speaker in the clause it decides which
     * names may speak; with one, it only decides whether a name chosen after the figure may.
     */
    private Choice choice(String s, List<Named> named, int figureStart, int @Nullable [] quote) {
        if (quote != null) {
            return new Choice(named, choose(named, figureStart, quote));
        }
        int from = clauses.before(s, figureStart);
        int to = clauses.after(s, figureStart);
        List<Named> inside = named.stream().filter(n -> n.attached() && n.verbStart() >= from && n.verbStart() < to)
                .toList();
        if (inside.isEmpty()) {
            List<Named> clause = ownUnlistedSpeaker(s, named, from, figureStart) ? List.of() : named;
            return new Choice(clause, choose(clause, figureStart, null));
        }
        Named chosen = choose(inside, figureStart, null);
        if (chosen != null && chosen.anchor() > figureStart && !closingAccordingTo(s, chosen)
                && !closingTag(s, chosen, figureStart) && ownUnlistedSpeaker(s, named, from, figureStart)) {
            chosen = null; // the figure's speaker stands before it; the name after it speaks for its own figure
        }
        return new Choice(inside, chosen);
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

    /** Whether the mention is the audience of a briefing ({@link NonSpeakingMentions#isAudience}). */
    boolean isAudience(String s, ClaimantDirectory.Mention m) {
        return nonSpeaking.isAudience(s, m);
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
