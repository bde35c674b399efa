package tally.adapter.gen;

import java.util.Objects;

/** One generated corpus file: its name, its full text (header and body) and the claims it holds. */
public record GeneratedArticle(String file, String text, TruthFile.Article truth) {
    public GeneratedArticle {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(truth, "truth");
    }
}
