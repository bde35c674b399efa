package tally.app.moderation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tally.model.Claim;
import tally.model.Source;

/**
 * Finds the claim a change was made on, in the claims of a new extraction. First by its key (file, sentence, figure
 * wording: see {@link ClaimKeys}); when two claims share it ("100 killed and 100 wounded"), by the metric the
 * extractor gave, then by the id shown. When the key is gone because the extractor now cuts the sentence or words the
 * figure differently, by likeness within the same file: the same figure (its wording, or the same digits) in a
 * sentence that equals, contains or mostly shares the words of the old one, and only if exactly one claim fits.
 */
final class ClaimFinder {

    /** Share of distinct words two sentences must have in common to count as the same sentence re-cut. */
    static final double SAME_SENTENCE = 0.6;

    private final List<Claim> claims;
    private final String[] shownIds;
    private final Map<String, List<Integer>> byReport = new HashMap<>();
    private final Map<String, List<Integer>> byFile = new HashMap<>();

    private final Map<String, Integer> byShownId = new HashMap<>();

    ClaimFinder(List<Claim> claims, String[] shownIds) {
        this.claims = claims;
        this.shownIds = shownIds;
        for (int i = 0; i < shownIds.length; i++) {
            byShownId.put(shownIds[i], i);
        }
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Set<String> files = new HashSet<>();
            for (Source s : c.sources()) {
                byReport.computeIfAbsent(ClaimKeys.of(s.file(), s.quote(), c.figure().text()), k -> new ArrayList<>()).add(i);
                if (files.add(s.file())) {
                    byFile.computeIfAbsent(s.file(), k -> new ArrayList<>()).add(i);
                }
            }
        }
    }

    /** The index of the claim the reference names, or -1 when none (or more than one) fits. */
    int find(ClaimRef ref) {
        List<Integer> exact = byReport.get(ClaimKeys.of(ref.file(), ref.sentence(), ref.wording()));
        if (exact != null) {
            return narrow(exact, ref);
        }
        List<Integer> alike = new ArrayList<>();
        for (int i : byFile.getOrDefault(ref.file(), List.of())) {
            if (alike(claims.get(i), ref)) {
                alike.add(i);
            }
        }
        return narrow(alike, ref);
    }

    /** Indices of the claims any of whose sources has this report id, or whose shown id it is. */
    List<Integer> byId(String id) {
        Integer shown = byShownId.get(id);
        return shown != null ? List.of(shown) : byReport.getOrDefault(id, List.of());
    }

    private int narrow(List<Integer> candidates, ClaimRef ref) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<Integer> sameMetric = candidates.stream().filter(i -> claims.get(i).metric() == ref.metric()).toList();
        if (sameMetric.size() == 1) {
            return sameMetric.get(0);
        }
        List<Integer> sameId = candidates.stream().filter(i -> shownIds[i].equals(ref.id())).toList();
        return sameId.size() == 1 ? sameId.get(0) : -1;
    }

    private static boolean alike(Claim claim, ClaimRef ref) {
        if (!sameFigure(claim.figure().text(), ref.wording())) {
            return false;
        }
        String old = ClaimKeys.normalize(ref.sentence());
        return claim.sources().stream().filter(s -> s.file().equals(ref.file()))
                .anyMatch(s -> sameSentence(ClaimKeys.normalize(s.quote()), old));
    }

    static boolean sameFigure(String now, String before) {
        String a = ClaimKeys.normalize(now);
        String b = ClaimKeys.normalize(before);
        if (a.equals(b) || a.contains(b) || b.contains(a)) {
            return true;
        }
        String digitsA = a.replaceAll("[^0-9]", "");
        return !digitsA.isEmpty() && digitsA.equals(b.replaceAll("[^0-9]", ""));
    }

    static boolean sameSentence(String a, String b) {
        if (a.equals(b) || a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> wordsA = words(a);
        Set<String> wordsB = words(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return false;
        }
        Set<String> common = new HashSet<>(wordsA);
        common.retainAll(wordsB);
        Set<String> all = new HashSet<>(wordsA);
        all.addAll(wordsB);
        return (double) common.size() / all.size() >= SAME_SENTENCE;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>(Arrays.asList(text.split("[^\\p{L}\\p{N}]+")));
        words.remove("");
        return words;
    }
}
