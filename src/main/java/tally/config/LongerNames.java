package tally.config;

import java.util.List;
import java.util.Set;

/**
 * Whether a place alias stands at the start of a longer proper name: "Washington" in "the Washington Post", "Seoul"
 * in "Seoul Economic Daily". The name's head, a word of config/claimants.json {@code nameHeads}, is the first or second
 * capitalised word right after the alias; such a name is an outlet or institution, not the government or officials
 * of the place. Run only where an alias was found, so it costs nothing on sentences that name nobody.
 */
final class LongerNames {

    /** "Seoul Economic Daily": the head may follow one capitalised word of the name. */
    private static final int MAX_WORDS = 2;

    private final Set<String> heads;

    LongerNames(List<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    /** True when a capitalised word within the next two after {@code aliasEnd}, joined by single spaces, is a head. */
    boolean begins(CharSequence text, int aliasEnd) {
        int at = aliasEnd;
        for (int n = 0; n < MAX_WORDS && !heads.isEmpty(); n++) {
            if (at + 1 >= text.length() || text.charAt(at) != ' ' || !Character.isUpperCase(text.charAt(at + 1))) {
                return false;
            }
            int end = at + 1;
            while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (heads.contains(text.subSequence(at + 1, end).toString())) {
                return true;
            }
            at = end;
        }
        return false;
    }
}
