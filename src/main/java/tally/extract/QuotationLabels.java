package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.model.Claimant;

/**
 * A paragraph that opens with a quotation label and a colon right before the quotation ('Quote: "..."', 'Quote from
 * the minister: "..."'; the lexicon's quotationLabels), as Ukrainian news sites set out a statement under a "Source:"
 * line. The quotation is the words of the speaker the label names or, with none, of the person the article spoke of
 * last (the labelling rule: a quotation's speaker is its claimant, wherever the article names them).
 */
final class QuotationLabels {

    /** How far the label may run: a label word and "from" a name and title. */
    private static final int LABEL_REACH = 80;

    private final Set<String> labels;
    private final ClaimantDirectory directory;

    QuotationLabels(Set<String> labels, ClaimantDirectory directory) {
        this.labels = labels;
        this.directory = directory;
    }

    /**
     * The speaker of the words at {@code at} when a label opens the sentence and a quotation opens right after its
     * colon; else null.
     */
    @Nullable Attribution speaker(String s, int at, List<ClaimantDirectory.Mention> mentions, Discourse discourse) {
        String head = head(s);
        int colon = s.indexOf(':');
        if (head == null || at <= colon || !opensQuotation(s.substring(colon + 1).stripLeading())) {
            return null;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        String label = labels.stream().filter(l -> lower.equals(l) || lower.startsWith(l + " from ")
                || lower.startsWith(l + " by ")).findFirst().orElse(null);
        if (label == null) {
            return null;
        }
        if (lower.length() > label.length()) {
            for (ClaimantDirectory.Mention m : mentions) {
                if (m.end() <= colon) {
                    return new Attribution(directory.require(m.id()), null, colon, ":", m.end());
                }
            }
            // "Quote from the commander:": a speaker the directory does not list, in the label's words
            String words = head.substring(head.indexOf(' ', label.length()) + 1).strip();
            words = words.substring(words.indexOf(' ') + 1).strip();
            return words.isEmpty() ? null : new Attribution(Claimant.unlisted(words, Claimant.Kind.PERSON), null, colon,
                    ":", colon);
        }
        Claimant person = discourse.personReferent();
        return person == null ? null : new Attribution(person, null, colon, ":")
                .doubted("speaker of a quotation label, from a previous sentence", head);
    }

    /** The label that opens the sentence before a colon ("read also" of "Read also: ..."), lower case, or null. */
    static @Nullable String labelOf(String s) {
        String head = head(s);
        return head == null ? null : head.toLowerCase(Locale.ROOT);
    }

    /** The words before the sentence's first colon, spaces folded, when the colon is near enough to end a label. */
    private static @Nullable String head(String s) {
        int colon = s.indexOf(':');
        if (colon <= 0 || colon > LABEL_REACH) {
            return null;
        }
        return s.substring(0, colon).strip().replaceAll("\\s+", " ");
    }

    private static boolean opensQuotation(String after) {
        return !after.isEmpty() && "\"\u201c\u201d".indexOf(after.charAt(0)) >= 0;
    }
}
