package tally.adapter.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Writes a synthetic but realistic corpus: articles published between October 2024 and October 2026, in publication
 * order, with a truth file. Everything comes from one {@link Random} seeded by the caller and nothing reads the clock,
 * so a seed always gives the same bytes.
 */
public final class CorpusGenerator {

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 10, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Generates {@code count} articles in memory, passing each to {@code sink} in file order; returns the truth. */
    public TruthFile generate(int count, Consumer<GeneratedArticle> sink) {
        if (count < 0) {
            throw new IllegalArgumentException("article count must not be negative: " + count);
        }
        Random random = new Random(seed);
        int span = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = random.nextInt(span);
        }
        Arrays.sort(days);
        ArticleBuilder builder = new ArticleBuilder(random);
        List<TruthFile.Article> truth = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeneratedArticle article = builder.build(i, FIRST_DAY.plusDays(days[i]));
            truth.add(article.truth());
            sink.accept(article);
        }
        return new TruthFile("tally gen-corpus", seed, count, truth);
    }

    public List<GeneratedArticle> generate(int count) {
        List<GeneratedArticle> all = new ArrayList<>(count);
        generate(count, all::add);
        return all;
    }

    /**
     * Writes the articles as UTF-8 *.txt files into {@code dir} (created if needed) and the truth file as
     * {@code dir/truth.json}; corpus loaders read only *.txt, so the truth file does not become an article.
     */
    public TruthFile write(int count, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        TruthFile truth = generate(count, article -> {
            try {
                Files.write(dir.resolve(article.file()), article.text().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + article.file(), e);
            }
        });
        truth.write(dir.resolve(TruthFile.NAME));
        return truth;
    }

    /**
     * One very long article (for robustness tests): a header and generated bodies joined until the text has at least
     * {@code minChars} characters.
     */
    public String hugeArticle(int minChars) {
        StringBuilder text = new StringBuilder(minChars + 16_384)
                .append("title: A very long article\noutlet: Generator\npublished: 2025-01-15\n---\n");
        Random random = new Random(seed);
        ArticleBuilder builder = new ArticleBuilder(random);
        LocalDate day = FIRST_DAY;
        for (int i = 0; text.length() < minChars; i++) {
            String article = builder.build(i, day).text();
            int body = article.indexOf("---\n");
            text.append(body >= 0 ? article.substring(body + 4) : article).append('\n');
            day = day.plusDays(random.nextInt(2));
        }
        return text.toString();
    }
}
