package tally.config;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claimant;

/** config/claimants.json: the parties and the claimants with their aliases. Validated as it is built. */
@JsonIgnoreProperties(value = "_comment")
public record ClaimantsConfig(
        @JsonProperty(required = true) List<Party> parties,
        @JsonProperty(required = true) List<Entry> claimants) {

    public record Party(
            @JsonProperty(required = true) String id,
            @JsonProperty(required = true) String name,
            @JsonProperty(required = true) List<String> aliases) {
        public Party {
            requireId(id);
            aliases = List.copyOf(aliases);
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
            boolean standsForParty) {
        public Entry {
            requireId(id);
            if (name.isBlank()) {
                throw new IllegalArgumentException("claimant " + id + " needs a name");
            }
            if (kind == Claimant.Kind.UNKNOWN) {
                throw new IllegalArgumentException("claimant " + id + ": kind UNKNOWN is reserved");
            }
            aliases = List.copyOf(aliases);
            shortNames = shortNames == null ? List.of() : List.copyOf(shortNames);
            if (aliases.isEmpty()) {
                throw new IllegalArgumentException("claimant " + id + " needs at least one alias");
            }
            if (aliases.stream().anyMatch(String::isBlank) || shortNames.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("claimant " + id + " has a blank alias");
            }
        }

        public Claimant claimant() {
            return new Claimant(id, name, kind);
        }
    }

    public ClaimantsConfig {
        parties = List.copyOf(parties);
        claimants = List.copyOf(claimants);
        Set<String> partyIds = new HashSet<>();
        for (Party p : parties) {
            if (!partyIds.add(p.id())) {
                throw new IllegalArgumentException("party id " + p.id() + " is used twice");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Entry e : claimants) {
            if (!ids.add(e.id()) || e.id().equals(Claimant.UNKNOWN.id())) {
                throw new IllegalArgumentException("claimant id " + e.id() + " is used twice or reserved");
            }
            if (!partyIds.contains(e.party())) {
                throw new IllegalArgumentException("claimant " + e.id() + " names unknown party " + e.party());
            }
        }
        for (Entry e : claimants) {
            if (e.memberOf() != null && !ids.contains(e.memberOf())) {
                throw new IllegalArgumentException("claimant " + e.id() + " is memberOf unknown claimant " + e.memberOf());
            }
        }
    }

    private static void requireId(String id) {
        if (!id.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("id must be lower_snake_case: '" + id + "'");
        }
    }
}
