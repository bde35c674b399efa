package tally.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/** config/claimants.json: the parties and the claimants with their aliases. Validated as it is built. */
@JsonIgnoreProperties(value = "_comment")
public record ClaimantsConfig(
        @JsonProperty(required = true) List<Party> parties,
        @JsonProperty(required = true) List<Entry> claimants,
        @Nullable List<String> nameHeads,
        @Nullable IntelligenceWords intelligenceWords) {

    /**
     * A side of the war and the words that name it. {@code intelligence}, when set, is the claimant that is this
     * party's intelligence service: the party's name with an intelligence word after it ("Kyiv's intelligence
     * services") names that service, not the government in general.
     */
    public record Party(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) List<String> aliases,
            @Nullable String intelligence) {
        public Party(String id, String name, List<String> aliases) {
            this(id, name, aliases, null);
        }

        public Party {
            requireId(id);
            if (name.isBlank()) {
                throw new ConfigEntryException("party " + id + " needs a name", "name");
            }
            aliases = List.copyOf(aliases);
            requireNonBlank("party " + id, "aliases", aliases);
        }
    }

    /**
     * The words after a party's possessive that name its intelligence service ({@link IntelligenceServices}, round 16):
     * a branch before "intelligence" ("military"), a noun of the service after it ("services"), and a noun after it
     * that names lawmakers on intelligence or people who study it, not the service ("committee", "analysts"). Single
     * words, compared with one word of the text, lower case.
     */
    public record IntelligenceWords(
            @JsonProperty(required = true) List<String> branches,
            @JsonProperty(required = true) List<String> serviceNouns,
            @JsonProperty(required = true) List<String> notTheService) {
        public IntelligenceWords {
            branches = requireWords("branches", branches);
            serviceNouns = requireWords("serviceNouns", serviceNouns);
            notTheService = requireWords("notTheService", notTheService);
        }

        private static List<String> requireWords(String list, List<String> words) {
            if (words.isEmpty()) {
                throw new ConfigEntryException("intelligenceWords." + list + " must be a non-empty list of single words",
                        list);
            }
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i) == null || !words.get(i).matches("\\p{L}+")) {
                    throw new ConfigEntryException("intelligenceWords." + list + " must be a non-empty list of single "
                            + "words: '" + words.get(i) + "' is not one word", list, i);
                }
            }
            return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        }
    }

    public record Entry(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) Claimant.Kind kind,
            @JsonProperty(required = true) String party,
            @JsonProperty(required = true) List<String> aliases,
            @Nullable List<String> shortNames,
            @Nullable String memberOf,
            boolean standsForParty,
            @Nullable List<String> notAfter,
            boolean manyVoices) {
        public Entry(String id, String name, Claimant.Kind kind, String party, List<String> aliases,
                     @Nullable List<String> shortNames, @Nullable String memberOf, boolean standsForParty) {
            this(id, name, kind, party, aliases, shortNames, memberOf, standsForParty, null, false);
        }

        public Entry {
            requireId(id);
            if (name.isBlank()) {
                throw new ConfigEntryException("claimant " + id + " needs a name", "name");
            }
            if (kind == Claimant.Kind.UNKNOWN) {
                throw new ConfigEntryException("claimant " + id + ": kind UNKNOWN is reserved", "kind");
            }
            aliases = List.copyOf(aliases);
            shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
            notAfter = notAfter == null ? List.of() : notAfter.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            if (aliases.isEmpty()) {
                throw new ConfigEntryException("claimant " + id + " needs at least one alias", "aliases");
            }
            requireNonBlank("claimant " + id, "aliases", aliases);
            requireNonBlank("claimant " + id, "shortNames", shortNames);
        }

        public Claimant claimant() {
            return new Claimant(id, name, kind);
        }
    }

    /**
     * Checks across entries, each reported at the entry that breaks it: ids are unique, every party and memberOf
     * exists, and an alias names one party and one claimant only (matching ignores case, as the text scan does).
     */
    public ClaimantsConfig {
        parties = List.copyOf(parties);
        claimants = List.copyOf(claimants);
        nameHeads = nameHeads == null ? List.of() : List.copyOf(nameHeads);
        requireNameHeads(nameHeads);
        Set<String> partyIds = new HashSet<>();
        Map<String, String> partyByAlias = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            if (!partyIds.add(p.id())) {
                throw new ConfigEntryException("party id " + p.id() + " is used twice", "parties", i, "id");
            }
            for (int a = 0; a < p.aliases().size(); a++) {
                String other = partyByAlias.putIfAbsent(ClaimantDirectory.key(p.aliases().get(a)), p.id());
                if (other != null && !other.equals(p.id())) {
                    throw new ConfigEntryException("alias '" + p.aliases().get(a) + "' names both parties " + other
                            + " and " + p.id(), "parties", i, "aliases", a);
                }
            }
        }
        Map<String, Integer> index = new HashMap<>();
        Map<String, String> claimantByAlias = new HashMap<>();
        for (int i = 0; i < claimants.size(); i++) {
            Entry e = claimants.get(i);
            if (index.putIfAbsent(e.id(), i) != null || e.id().equals(Claimant.UNKNOWN.id())) {
                throw new ConfigEntryException("claimant id " + e.id() + " is used twice or reserved",
                        "claimants", i, "id");
            }
            if (!partyIds.contains(e.party())) {
                throw new ConfigEntryException("claimant " + e.id() + " names unknown party " + e.party(),
                        "claimants", i, "party");
            }
            for (int a = 0; a < e.aliases().size(); a++) {
                String other = claimantByAlias.putIfAbsent(ClaimantDirectory.key(e.aliases().get(a)), e.id());
                if (other != null && !other.equals(e.id())) {
                    throw new ConfigEntryException("alias '" + e.aliases().get(a) + "' names both " + other + " and "
                            + e.id(), "claimants", i, "aliases", a);
                }
            }
        }
        for (int i = 0; i < parties.size(); i++) {
            String service = parties.get(i).intelligence();
            if (service != null && (!index.containsKey(service)
                    || !claimants.get(index.get(service)).party().equals(parties.get(i).id()))) {
                throw new ConfigEntryException("party " + parties.get(i).id() + " names intelligence " + service
                        + ", which is no claimant of that party", "parties", i, "intelligence");
            }
        }
        if (intelligenceWords == null && parties.stream().anyMatch(p -> p.intelligence() != null)) {
            throw new ConfigEntryException("a party names its intelligence service, so intelligenceWords (branches, "
                    + "serviceNouns, notTheService) is required", "intelligenceWords");
        }
        for (int i = 0; i < claimants.size(); i++) {
            Entry e = claimants.get(i);
            if (e.memberOf() != null && !index.containsKey(e.memberOf())) {
                throw new ConfigEntryException("claimant " + e.id() + " is memberOf unknown claimant " + e.memberOf(),
                        "claimants", i, "memberOf");
            }
        }
    }

    /**
     * A name head is one capitalised word ("Post", "Institute"): it is compared with the single word after an alias,
     * so a phrase or a lower-case word could never match and would only hide a typo.
     */
    /** A directory with no name heads: every alias names its claimant wherever it stands. */
    public ClaimantsConfig(List<Party> parties, List<Entry> claimants) {
        this(parties, claimants, null, null);
    }

    private static void requireNameHeads(List<String> heads) {
        for (int i = 0; i < heads.size(); i++) {
            String h = heads.get(i);
            if (!h.matches("\\p{Lu}[\\p{L}\\p{Nd}]*")) {
                throw new ConfigEntryException("name head '" + h + "' must be one capitalised word", "nameHeads", i);
            }
        }
    }

    private static void requireNonBlank(String owner, String field, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isBlank()) {
                throw new ConfigEntryException(owner + " has a blank entry in " + field, field, i);
            }
        }
    }

    private static void requireId(String id) {
        if (!id.matches("[a-z0-9_]+")) {
            throw new ConfigEntryException("id must be lower_snake_case: '" + id + "'", "id");
        }
    }
}
