package tally.app.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tally.model.Claim;

/**
 * Which of the claims that state a number asked about ("who said 11,000 were sent?") a reply lists, and in what order.
 * A member asking who said it must see who said it first: each named claimant's earliest claim comes before any
 * other, then each other claimant's earliest, then anyone's second; the lines run oldest first (undated last), and a
 * list cut short ends "… and N more". Trial 18: the 43
 * claims of 11,000 troops sent were cut to the 12 newest, all from June 2025 on, with no word that the NIS, Zelensky,
 * HUR and the Pentagon had said it in 2024.
 */
final class CheckedClaims {

    /** Lines a reply lists for the measures asked; the claims of other measures get what is left, and at least 3. */
    static final int LIMIT = 12;
    static final int OTHER_MEASURES_AT_LEAST = 3;

    private static final Comparator<Claim> OLDEST_FIRST = Comparator.comparing((Claim c) -> c.claimDate().date(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    private CheckedClaims() {
    }

    /**
     * Up to {@code limit} of the claims, one per claimant before any claimant's second, oldest first; then, when some
     * were left out, a last line saying how many and where to read them all.
     */
    static List<String> lines(List<Claim> claims, int limit, Function<Claim, String> line) {
        List<Claim> oldestFirst = claims.stream().sorted(OLDEST_FIRST).toList();
        Set<Claim> chosen = new LinkedHashSet<>();
        Set<String> claimants = new java.util.HashSet<>();
        // a named claimant read for sure first: an unnamed or doubtful one had taken Zelensky's place on dev
        for (Claim c : oldestFirst) {
            if (chosen.size() < limit && named(c) && claimants.add(c.claimant().id())) {
                chosen.add(c);
            }
        }
        for (Claim c : oldestFirst) {
            if (chosen.size() < limit && claimants.add(c.claimant().id())) {
                chosen.add(c);
            }
        }
        for (Claim c : oldestFirst) {
            if (chosen.size() < limit) {
                chosen.add(c);
            }
        }
        List<String> lines = new ArrayList<>();
        oldestFirst.stream().filter(chosen::contains).forEach(c -> lines.add(line.apply(c)));
        int more = claims.size() - chosen.size();
        if (more > 0) {
            Set<String> listed = new java.util.HashSet<>();
            chosen.forEach(c -> listed.add(c.claimant().id()));
            long others = claims.stream().map(c -> c.claimant().id()).filter(id -> !listed.contains(id)).distinct()
                    .count();
            boolean again = claims.stream().anyMatch(c -> !chosen.contains(c) && listed.contains(c.claimant().id()));
            String by = others == 0 ? "by the claimants above" : (again ? "by the claimants above and " : "by ")
                    + others + (others == 1 ? " other claimant" : " other claimants");
            lines.add("- … and " + more + " more " + (more == 1 ? "claim" : "claims") + " " + by + " "
                    + tally.app.answer.Answer.EVERY_CLAIM);
        }
        return lines;
    }

    private static boolean named(Claim c) {
        return c.claimant().known() && c.certainty().claimant().certain();
    }

    /** How many lines the claims of the measures asked take, their "… and N more" included. */
    static int shown(List<Claim> claims) {
        return Math.min(claims.size(), LIMIT) + (claims.size() > LIMIT ? 1 : 0);
    }
}
