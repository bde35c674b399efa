package tally.adapter.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Bytes of a page to text, trusting the bytes over the labels: a byte-order mark wins; bytes that are valid UTF-8
 * are read as UTF-8 whatever the page declares (legacy text with accented letters is almost never valid UTF-8, while
 * UTF-8 pages mislabelled as Windows-1252 are common); otherwise the charset the server or the page's
 * {@code <meta>} declares, and Windows-1252 when none is declared (what browsers assume). A {@code note} says when
 * the label was overruled.
 */
final class PageDecoder {

    /** The text and how it was read. */
    record Decoded(String text, String charset, @Nullable String note) {
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private PageDecoder() {
    }

    static Decoded decode(byte[] bytes, @Nullable String serverCharset) {
        Charset bom = bom(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom.name(), null);
        }
        String declaredName = serverCharset != null ? serverCharset : metaCharset(bytes);
        Charset declared = known(declaredName);
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            boolean overruled = declared != null && declared != StandardCharsets.UTF_8 && !isAscii(bytes)
                    && !declared.name().equalsIgnoreCase("US-ASCII");
            return new Decoded(utf8, "UTF-8", overruled ? "the page says its charset is " + declaredName
                    + " but its bytes are UTF-8; read as UTF-8" : null);
        }
        if (declared != null && declared != StandardCharsets.UTF_8) {
            return new Decoded(new String(bytes, declared), declared.name(), null);
        }
        String note = declared == StandardCharsets.UTF_8
                ? "the page says it is UTF-8 but its bytes are not; read as Windows-1252"
                : "no charset declared and the bytes are not UTF-8; read as Windows-1252";
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name(), note);
    }

    private static @Nullable Charset bom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static @Nullable String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static @Nullable Charset known(@Nullable String name) {
        if (name == null) {
            return null;
        }
        try {
            Charset c = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
            // Browsers read these labels as Windows-1252 (the WHATWG encoding standard): pages so labelled use its
            // curly quotes and dashes at 0x80-0x9F, which Latin-1 would read as C1 controls, and so drop.
            if (c == StandardCharsets.ISO_8859_1 || c == StandardCharsets.US_ASCII) {
                return WINDOWS_1252;
            }
            // UTF-16/32 labels in an ASCII-compatible meta tag are wrong by construction (the HTML standard says so).
            return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32") ? StandardCharsets.UTF_8 : c;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static @Nullable String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
