package tally.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.extract.AttributionFinder.Named;
import tally.model.Claimant;

/**
 * Decides who a sentence names and which speech verb, if any, each of them speaks by: the first step of attribution,
 * before {@link AttributionFinder} chooses among them for a figure. It exists so that reading the names (full names,
 * short names once introduced, no wire dateline) and tying each to its cue ("X said", "said X", "according to X", "per
 * X", "X: ...", "X and Y announced") stays apart from the choice of which of them speaks for a given figure.
 */
final class NamedSpeakers {

    private final CompiledLexicon lex;
    private final ClaimantDirectory directory;
    private final NonSpeakingMentions nonSpeaking;

    NamedSpeakers(CompiledLexicon lex, ClaimantDirectory directory, NonSpeakingMentions nonSpeaking) {
        this.lex = lex;
        this.directory = directory;
        this.nonSpeaking = nonSpeaking;
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

    /** Each claimant the sentence names, with the speech verb it speaks by, if any. */
    List<Named> attach(String s, List<ClaimantDirectory.Mention> mentions, Discourse discourse) {
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

    private static final Pattern AND_THE = Pattern.compile("(?i)^\\s+and\\s+(?:the\\s+)?");

    /**
     * "President Zelenskyy and the Security Service of Ukraine announced": two named parties joined by "and" as the
     * subject of one cue are one source in the article's words, neither of them alone (and no listed id).
     */
    @Nullable Claimant coordinated(String s, Named chosen, List<Named> named) {
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
}
