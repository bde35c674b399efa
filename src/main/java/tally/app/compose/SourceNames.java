package tally.app.compose;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import tally.app.answer.ParsedQuestion;
import tally.app.answer.Who;
import tally.app.question.QuestionParser;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantsConfig;
import tally.model.Claim;
import tally.model.Claimant;

/**
 * The one resolver of a source a member types outside a question: {@code chart --claimant}, the console's and
 * Discord's {@code /figures claimant:} and {@code /timeline claimant:} (round 63; each had its own, and "Seoul",
 * "the Pentagon" or "Zelenskyj" were unknown to some though {@code ask} read them). An id of a claimant in the corpus or
 * the directory is taken as it is; otherwise the words are read as {@code ask} reads a source ("according to ..."):
 * aliases, parties ("Seoul", "Kyiv": every claimant of the party), short names and misspelt names; last, a part of the
 * name of a claimant in the corpus ("Lee Sung"), which is how {@code chart} read names before. Thread-safe.
 */
public final class SourceNames {

    private final ClaimantDirectory directory;
    private final QuestionParser parser;

    public SourceNames(ClaimantDirectory directory, QuestionParser parser) {
        this.directory = directory;
        this.parser = parser;
    }

    /** @param inCorpus the claimants and relayers of the corpus's claims, listed or not */
    public Optional<Who> resolve(String typed, List<Claimant> inCorpus) {
        String wanted = typed.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        Optional<Claimant> byId = inCorpus.stream().filter(c -> c.id().equals(lower)).findFirst()
                .or(() -> directory.byId(lower));
        if (byId.isPresent()) {
            return byId.map(SourceNames::of);
        }
        ParsedQuestion read = parser.parse("according to " + wanted, null);
        if (read.claimant() != null) {
            return Optional.of(of(read.claimant()));
        }
        if (read.partyId() != null) {
            String name = directory.party(read.partyId()).map(ClaimantsConfig.Party::name).orElse(read.partyId());
            return Optional.of(new Who(null, read.partyId(), name));
        }
        return inCorpus.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).contains(lower)).findFirst()
                .map(SourceNames::of);
    }

    private static Who of(Claimant claimant) {
        return new Who(claimant, null, claimant.name());
    }

    /**
     * The claims a source resolved here made or relayed: a claimant's own (by id, as a lookup by id always was) or, for
     * a party, those of each of its claimants and of an unlisted source named as the party, as {@code ask} counts them.
     * Claims read with doubt are kept, as a lookup by id keeps them.
     */
    public Predicate<Claim> claims(Who who) {
        if (who.claimant() != null) {
            String id = who.claimant().id();
            return c -> c.claimant().id().equals(id) || c.relayedBy() != null && c.relayedBy().id().equals(id);
        }
        ClaimFilter filter = new ClaimFilter(directory, ParsedQuestion.everything().comparing(List.of(who)));
        return c -> filter.by(who, c);
    }
}
