package tally.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/**
 * Finds claimants and parties named in a text, using the aliases of config/claimants.json. All aliases go into one
 * {@link PhraseMatcher} (longest alias first at each place), so a sentence is scanned once, not once per alias.
 */
public final class ClaimantDirectory {

    /** One place in a text that names a claimant or a party. Offsets are into the text that was scanned. */
    public record Mention(String id, int start, int end, boolean shortName) {
    }

    private final Map<String, ClaimantsConfig.Entry> byId = new HashMap<>();
    private final Map<String, ClaimantsConfig.Party> parties = new HashMap<>();
    private final Map<String, String> claimantByAlias = new HashMap<>();
    private final Map<String, String> claimantByShortName = new HashMap<>();
    private final Map<String, String> partyByAlias = new HashMap<>();
    private final ClaimantsConfig config;
    private final PhraseMatcher aliasMatcher;
    private final PhraseMatcher shortMatcher;
    private final PhraseMatcher partyMatcher;
    private final LongerNames longerNames;
    /** Null when no party names its intelligence service (ClaimantsConfig then needs no intelligenceWords). */
    private final @Nullable IntelligenceServices intelligence;

    public ClaimantDirectory(ClaimantsConfig config) {
        this.config = config;
        for (ClaimantsConfig.Party p : config.parties()) {
            parties.put(p.id(), p);
            p.aliases().forEach(a -> partyByAlias.putIfAbsent(key(a), p.id()));
        }
        for (ClaimantsConfig.Entry e : config.claimants()) {
            byId.put(e.id(), e);
            // ClaimantsConfig has refused an alias that names two claimants, with its line
            e.aliases().forEach(alias -> claimantByAlias.putIfAbsent(key(alias), e.id()));
            e.shortNames().forEach(s -> claimantByShortName.putIfAbsent(key(s), e.id()));
        }
        aliasMatcher = new PhraseMatcher(allAliases(config, false));
        shortMatcher = new PhraseMatcher(allAliases(config, true));
        partyMatcher = new PhraseMatcher(config.parties().stream().flatMap(p -> p.aliases().stream()).toList());
        longerNames = new LongerNames(config.nameHeads());
        Map<String, String> services = new HashMap<>();
        config.parties().stream().filter(p -> p.intelligence() != null)
                .forEach(p -> services.put(p.id(), p.intelligence()));
        intelligence = services.isEmpty() ? null : new IntelligenceServices(services,
                java.util.Objects.requireNonNull(config.intelligenceWords()));
    }

    public static ClaimantDirectory load(java.nio.file.Path configDir) {
        return new ClaimantDirectory(JsonFiles.read(configDir.resolve("claimants.json"), ClaimantsConfig.class));
    }

    /** The file this directory was built from, as read. */
    public ClaimantsConfig config() {
        return config;
    }

