package tally.app.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.app.answer.Differences;
import tally.app.answer.Side;
import tally.app.answer.Who;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Metric;
import tally.model.Scope;

/**
 * Side-by-side answers: the claims of the sources a question compares, split per source, and what differs between a
 * set of claims. With one source named, the other side is every other source; with none, each party is a side.
 */
final class Comparison {

    static final String OTHERS = "Other sources";
    static final String UNLISTED = "Sources the directory does not list, or unnamed";
    /** See {@link Side#UNCERTAIN}. */
    static final String UNCERTAIN = Side.UNCERTAIN;

    private Comparison() {
    }

    /** The claims a comparison shows: by any of two or more sources named, else all of them. */
    static List<Claim> keep(List<Who> compared, ClaimFilter filter, List<Claim> claims) {
        if (compared.size() < 2) {
            return claims;
        }
        return claims.stream().filter(c -> compared.stream().anyMatch(w -> filter.by(w, c))).toList();
    }

    /** One metric's shown claims split by source, in the order the question names them. */
    static List<Side> sides(List<Who> compared, ClaimFilter filter, List<Claim> claims) {
        Map<String, List<Claim>> sides = new LinkedHashMap<>();
        if (compared.isEmpty()) {
            for (Claim c : claims) {
                String side = c.certainty().claimant().certain() ? filter.partyName(c.claimant()).orElse(UNLISTED)
                        : UNCERTAIN;
                sides.computeIfAbsent(side, k -> new ArrayList<>()).add(c);
            }
        } else {
            compared.forEach(w -> sides.put(w.label(), new ArrayList<>()));
            if (compared.size() == 1) {
                sides.put(OTHERS, new ArrayList<>());
            }
            for (Claim c : claims) {
                if (!c.certainty().claimant().certain()) {
                    sides.computeIfAbsent(UNCERTAIN, k -> new ArrayList<>()).add(c);
                    continue;
                }
                boolean placed = false;
                for (Who w : compared) {
                    if (filter.by(w, c)) {
                        sides.get(w.label()).add(c);
                        placed = true;
                    }
                }
                if (!placed && compared.size() == 1) {
                    sides.get(OTHERS).add(c);
                }
            }
        }
        Map<Claim, String> fullUnder = compared.size() < 2 ? Map.of() : fullUnder(compared, filter, claims);
        return sides.entrySet().stream().map(e -> new Side(e.getKey(), e.getValue(), listedElsewhere(e.getKey(),
                e.getValue(), fullUnder))).toList();
    }

    /**
     * Under which of the sources compared a claim that is more than one's is listed in full: the narrowest, so that
     * "compare Ukraine and Zelensky" lists Zelensky's figures under his name and points at them under Ukraine's
     * (round 67: they were listed twice in full). A claimant named is narrower than a party, and the claim's own
     * claimant narrower than one it belongs to or is relayed by; between equals, the one named first.
     */
    private static Map<Claim, String> fullUnder(List<Who> compared, ClaimFilter filter, List<Claim> claims) {
        Map<Claim, String> under = new java.util.HashMap<>();
        // a claimant read with doubt stands apart, under no source compared
        for (Claim c : claims.stream().filter(c -> c.certainty().claimant().certain()).toList()) {
            Who best = null;
            int bestRank = -1;
            for (Who w : compared) {
                int rank = (w.claimant() == null ? 0 : 1)
                        + (w.claimant() != null && w.claimant().id().equals(c.claimant().id()) ? 2 : 0);
                if (filter.by(w, c) && rank > bestRank) {
                    best = w;
                    bestRank = rank;
                }
            }
            if (best != null) {
                under.put(c, best.label());
            }
        }
        return under;
    }

    /** A side's claims listed in full under another side, with that side's label. */
    private static Map<Claim, String> listedElsewhere(String label, List<Claim> claims, Map<Claim, String> fullUnder) {
        Map<Claim, String> elsewhere = new LinkedHashMap<>();
        for (Claim c : claims) {
            String under = fullUnder.get(c);
            if (under != null && !under.equals(label)) {
                elsewhere.put(c, under);
            }
        }
        return elsewhere;
    }

    /**
     * A claim's qualifiers in its sources' own words ("approximately", "some"), not the canonical one the extractor
     * files it under ("about"): a reply lists what the articles say. The canonical word stands in when no wording
     * has words before its number.
     */
    static List<String> qualifiersAsWorded(Claim c) {
        Set<String> out = new LinkedHashSet<>();
        List<String> wordings = new java.util.ArrayList<>();
        wordings.add(c.figure().text());
        c.sources().stream().map(tally.model.Source::wording).filter(java.util.Objects::nonNull).forEach(wordings::add);
        for (String w : wordings) {
            StringBuilder lead = new StringBuilder();
            for (String word : w.strip().split("\\s+")) {
                if (word.chars().anyMatch(Character::isDigit)) {
                    break;
                }
                lead.append(lead.length() == 0 ? "" : " ").append(word);
            }
            if (lead.length() > 0 && lead.length() < w.strip().length()) {
                out.add(lead.toString().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out.isEmpty() ? List.of(c.figure().qualifier()) : List.copyOf(out);
    }

    /** Who, when, what, over what stretch and in what words: the dimensions on which the claims differ. */
    static Differences differences(List<Claim> claims) {
        Set<String> claimants = new LinkedHashSet<>();
        Map<Metric, Integer> metrics = new EnumMap<>(Metric.class);
        Map<Scope, Integer> scopes = new EnumMap<>(Scope.class);
        Set<String> qualifiers = new LinkedHashSet<>();
        ClaimDate earliest = null;
        ClaimDate latest = null;
        int undated = 0;
        int uncertain = 0;
        for (Claim c : claims) {
            // the words of the figure lines: "unnamed sources" was read as "Western officials (unnamed)" (round 67)
            claimants.add(c.claimant().known() ? c.claimant().name() : "claimant unknown");
            metrics.merge(c.metric(), 1, Integer::sum);
            scopes.merge(c.scope(), 1, Integer::sum);
            if (c.figure().qualifier() != null) {
                qualifiers.addAll(qualifiersAsWorded(c));
            }
            ClaimDate d = c.claimDate();
            if (!d.known()) {
                undated++;
            } else {
                earliest = earliest == null || d.date().isBefore(earliest.date()) ? d : earliest;
                latest = latest == null || d.date().isAfter(latest.date()) ? d : latest;
            }
            if (!c.certainty().allCertain()) {
                uncertain++;
            }
        }
        return new Differences(List.copyOf(claimants), earliest, latest, undated, metrics, scopes,
                List.copyOf(qualifiers), uncertain, claims.size());
    }
}
