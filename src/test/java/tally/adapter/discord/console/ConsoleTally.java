package tally.adapter.discord.console;

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

/** A one-claim Tally for the console tests, until the engine lands. */
final class ConsoleTally {
    private ConsoleTally() {
    }

    static Tally create() {
        Claimant nis = new Claimant("nis", "South Korea's NIS", Claimant.Kind.OFFICIAL_BODY);
        Source yonhap = new Source("001.txt", "Yonhap", "NIS briefing", "https://en.yna.co.kr/x",
                Published.stated(LocalDate.of(2025, 1, 13)), "About 300 were killed.");
        Claim killed = new Claim(Metric.KILLED, new Figure(300L, 300L, "about", "about 300"), nis, null,
                ClaimDate.day(LocalDate.of(2025, 1, 13), DateBasis.STATED), List.of(yonhap));
        Answer answer = new Answer("", new ParsedQuestion(Set.of(Metric.KILLED), null, null, true),
                List.of(new FigureGroup(Metric.KILLED, List.of(killed), null, null, List.of(), false)), List.of(), null,
                "These are unverified claims.");
        return new Tally() {
            @Override
            public Answer ask(String question) {
                return new Answer(question, answer.parsed(), answer.groups(), List.of(), null, answer.caveat());
            }

            @Override
            public boolean followsOn(String question) {
                return question.startsWith("and ");
            }

            @Override
            public Answer ask(String question, List<String> earlier) {
                return new Answer(question, answer.parsed(), answer.groups(), List.of(),
                        "after: " + String.join(" | ", earlier), answer.caveat());
            }

            @Override
            public List<Claim> figures(FigureQuery query) {
                return query.metrics().isEmpty() || query.metrics().contains(Metric.KILLED) ? List.of(killed) : List.of();
            }

            @Override
            public Answer summary() {
                return answer;
            }

            @Override
            public List<ArticleInfo> articles() {
                return List.of(new ArticleInfo("001.txt", "NIS briefing", "Yonhap", yonhap.url(), yonhap.published(), 1));
            }

            @Override
            public Optional<ArticleClaims> article(String file) {
                return articles().stream().filter(a -> a.file().equals(file)).findFirst().map(a -> new ArticleClaims(a, List.of(killed)));
            }

            @Override
            public List<Claimant> claimants() {
                return List.of(nis);
            }

            @Override
            public String corpusVersion() {
                return "1";
            }

            @Override
            public List<LoadProblem> problems() {
                return List.of();
            }
        };
    }
}