    public Optional<Claimant> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(ClaimantsConfig.Entry::claimant);
    }

    public Claimant require(String id) {
        return byId(id).orElseThrow(() -> new IllegalArgumentException("no claimant with id " + id));
    }

    public Collection<ClaimantsConfig.Entry> entries() {
        return byId.values();
    }

    public @Nullable String partyOf(String claimantId) {
        ClaimantsConfig.Entry e = byId.get(claimantId);
        return e == null ? null : e.party();
    }

    /**
     * True for a claimant that stands for many unnamed people ({@code "manyVoices": true} in claimants.json: "US
     * officials (unnamed)", "News reports (unnamed)"): two of its figures may come from different people, so one is
     * no revision of the other.
     */
    public boolean speaksWithManyVoices(String claimantId) {
        ClaimantsConfig.Entry e = byId.get(claimantId);
        return e != null && e.manyVoices();
    }

    public @Nullable String memberOf(String claimantId) {
        ClaimantsConfig.Entry e = byId.get(claimantId);
        return e == null ? null : e.memberOf();
    }

    public Optional<ClaimantsConfig.Party> party(String id) {
        return Optional.ofNullable(parties.get(id));
    }

    /**
     * Full-alias mentions of claimants, left to right, never overlapping (the longest alias wins). An alias of a
     * claimant that is not a medium is no mention where it begins a longer proper name ("the Washington Post"). A
     * party's name with an intelligence word after it names the party's intelligence service ({@link
     * IntelligenceServices}).
     */
    public List<Mention> claimants(CharSequence text) {
        List<Mention> found = scan(aliasMatcher, text, claimantByAlias, false);
        found = found.isEmpty() ? found : found.stream().filter(m -> !partOfLongerName(m, text)).toList();
        return intelligence != null && IntelligenceServices.mayApply(text)
                ? intelligence.apply(text, parties(text), found) : found;
    }

    private boolean partOfLongerName(Mention m, CharSequence text) {
        if (describesAnother(text, m.end())) {
            return true;
        }
        ClaimantsConfig.Entry e = byId.get(m.id());
        if (e != null && !e.notAfter().isEmpty() && e.notAfter().contains(wordBefore(text, m.start()))) {
            return true; // "intelligence reports": reports, but not the news's
        }
        // a medium's own name goes on into its desk or service ("Yonhap News Agency"), and still names it
        return e != null && e.kind() != Claimant.Kind.MEDIA && longerNames.begins(text, m.end());
    }

    /**
     * "a Seoul-based research institute", "Kyiv-backed", "US-funded": a name joined by a hyphen to a lower-case word
     * makes an adjective for another noun, which is the one that speaks; the place or body named is not the source.
     * (A capital after the hyphen goes on naming: "Kim Jong-Un" is matched whole, longest alias first.)
     */
    private static boolean describesAnother(CharSequence text, int aliasEnd) {
        return aliasEnd + 1 < text.length() && text.charAt(aliasEnd) == '-'
                && Character.isLowerCase(text.charAt(aliasEnd + 1));
    }

    /** The lower-cased word that ends one space before {@code at}, or "". */
    private static String wordBefore(CharSequence text, int at) {
        int end = at - 1;
        if (end < 1 || text.charAt(end) != ' ') {
            return "";
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.subSequence(start, end).toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Short-name mentions ("Lee", "DI") of claimants in {@code introduced}: a bare surname means that person only once
     * the article has named them in full.
     */
    public List<Mention> shortNames(CharSequence text, Set<String> introduced) {
        if (introduced.isEmpty()) {
            return List.of();
        }
        return scan(shortMatcher, text, claimantByShortName, true).stream()
                .filter(m -> introduced.contains(m.id()))
                .toList();
    }

    /**
     * Short-name mentions ("Austin", "Ryder") of any listed claimant, with no article around them to have introduced
     * the full name: for a question, where the asker names a source the way the news does after its first mention.
     * Callers decide when a short name is enough (the question finder asks for a cue beside it: "what did Austin say").
     */
    public List<Mention> shortNamesAnywhere(CharSequence text) {
        return scan(shortMatcher, text, claimantByShortName, true);
    }

    /** Runs of white space, compiled once: {@link #partyNamedBy} runs for every unlisted claim a party filter sees. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /**
     * The party that {@code words}, a source's own words for itself, name and nothing more: "South Korea", "Kyiv",
     * "the West" (a leading "the" aside, any case). "South Korean officials" or "a senior US defence official" name
     * someone of a party, not the party speaking, so they name none.
     */
    public Optional<String> partyNamedBy(String words) {
        String whole = SPACES.matcher(words.strip()).replaceAll(" ");
        String bare = whole.regionMatches(true, 0, "the ", 0, 4) ? whole.substring(4) : whole;
        return Optional.ofNullable(partyByAlias.get(key(whole))).or(() -> Optional.ofNullable(partyByAlias.get(key(bare))));
    }

    /** Mentions of parties ("Seoul", "Kyiv", "the West"). */
    public List<Mention> parties(CharSequence text) {
        List<Mention> found = scan(partyMatcher, text, partyByAlias, false);
        return found.isEmpty() ? found : found.stream()
                .filter(m -> !longerNames.begins(text, m.end()) && !describesAnother(text, m.end())).toList();
    }

    private static List<Mention> scan(PhraseMatcher matcher, CharSequence text, Map<String, String> ids, boolean shortName) {
        List<Mention> found = new ArrayList<>();
        for (PhraseMatcher.Hit hit : matcher.find(text)) {
            String id = ids.get(hit.phrase());
            if (id != null) {
                found.add(new Mention(id, hit.start(), hit.end(), shortName));
            }
        }
        return found;
    }

    private static List<String> allAliases(ClaimantsConfig config, boolean shortNames) {
        return config.claimants().stream()
                .flatMap(e -> (shortNames ? e.shortNames() : e.aliases()).stream())
                .toList();
    }

    static String key(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }
}
