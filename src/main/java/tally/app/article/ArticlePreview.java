package tally.app.article;

import java.util.List;
import java.util.Objects;
import tally.model.Claim;

/**
 * What a moderator sees before an article is added: the draft (title, outlet, date, address, notes on what the
 * source did not state) and the claims Tally finds in it, read by the corpus's own extraction on the article alone
 * (so a publication date other articles would let Tally infer is not known yet).
 */
public record ArticlePreview(ArticleDraft draft, List<Claim> claims) {
    public ArticlePreview {
        Objects.requireNonNull(draft, "draft");
        claims = List.copyOf(claims);
    }
}
