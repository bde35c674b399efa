package tally.adapter.discord;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tally.app.ArticleInfo;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.ParsedQuestion;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.LoadProblem;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

/** A hand-built Tally for the adapter's tests, until the engine lands: two killed figures and one captured. */
final class FakeTally implements Tally {
    static final String CAVEAT = "These figures are unverified claims by the parties named; none is confirmed.";
    static final Claimant NIS = new Claimant("nis", "South Korea's National Intelligence Service", Claimant.Kind.OFFICIAL_BODY);
    static final Claimant ZELENSKY = new Claimant("zelensky", "Volodymyr Zelensky", Claimant.Kind.PERSON);
    static final Source YONHAP = new Source("001_yonhap.txt", "Yonhap", "NIS: about 300 North Korean troops killed",
            "https://en.yna.co.kr/view/AEN20250113", Published.stated(LocalDate.of(2025, 1, 13)),
            "About 300 North Korean soldiers have been killed, the NIS told lawmakers @everyone <@&123> **bold**.");
    static final Source KYIV = new Source("002_kyiv.txt", "Kyiv Independent", "Zelensky on North Korean losses", null,
            Published.stated(LocalDate.of(2024, 12, 23)), "Some 3,000 North Korean soldiers were killed or wounded, Zelensky said.");
    static final Claim KILLED_NIS = new Claim(Metric.KILLED, new Figure(300L, 300L, "about", "about 300"), NIS, null,
            ClaimDate.day(LocalDate.of(2025, 1, 13), DateBasis.STATED), List.of(YONHAP));
    static final Claim KILLED_ZELENSKY = new Claim(Metric.KILLED, new Figure(3000L, 3000L, "some", "some 3,000"), ZELENSKY,
            null, ClaimDate.day(LocalDate.of(2024, 12, 23), DateBasis.STATED), List.of(KYIV));
    static final Claim CAPTURED = new Claim(Metric.CAPTURED, new Figure(2L, 2L, null, "two"), ZELENSKY, null,
            ClaimDate.month(LocalDate.of(2025, 1, 1)), List.of(KYIV));

    volatile String version = "v1";
    volatile List<LoadProblem> problems = List.of();
    volatile java.util.Optional<tally.app.Freshness> freshness = java.util.Optional.empty();
    final java.util.concurrent.atomic.AtomicInteger asks = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public Answer ask(String question, java.util.List<String> earlier) {
        lastEarlier = earlier;
        return ask(question);
    }

    /** As Tally reads it: a question that opens with "and" follows on from the last one. */
    @Override
    public boolean followsOn(String question) {
        return question.strip().toLowerCase(java.util.Locale.ROOT).startsWith("and ");
    }

    /** The asker's earlier questions a caller last passed (null when no follow-up was asked). */
    volatile java.util.List<String> lastEarlier;

    @Override
    public Answer ask(String question) {
        asks.incrementAndGet();
        if (question.contains("explode")) {
            throw new IllegalStateException("the engine failed (as a test asked it to)");
        }
        if (question.contains("sent")) {
            return manyDeployments(question, 60);
        }
        boolean onTopic = question.toLowerCase(java.util.Locale.ROOT).matches(".*(killed|captured|troops|soldiers).*");
        return answer(question, onTopic);
    }

    private static Answer answer(String question, boolean onTopic) {
        if (!onTopic) {
            return new Answer(question, new ParsedQuestion(Set.of(), null, null, false), List.of(), List.of(),
                    "Tally only answers questions about North Korean troops in the war on Ukraine.", CAVEAT);
        }
        FigureGroup killed = new FigureGroup(Metric.KILLED, List.of(KILLED_NIS, KILLED_ZELENSKY), KILLED_NIS, KILLED_ZELENSKY, List.of(), false);
        FigureGroup captured = new FigureGroup(Metric.CAPTURED, List.of(CAPTURED), null, null, List.of(), false);
        return new Answer(question, new ParsedQuestion(Set.of(Metric.KILLED), null, null, true),
                List.of(killed, captured), List.of(), null, CAVEAT);
    }

    /** {@code count} figures with long quotes: sixty are more than one page. */
    private static Answer manyDeployments(String question, int count) {
        List<Claim> claims = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Source source = new Source("d" + i + ".txt", "Outlet number " + i, "Report " + i, "https://example.org/report/" + i,
                    Published.stated(LocalDate.of(2025, 2, 1 + i % 27)), "quote " + i);
            claims.add(new Claim(Metric.DEPLOYED, new Figure(null, null, null, "deployment figure " + i), NIS, ZELENSKY,
                    ClaimDate.day(LocalDate.of(2025, 2, 1 + i % 27), DateBasis.STATED), List.of(source, KYIV, YONHAP)));
        }
        return new Answer(question, new ParsedQuestion(Set.of(Metric.DEPLOYED), null, null, true),
                List.of(new FigureGroup(Metric.DEPLOYED, claims, null, null, List.of(), false)), List.of(), null, CAVEAT);
    }

    @Override
    public List<Claim> figures(FigureQuery query) {
        return List.of(KILLED_NIS, CAPTURED, KILLED_ZELENSKY).stream()
                .filter(c -> query.metrics().isEmpty() || query.metrics().contains(c.metric()))
                .filter(c -> query.claimantId() == null || c.claimant().id().equals(query.claimantId()))
                .toList();
    }

    /** When above 0, the summary lists this many deployment figures (sixty make several pages) instead of three. */
    volatile int summaryFigures;

    @Override
    public Answer summary() {
        int many = summaryFigures;
        return many > 0 ? manyDeployments("", many) : answer("", true);
    }

    /** Articles a test sets in place of the two below. */
    private List<ArticleInfo> articles;

    void articles(List<ArticleInfo> set) {
        articles = List.copyOf(set);
    }

    @Override
    public List<ArticleInfo> articles() {
        if (articles != null) {
            return articles;
        }
        return List.of(new ArticleInfo("001_yonhap.txt", YONHAP.title(), "Yonhap", YONHAP.url(), YONHAP.published(), 1),
                new ArticleInfo("002_kyiv.txt", KYIV.title(), "Kyiv Independent", null, KYIV.published(), 2));
    }

    @Override
    public Optional<ArticleClaims> article(String file) {
        return articles().stream().filter(a -> a.file().equals(file)).findFirst()
                .map(a -> new ArticleClaims(a, List.of(KILLED_NIS, KILLED_ZELENSKY, CAPTURED).stream()
                        .filter(c -> c.sources().stream().anyMatch(s -> s.file().equals(file))).toList()));
    }

    @Override
    public List<Claimant> claimants() {
        return List.of(NIS, ZELENSKY);
    }

    @Override
    public String corpusVersion() {
        return version;
    }

    @Override
    public List<LoadProblem> problems() {
        return problems;
    }

    @Override
    public java.util.Optional<tally.app.Freshness> freshness() {
        return freshness;
    }
}
