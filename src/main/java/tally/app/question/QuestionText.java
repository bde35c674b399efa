package tally.app.question;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question made safe to read: capped in length, Unicode-normalised, with invisible format characters, Discord
 * mentions and markdown removed. {@code cleaned} keeps its case (acronyms such as NIS matter); {@code words} are the
 * lower-case words.
 */
record QuestionText(String cleaned, String lower, List<String> words) {

    /** Discord allows 4,000 characters; anything past that is not a question we need to read. */
    static final int MAX_CHARS = 4000;

    private static final Pattern DISCORD_TOKEN = Pattern.compile("<(?:@[!&]?|#|a?:\\w+:)\\d+>");
    private static final Pattern FORMAT_CHARS = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern MARKDOWN = Pattern.compile("[*_~`|>#\\[\\]()]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    QuestionText {
        words = List.copyOf(words);
    }

    static QuestionText of(String raw) {
        String text = capped(raw);
        text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        text = FORMAT_CHARS.matcher(text).replaceAll("");
        text = DISCORD_TOKEN.matcher(text).replaceAll(" ");
        text = MARKDOWN.matcher(text).replaceAll(" ");
        text = text.replace('\u2019', '\'').replace('\u2018', '\'');
        String lower = text.toLowerCase(Locale.ROOT);
        return new QuestionText(text, lower, words(lower));
    }

    /**
     * The first {@link #MAX_CHARS} characters, cut at the last white space within them: a cut mid-word left a fragment
     * that was read as a word of its own (trial 12: a 1 MB line ended in "acco", asked for as a source). A first word
     * longer than the cap is no word of a question, and nothing is kept.
     */
    static String capped(String raw) {
        if (raw.length() <= MAX_CHARS) {
            return raw;
        }
        for (int i = MAX_CHARS; i > 0; i--) {
            if (Character.isWhitespace(raw.charAt(i))) {
                return raw.substring(0, i);
            }
        }
        return "";
    }

    /** A lexicon's word list as a set in lower case, as questions are matched after {@link #of}. */
    static java.util.Set<String> lowered(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Words {@code from} to {@code to} (exclusive) as the asker wrote them, case and apostrophes kept ("Russia's Far
     * East"), for a reply that quotes the question; the lower-case words when lower-casing changed the text's length.
     */
    String asWritten(int from, int to) {
        Matcher m = WORD.matcher(lower);
        int start = -1;
        for (int k = 0; k < to && m.find(); k++) {
            if (k == from) {
                start = m.start();
            }
        }
        if (start < 0 || to <= from) {
            return "";
        }
        String source = cleaned.length() == lower.length() ? cleaned : lower;
        return source.substring(start, m.end());
    }

    static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
