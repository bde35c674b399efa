package tally.app.moderation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Metric;
import tally.model.Scope;

/** Turns a {@link Fix} as typed into an {@link Amendment}, refusing a value it cannot read with what would work. */
final class FixReader {

    static final String NO_RELAY = "none";

    private final ClaimantDirectory directory;

    FixReader(ClaimantDirectory directory) {
        this.directory = directory;
    }

    /**
     * Why a typed source changed nothing when the directory read it as a claimant the claim already has: "Westerners"
     * is a name of "Western officials (unnamed)", which the moderator could not tell from "nothing to change" (trial
     * 8). Empty when the words typed were the id or the name shown, or named no listed claimant.
     */
    static String aliasNote(String option, @Nullable String typed, @Nullable Claimant read) {
        if (typed == null || read == null || !read.listed() || typed.equalsIgnoreCase(read.id())
                || typed.equalsIgnoreCase(read.name())) {
            return "";
        }
        return "; " + option + " '" + typed + "' is a name of " + read.name() + " (id " + read.id()
                + ") in config/claimants.json, which the claim has already";
    }

    Amendment read(Fix fix) {
        Amendment a = Amendment.NONE;
        if (!Fix.blank(fix.metric())) {
            a = a.withMetric(Metric.byId(fix.metric()).orElseThrow(() -> new Refusal("unknown metric '" + fix.metric()
                    + "'; use one of " + ids(Arrays.stream(Metric.values()).map(Metric::id).toList()))));
        }
        if (!Fix.blank(fix.claimant())) {
            if (fix.claimant().strip().equalsIgnoreCase(NO_RELAY)) {
                throw new Refusal("a claim always has a claimant; to say who passed it on, use the relay");
            }
            a = a.withClaimant(claimant(fix.claimant()));
        }
        if (!Fix.blank(fix.relay())) {
            a = a.withRelay(fix.relay().strip().equalsIgnoreCase(NO_RELAY) ? null : claimant(fix.relay()));
        }
        if (!Fix.blank(fix.date())) {
            a = a.withDate(date(fix.date().strip()));
        }
        if (!Fix.blank(fix.scope())) {
            a = a.withScope(Scope.byId(fix.scope()).orElseThrow(() -> new Refusal("unknown scope '" + fix.scope()
                    + "'; use one of " + ids(Arrays.stream(Scope.values()).map(Scope::id).toList()))));
        }
        return a;
    }

    /**
     * A claimant of the directory by id ("nis") or by a name it knows ("Seoul's spy agency"); a party by its id
     * ("south_korea") is its name ("South Korea"); anything else is a source in its own words, kept as typed.
     */
    Claimant claimant(String typed) {
        String words = typed.strip().replaceAll("\\s+", " ");
        if (words.length() > 200) {
            throw new Refusal("a claimant's name is at most 200 characters");
        }
        String asId = words.toLowerCase(Locale.ROOT);
        if (directory.byId(asId).isPresent()) {
            return directory.require(asId);
        }
        var party = directory.party(asId);
        if (party.isPresent()) {
            // a party is no claimant: its name, as a source's own words, is counted under it ("South Korea"); its id
            // had been kept as the words "south_korea" (trial 9)
            return Claimant.unlisted(party.get().name(), Claimant.Kind.GROUP);
        }
        List<ClaimantDirectory.Mention> named = directory.claimants(words);
        if (named.size() == 1 && named.get(0).start() == 0 && named.get(0).end() == words.length()) {
            return directory.require(named.get(0).id());
        }
        return Claimant.unlisted(words, Claimant.Kind.GROUP);
    }

    static ClaimDate date(String typed) {
        try {
            if (typed.matches("\\d{4}-\\d{2}")) {
                return ClaimDate.month(YearMonth.parse(typed).atDay(1));
            }
            if (typed.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return ClaimDate.day(LocalDate.parse(typed), DateBasis.STATED);
            }
        } catch (DateTimeParseException e) {
            throw new Refusal("'" + typed + "' is not a date in the calendar; use YYYY-MM-DD or YYYY-MM");
        }
        throw new Refusal("'" + typed + "' is not a date; use YYYY-MM-DD (a day) or YYYY-MM (a month)");
    }

    private static String ids(List<String> ids) {
        return ids.stream().collect(Collectors.joining(", "));
    }

    static @Nullable String orNull(@Nullable String value) {
        return Fix.blank(value) ? null : value;
    }
}
