package tally.adapter.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import tally.adapter.gen.CorpusGenerator;
import tally.app.ArticleInfo;
import tally.app.FigureQuery;
import tally.app.Tally;
import tally.app.answer.Answer;
import tally.app.answer.ParsedQuestion;
import tally.app.port.CorpusIndex;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.Claimant;
import tally.model.LoadProblem;
import tally.model.Published;

/**
 * Test doubles for the benchmark's own tests: a plain header reader, an "extractor" that returns the truth file's
 * claims, the in-memory index and an engine that answers with passages. They exercise the harness, not Tally.
 */
final class FakeWiring {

    private FakeWiring() {
    }

    static Wiring create() {
        return new Wiring((dir, data, config) -> {
            CorpusIndex index = new InMemoryCorpusIndex(analyze(load(dir)), "v1");
            return new Wiring.Opened(new PassageTally(index), index, q -> index.passages(q, 3).size(), index);
        }, (n, seed, dir) -> new CorpusGenerator(seed).write(n, dir));
    }

    private static List<Article> load(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Article> articles = new ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(parse(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8)));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Article parse(String file, String text) {
        Map<String, String> header = new HashMap<>();
        int end = text.indexOf("\n---\n");
        String body = text;
        if (text.startsWith("title:") && end > 0) {
            for (String line : text.substring(0, end).split("\n")) {
                int colon = line.indexOf(": ");
                header.put(line.substring(0, colon), line.substring(colon + 2));
            }
            body = text.substring(end + 5);
        }
        String published = header.get("published");
        return new Article(file, header.get("title"), header.get("outlet"), header.get("url"),
                published == null ? null : Published.stated(LocalDate.parse(published)), header.get("language"),
                Map.of(), body, 1);
    }

    /** Reads truth.json next to the articles; a folder without one yields no claims. */
    private static AnalyzedCorpus analyze(List<Article> articles) {
        List<Claim> claims = List.of();
        if (!articles.isEmpty()) {
            Path truth = Path.of(System.getProperty("tally.test.truth", "none"));
            if (Files.isRegularFile(truth)) {
                claims = TruthAsCorpus.claims(Truth.read(truth));
            }
        }
        return new AnalyzedCorpus(articles, claims, List.of());
    }

    private record PassageTally(CorpusIndex index) implements Tally {
        @Override
        public Answer ask(String question) {
            return new Answer(question, new ParsedQuestion(Set.of(), null, null, true), List.of(),
                    index.passages(question, 3), null, "These are unverified claims.");
        }

        @Override
        public Answer ask(String question, List<String> earlier) {
            return ask(question);
        }

        @Override
        public boolean followsOn(String question) {
            return false;
        }

        @Override
        public List<Claim> figures(FigureQuery query) {
            return index.claims(query);
        }

        @Override
        public Answer summary() {
            return ask("");
        }

        @Override
        public List<ArticleInfo> articles() {
            return List.of();
        }

        @Override
        public Optional<ArticleClaims> article(String file) {
            return Optional.empty();
        }

        @Override
        public List<Claimant> claimants() {
            return List.of();
        }

        @Override
        public String corpusVersion() {
            return index.version();
        }

        @Override
        public List<LoadProblem> problems() {
            return List.of();
        }
    }
}
