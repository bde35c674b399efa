package tally.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an article's background section starts and ends. Ukrainian and wire outlets close a report with a paragraph
 * that is all heading ("Background:", "Recall", "What came before?"; the lexicon's backgroundHeadings) and then recall
 * earlier reports under it: a claim there with no date of its own was made on no date the text gives. The section runs
 * until another heading, a one-line paragraph of a few words that does not end like a sentence ("Details").
 */
final class BackgroundSections {

    /** The most words a heading that ends a background section may have: "Main takeaways as of December 14". */
    private static final int HEADING_WORDS = 6;

    private final Set<String> headings;

    BackgroundSections(Set<String> headings) {
        this.headings = headings;
    }

    /**
     * Whether the sentence after {@code index} stands under a background heading, given whether {@code index} did
     * ({@code inBackground}). Cheap: only a paragraph of one sentence is looked at.
     */
    boolean after(List<Sentence> sentences, int index, boolean inBackground) {
        Sentence sentence = sentences.get(index);
        if (!wholeParagraph(sentences, index)) {
            return inBackground;
        }
        String text = sentence.text().strip();
        if (headings.contains(heading(text))) {
            return true;
        }
        boolean otherHeading = !ClaimDating.endsLikeASentence(text) && text.split("\\s+").length <= HEADING_WORDS;
        return inBackground && !otherHeading;
    }

    private static boolean wholeParagraph(List<Sentence> sentences, int index) {
        int paragraph = sentences.get(index).paragraph();
        return (index == 0 || sentences.get(index - 1).paragraph() != paragraph)
                && (index + 1 == sentences.size() || sentences.get(index + 1).paragraph() != paragraph);
    }

    /** "What came before?" and "Background:" as the lexicon lists them: lower case, without closing punctuation. */
    private static String heading(String text) {
        int end = text.length();
        while (end > 0 && ":?.!-\u2013\u2014 ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }
}
