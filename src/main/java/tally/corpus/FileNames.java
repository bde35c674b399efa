package tally.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A corpus file's name as Tally shows it. The name stands for the article in every reply, log line and command
 * ({@code /source article:}), so a character that would break a line or hide text (a newline, a tab, a control or
 * direction mark) is shown as an escape such as {@code \n} or {@code \u202e}; every other name is kept as it is.
 */
final class FileNames {

    private FileNames() {
    }

    static String shown(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? name : out.toString();
    }

    private static @Nullable String escape(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            default:
                int type = Character.getType(c);
                boolean hidden = type == Character.CONTROL || type == Character.FORMAT
                        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
                return hidden ? String.format("\\u%04x", (int) c) : null;
        }
    }

    /**
     * The files with each shown name once: two names can show the same only when one spells out the other's escape
     * ({@code a\nb.txt} with a real line break, and with a backslash and an n); the second is reported, not lost.
     */
    static List<CorpusFile> distinct(List<CorpusFile> files) {
        Set<String> seen = new HashSet<>();
        List<CorpusFile> out = new ArrayList<>(files.size());
        for (CorpusFile f : files) {
            if (seen.add(f.name())) {
                out.add(f);
            } else {
                out.add(CorpusFile.unreadable(f.name() + " (2)", "another file's name shows as '" + f.name()
                        + "' too; rename one of them"));
            }
        }
        return out;
    }
}
