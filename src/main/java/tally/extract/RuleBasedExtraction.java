package tally.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tally.app.port.ClaimExtraction;
import tally.config.ClaimantDirectory;
import tally.config.ExtractionLexicon;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Published;

/**
 * The claim extractor Tally runs on: rules over sentence structure, with every word list in config/. Articles with a
 * publication date are read first; the others get an inferred date (from their own text, else from claims the dated
 * articles also report) and are then read against it. Thread-safe: it holds only immutable lexicons.
 */
public final class RuleBasedExtraction implements ClaimExtraction {

    private final ArticleExtractor extractor;
    private final PublishedDateInference inference = new PublishedDateInference();

    public RuleBasedExtraction(ExtractionLexicon lexicon, ClaimantDirectory directory) {
        this.extractor = new ArticleExtractor(new CompiledLexicon(lexicon), directory);
    }

    public static RuleBasedExtraction fromConfig(Path configDir) {
        return new RuleBasedExtraction(ExtractionLexicon.load(configDir), ClaimantDirectory.load(configDir));
    }

    /** The claims of one article read on its own, unmerged; its date must already be known or is left unknown. */
    public List<Claim> extract(Article article) {
        LocalDate reported = article.published() == null ? null : article.published().date();
        return extractor.extract(article, reported).stream().map(ArticleExtractor.Extracted::claim).toList();
    }

    @Override
    public AnalyzedCorpus analyze(List<Article> articles) {
        LocalDate reference = articles.stream().map(Article::published).filter(Objects::nonNull)
                .map(Published::date).max(Comparator.naturalOrder()).orElse(null);
        List<Article> result = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Article> undated = new ArrayList<>();
        for (Article a : articles) {
            Article withDate = a.published() != null ? a : dateFromText(a, reference);
            if (withDate.published() != null) {
                result.add(withDate);
                claims.addAll(extract(withDate));
            } else {
                undated.add(a);
            }
        }
        for (Article a : undated) {
            List<ArticleExtractor.Extracted> pending = extractor.extract(a, null);
            Published inferred = inference.fromOtherReports(pending, claims);
            Article withDate = a.withPublished(inferred);
            result.add(withDate);
            claims.addAll(inferred != null ? extract(withDate)
                    : pending.stream().map(ArticleExtractor.Extracted::claim).toList());
        }
        result.sort(Comparator.comparing(Article::file));
        return new AnalyzedCorpus(result, ClaimMerger.merge(claims), List.of());
    }

    private Article dateFromText(Article article, LocalDate reference) {
        Published fromText = inference.fromText(article, reference);
        return fromText == null ? article : article.withPublished(fromText);
    }
}
