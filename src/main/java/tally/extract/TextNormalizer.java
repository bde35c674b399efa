package tally.extract;

/**
 * Folds typographic variants (curly quotes, dashes, no-break and zero-width spaces) to plain ASCII one character for
 * one character. Keeping the length means every offset found in the normalised text points at the same place in the
 * original, so quotes are always cut from the text exactly as the article wrote it.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u3000', '\u2007', '\u202F', '\u2009', '\u200A', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF',
                 '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\t' -> ' ';
            default -> c;
        };
    }
}
