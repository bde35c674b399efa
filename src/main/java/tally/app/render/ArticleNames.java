package tally.app.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Passage;
import tally.model.Published;
import tally.model.Source;

/**
 * How a reply names an article, shared by the plain-text renderer and the Discord pages: by its outlet, else by its
 * title up to the title's first figure ({@link TitleNames}: a name never states a figure without its source), else by
 * its file name; with its publication date ("2024-12-24", "2024-12-24, inferred"). Plain text.
 */
public final class ArticleNames {

    private ArticleNames() {
    }

    /**
     * The article's outlet, else its title in quotation marks up to the title's first figure ({@link TitleNames}: a
     * name never states a figure), else its file name.
     */
    public static String name(Source s) {
        if (s.outlet() != null) {
            return s.outlet();
        }
        String title = s.title() == null ? null : TitleNames.beforeFirstFigure(s.title());
        return title != null ? "\u201c" + title + "\u201d" : s.file();
    }

    /**
     * An article's heading in a list of articles: its title up to the title's first figure ({@link TitleNames}: a
     * heading never states a figure without its source), else its file name.
     */
    public static String articleHeading(@Nullable String title, String file) {
        String shown = title == null ? null : TitleNames.beforeFirstFigure(title);
        return shown != null ? shown : file;
    }

    /** A passage's article: its outlet, else its title up to its first figure, in quotation marks (shortened), else null. */
    public static @Nullable String passageName(Passage p) {
        return articleName(p.outlet(), p.title());
    }

    /** An article's name in a reply: its outlet, else its title up to its first figure (shortened), else null. */
    public static @Nullable String articleName(@Nullable String outlet, @Nullable String wholeTitle) {
        if (outlet != null) {
            return outlet;
        }
        if (wholeTitle == null || wholeTitle.isBlank()) {
            return null;
        }
        String title = TitleNames.beforeFirstFigure(wholeTitle);
        if (title == null) {
            return null;
        }
        return "\u201c" + tally.model.PlainText.cutAtWord(title, TITLE_CHARS) + "\u201d";
    }

    private static final int TITLE_CHARS = 70;

    public static String published(@Nullable Published p) {
        if (p == null) {
            return "publication date unknown";
        }
        return p.inferred() ? p.date() + ", inferred" : p.date().toString();
    }

    /** Each article once, even when it states the claim in two sentences. */
    public static List<Source> distinctSources(Claim claim) {
        Set<String> files = new LinkedHashSet<>();
        List<Source> out = new ArrayList<>();
        for (Source s : claim.sources()) {
            if (files.add(s.file())) {
                out.add(s);
            }
        }
        return out;
    }
}
