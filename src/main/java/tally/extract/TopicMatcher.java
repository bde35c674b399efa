package tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tally.config.PhraseMatcher;

/**
 * Where a sentence names North Korea: by name ({@code topicTerms}: "North Korea", "Pyongyang", "DPRK") or, once the
 * article has named it, by an epithet that refers back to it ({@code topicEpithets}: "the North's soldiers", "troops
 * from the isolated state"). An epithet's capitals must stand as configured ("the North", not "the north of Kursk"),
 * and "the North" followed by another capitalised word is some other north ("the North Atlantic"). Or as the neighbour
 * of South Korea ({@link Neighbours}), named just before.
 */
final class TopicMatcher {

    private final PhraseMatcher names;
    private final PhraseMatcher epithetMatcher;
    /** Each epithet in lower case, to its configured spelling. */
    private final Map<String, String> epithets = new HashMap<>();

    private final Neighbours neighbours;

    /**
     * North Korea as the neighbour of a country ({@code topicNeighbourEpithets}, {@code topicNeighbourOf}): the epithet
     * refers to it when the last country named before it in the sentence is one it neighbours, with none of
     * {@code others} (the other sides and nationalities) named in between.
     */
    record Neighbours(PhraseMatcher epithets, PhraseMatcher of, PhraseMatcher others) {
        Neighbours(List<String> epithets, List<String> of, List<String> others) {
            this(new PhraseMatcher(epithets), new PhraseMatcher(of), new PhraseMatcher(others));
        }

        /** How far before the epithet its country is looked for: the subject of the clause or the one around it. */
        private static final int REACH = 120;

        boolean refersToNorthKorea(String s, PhraseMatcher.Hit epithet) {
            boolean nameAfter = epithet.end() + 1 < s.length() && s.charAt(epithet.end()) == ' '
                    && Character.isUpperCase(s.charAt(epithet.end() + 1));
            if (nameAfter) {
                return false; // "its neighbour Japan": the neighbour is named
            }
            int from = Math.max(0, epithet.start() - REACH);
            List<PhraseMatcher.Hit> owners = of.find(s, from, epithet.start());
            if (owners.isEmpty()) {
                return false;
            }
            int ownerEnd = owners.get(owners.size() - 1).end();
            return others.find(s, ownerEnd, epithet.start()).stream().noneMatch(h -> h.start() >= ownerEnd);
        }
    }

    TopicMatcher(List<String> names, List<String> epithets, Neighbours neighbours) {
        this.names = new PhraseMatcher(names);
        this.epithetMatcher = new PhraseMatcher(epithets);
        this.neighbours = neighbours;
        epithets.forEach(e -> this.epithets.put(e.toLowerCase(Locale.ROOT), e));
    }

    /**
     * @param referBack the article has named North Korea already, so its epithets refer to it (a neighbour epithet
     *                  needs no earlier name: its country says whose neighbour)
     */
    List<PhraseMatcher.Hit> find(String s, int from, int to, boolean referBack) {
        List<PhraseMatcher.Hit> named = names.find(s, from, to);
        List<PhraseMatcher.Hit> referring = referBack ? epithetMatcher.find(s, from, to) : List.of();
        List<PhraseMatcher.Hit> neighbouring = neighbours.epithets().find(s, from, to);
        if (referring.isEmpty() && neighbouring.isEmpty()) {
            return named;
        }
        List<PhraseMatcher.Hit> all = new ArrayList<>(named);
        for (PhraseMatcher.Hit h : referring) {
            if (isEpithet(s, h) && named.stream().noneMatch(n -> n.start() < h.end() && h.start() < n.end())) {
                all.add(h);
            }
        }
        for (PhraseMatcher.Hit h : neighbouring) {
            if (neighbours.refersToNorthKorea(s, h)) {
                all.add(h);
            }
        }
        all.sort(java.util.Comparator.comparingInt(PhraseMatcher.Hit::start));
        return all;
    }

    boolean containsIn(String s, int from, int to, boolean referBack) {
        if (names.containsIn(s, from, to)) {
            return true;
        }
        return (referBack || neighbours.epithets().containsIn(s, from, to)) && !find(s, from, to, referBack).isEmpty();
    }

    /** An epithet written as configured and not the start of another proper name. */
    private boolean isEpithet(String s, PhraseMatcher.Hit h) {
        String configured = epithets.get(h.phrase());
        if (configured == null) {
            return false;
        }
        for (int i = 1; i < configured.length(); i++) {
            if (Character.isUpperCase(configured.charAt(i)) && !Character.isUpperCase(s.charAt(h.start() + i))) {
                return false;
            }
        }
        boolean capitalAfter = h.end() + 1 < s.length() && s.charAt(h.end()) == ' '
                && Character.isUpperCase(s.charAt(h.end() + 1));
        return !capitalAfter;
    }
}
