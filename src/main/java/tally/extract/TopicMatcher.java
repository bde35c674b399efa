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
 * and "the North" followed by another capitalised word is some other north ("the North Atlantic").
 */
final class TopicMatcher {

    private final PhraseMatcher names;
    private final PhraseMatcher epithetMatcher;
    /** Each epithet in lower case, to its configured spelling. */
    private final Map<String, String> epithets = new HashMap<>();

    TopicMatcher(List<String> names, List<String> epithets) {
        this.names = new PhraseMatcher(names);
        this.epithetMatcher = new PhraseMatcher(epithets);
        epithets.forEach(e -> this.epithets.put(e.toLowerCase(Locale.ROOT), e));
    }

    /** @param referBack the article has named North Korea already, so its epithets refer to it */
    List<PhraseMatcher.Hit> find(String s, int from, int to, boolean referBack) {
        if (!referBack) {
            return names.find(s, from, to);
        }
        List<PhraseMatcher.Hit> named = names.find(s, from, to);
        List<PhraseMatcher.Hit> referring = epithetMatcher.find(s, from, to);
        if (referring.isEmpty()) {
            return named;
        }
        List<PhraseMatcher.Hit> all = new ArrayList<>(named);
        for (PhraseMatcher.Hit h : referring) {
            if (isEpithet(s, h) && named.stream().noneMatch(n -> n.start() < h.end() && h.start() < n.end())) {
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
        return referBack && !find(s, from, to, true).isEmpty();
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
