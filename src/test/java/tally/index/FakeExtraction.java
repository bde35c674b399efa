package tally.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.app.port.ClaimExtraction;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

/**
 * Stands in for the real extractor: one KILLED claim per "KILLED n" in a line (claimant from "by id"), dated by the
 * article's publication; articles without a date get an inferred one. Counts its calls, so tests can tell a reused
 * index from a rebuilt one.
 */
class FakeExtraction implements ClaimExtraction {

    static final LocalDate INFERRED = LocalDate.parse("2024-01-01");
    private static final Pattern KILLED = Pattern.compile("KILLED (\\d+)(?: by ([a-z_]+))?");

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public AnalyzedCorpus analyze(List<Article> articles) {
        calls.incrementAndGet();
        List<Article> dated = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Article loaded : articles) {
            if (loaded.published() != null && loaded.published().inferred()) {
                throw new IllegalStateException("the store must hand the extractor articles as loaded: " + loaded.file());
            }
            Article a = loaded.published() != null ? loaded
                    : loaded.withPublished(new Published(INFERRED, true, "fake"));
            dated.add(a);
            for (String line : a.body().split("\\R")) {
                Matcher m = KILLED.matcher(line);
                while (m.find()) {
                    String id = m.group(2) == null ? "unknown" : m.group(2);
                    claims.add(new Claim(Metric.KILLED, new Figure(Long.parseLong(m.group(1)),
                            Long.parseLong(m.group(1)), null, m.group(1)),
                            id.equals("unknown") ? Claimant.UNKNOWN : new Claimant(id, id, Claimant.Kind.PERSON), null,
                            ClaimDate.day(a.published().date(), DateBasis.REPORT_DATE),
                            List.of(Source.of(a, line.strip()))));
                }
            }
        }
        return new AnalyzedCorpus(dated, claims, List.of());
    }
}
