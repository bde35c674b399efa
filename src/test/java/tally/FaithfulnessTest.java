package tally;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.app.answer.Answer;
import tally.app.answer.FigureGroup;
import tally.app.answer.Revision;
import tally.app.render.TextRenderer;
import tally.bootstrap.TallyRuntime;
import tally.index.LuceneCorpusIndex;
import tally.model.Claim;
import tally.model.Passage;
import tally.model.Source;

/**
 * The faithfulness rule end to end, as production runs it: the bundled corpus and the development articles, the real
 * extractor and config, the Lucene index {@link TallyRuntime} builds on disk, and the text renderer. For every reply:
 * each figure shown is worded exactly as in one of its own sources' quotes, qualifier included ("approximately
 * 1,100", never "about 1,000"), the reply shows that wording, and no other number appears in it except the dates,
 * file names and counts that belong to the reply (the question's own numbers, claim and publication dates, how many
 * claims a group holds). Changing the renderer to round a single figure makes this test fail.
 */
class FaithfulnessTest {

    private static final List<String> QUESTIONS = List.of(
            "How many North Korean soldiers have died?",
            "What does South Korea say about deaths?",
            "How many North Korean troops were sent to Russia?",
            "What are North Korea's casualties according to Zelensky?",
            "What does South Korea say?",
            "How many were captured?",
            "How many were wounded?",
            "What are the losses?",
            "How many more troops will Pyongyang send?",
            "How many died in December 2024?",
            "How many were wounded since January?",
            "What does the NIS say?",
            "What does Ukraine's military intelligence say?",
            "HUR figures",
            "Budanov",
            "How many of the 12345 soldiers died in 1999?",
            "What's the weather in Paris?",
            "Скільки північнокорейських солдатів загинуло?",
            "Compare what Zelensky and South Korea say",
            "did 10,000 North Koreans die?",
            "Who gives the highest number?",
            "What are the latest casualty figures?",
            "Why do the numbers differ?",
            "How many Russian soldiers have been killed?");

    /** A number as written: "3,000", "1.5", "2024". */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");

    @TempDir
    static Path tmp;

    private static TallyRuntime runtime;
    private static final List<Answer> ANSWERS = new ArrayList<>();
    private final TextRenderer renderer = new TextRenderer();

    @BeforeAll
    static void openTheBundledAndDevelopmentArticles() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (Path folder : List.of(Path.of("corpus"), Path.of("src/test/resources/tally/extract/dev-articles"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    Files.copy(file, corpus.resolve(file.getFileName()));
                }
            }
        }
        runtime = TallyRuntime.open(corpus, tmp.resolve("data"), Path.of("config"), line -> { });
        QUESTIONS.forEach(q -> ANSWERS.add(runtime.tally().ask(q)));
        ANSWERS.add(runtime.tally().summary());
    }

    @AfterAll
    static void close() {
        runtime.close();
    }

    @Test
    void theRepliesComeFromTheLuceneIndexProductionUses() {
        boolean lucene = runtime.corpus().read(index -> index instanceof LuceneCorpusIndex);
        assertTrue(lucene, "a Lucene index");
        assertTrue(runtime.corpus().corpus().articles().size() >= 11, "the bundled and the development articles");
        long shown = ANSWERS.stream().flatMap(a -> shownClaims(a).stream()).distinct().count();
        // 25: the same claim told by several outlets is one claim since issue 8.3, so there are fewer distinct claims.
        assertTrue(shown >= 25, "the replies show enough figures for the checks to mean something: " + shown);
    }

    @Test
    void everyFigureShownIsWordedAsInOneOfItsOwnSourcesWithItsQualifier() {
        for (Answer answer : ANSWERS) {
            String text = renderer.render(answer);
            for (Claim claim : shownClaims(answer)) {
                String wording = claim.figure().text();
                assertTrue(claim.sources().stream().anyMatch(s -> squash(s.quote()).contains(squash(wording))),
                        () -> "'" + wording + "' is in none of its own sources' quotes: " + claim.sources());
                assertTrue(text.contains(wording), () -> "the reply does not show '" + wording + "' as worded:\n" + text);
                for (Source s : claim.sources()) {
                    // A claim told by several outlets keeps each one's own wording, which must be in its own quote.
                    assertTrue(s.wording() == null || squash(s.quote()).contains(squash(s.wording())),
                            () -> "'" + s.wording() + "' is not in its own source's quote: " + s.quote());
                }
            }
            assertTrue(text.contains("unverified"), text);
        }
    }

    /**
     * Read from the rendered text itself, not from the answer: each figure line of a group shows, before its claimant,
     * the wordings of that line's own claim (one or more, "approximately 100 / at least 100"), and each is in one of
     * that claim's own sources' quotes with its qualifier; a source's "as “…”" wording too; the spread line's two ends
     * are worded as their own claims' sources word them, and so are both figures of a revision. A renderer that rounds
     * one figure, swaps its qualifier ("approximately 1,100" as "about 1,100") or shows one claim's figure on
     * another's line fails here even when the original wording appears elsewhere in the reply.
     */
    @Test
    void eachFigureLineSpreadAndRevisionShowsItsOwnClaimsWordingAsItsSourcesQuoteIt() {
        int checked = 0;
        for (Answer answer : ANSWERS) {
            String text = renderer.render(answer);
            List<String> blocks = List.of(text.split("\n\n"));
            for (FigureGroup group : answer.groups()) {
                String heading = tally.app.render.Wording.heading(group, answer);
                String block = blocks.stream().filter(b -> b.startsWith(heading + "\n")).findFirst()
                        .orElseThrow(() -> new AssertionError("no block headed '" + heading + "' in:\n" + text));
                List<Claim> order = group.sides().isEmpty() ? group.claims()
                        : group.sides().stream().flatMap(side -> side.claims().stream()).toList();
                List<String> lines = block.lines().filter(l -> l.startsWith("- ") && !l.startsWith("- ... ")
                        && !l.startsWith("- no figures in the sources")).toList();
                assertEquals(order.size(), lines.size(), () -> "one line per claim shown:\n" + block);
                for (int i = 0; i < lines.size(); i++) {
                    Claim claim = order.get(i);
                    String line = lines.get(i);
                    String shown = line.substring(2, firstOf(line, " (", " \u2014 "));
                    for (String wording : shown.split(" / ")) {
                        assertInOwnQuotes(claim, wording, line);
                    }
                    Matcher as = SOURCE_WORDING.matcher(line);
                    while (as.find()) {
                        assertInOwnQuotes(claim, as.group(1), line);
                    }
                    checked++;
                }
                if (group.lowest() != null && group.highest() != null) {
                    Matcher spread = SPREAD.matcher(block);
                    assertTrue(spread.find(), () -> "no spread line in:\n" + block);
                    assertInOwnQuotes(group.lowest(), spread.group(1), spread.group());
                    assertInOwnQuotes(group.highest(), spread.group(2), spread.group());
                }
                Matcher revised = REVISED.matcher(block);
                for (Revision r : group.revisions()) {
                    assertTrue(revised.find(), () -> "no line for the revision " + r + " in:\n" + block);
                    assertInOwnQuotes(r.before(), revised.group(1), revised.group());
                    assertInOwnQuotes(r.after(), revised.group(2), revised.group());
                }
            }
        }
        int lines = checked;
        assertTrue(lines >= 60, () -> "enough figure lines for the check to mean something: " + lines);
    }

    private static final Pattern SOURCE_WORDING = Pattern.compile(" as \u201c([^\u201d]*)\u201d");
    private static final Pattern SPREAD = Pattern.compile("(?m)^Spread of the totals: from (.+?) \\(.+\\) to (.+?) \\(");
    private static final Pattern REVISED = Pattern.compile("(?m) revised (?:the|its) figure from (.+?) \\([^)]*\\) to "
            + "(.+?) \\([^)]*\\)$");

    private static int firstOf(String line, String... marks) {
        int end = line.length();
        for (String mark : marks) {
            int at = line.indexOf(mark, 2);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return end;
    }

    private static void assertInOwnQuotes(Claim claim, String wording, String line) {
        assertTrue(claim.sources().stream().anyMatch(s -> squash(s.quote()).contains(squash(wording))),
                () -> "'" + wording + "', shown in \"" + line + "\", is in none of its own claim's quotes: "
                        + claim.sources().stream().map(Source::quote).toList());
    }

    @Test
    void noOtherNumberAppearsInAReply() {
        for (Answer answer : ANSWERS) {
            String text = renderer.render(answer);
            Set<String> allowed = allowedNumbers(answer);
            Matcher number = NUMBER.matcher(text);
            while (number.find()) {
                String found = number.group();
                assertTrue(allowed.contains(found), () -> "'" + found + "' belongs to no figure, date or source of "
                        + "this reply:\n" + text);
            }
        }
    }

    private static List<Claim> shownClaims(Answer answer) {
        List<Claim> claims = new ArrayList<>();
        for (FigureGroup group : answer.groups()) {
            claims.addAll(group.claims());
            for (Revision r : group.revisions()) {
                claims.add(r.before());
                claims.add(r.after());
            }
            Stream.of(group.lowest(), group.highest()).filter(java.util.Objects::nonNull).forEach(claims::add);
        }
        claims.addAll(answer.mentioning());
        return claims;
    }

    /** The numbers a reply may contain, each as written, taken from what the reply is about. */
    private static Set<String> allowedNumbers(Answer answer) {
        List<String> sources = new ArrayList<>(List.of(answer.question()));
        for (Claim c : shownClaims(answer)) {
            sources.add(c.figure().text());
            sources.add(c.claimDate().display());
            sources.add(c.claimant().name());
            if (c.relayedBy() != null) {
                sources.add(c.relayedBy().name());
            }
            for (Source s : c.sources()) {
                sources.add(s.file());
                sources.add(s.outletOrFile());
                sources.add(s.title() == null ? "" : s.title());
                sources.add(s.wording() == null ? "" : s.wording());
                sources.add(s.published() == null ? "" : s.published().date().toString());
            }
        }
        for (Passage p : answer.passages()) {
            sources.add(p.text());
            sources.add(p.file());
            sources.add(p.published() == null ? "" : p.published().date().toString());
        }
        if (answer.parsed().period() != null) {
            sources.add(answer.parsed().period().text());
            sources.add(answer.parsed().period().from() + " " + answer.parsed().period().to());
        }
        for (FigureGroup group : answer.groups()) {
            // How many claims a group holds or leaves out: Tally's own count, not a figure.
            sources.add(group.total() + " " + group.hidden() + " " + group.claims().size() + " " + group.hiddenUndated()
                    + " " + (group.hidden() - group.hiddenUndated()));
        }
        tally.app.answer.Differences d = answer.differences();
        if (d != null) {
            // What differs between the figures: Tally's own counts of the claims, and their earliest and latest dates.
            sources.add(d.claims() + " " + d.undated() + " " + d.uncertain() + " " + d.metrics().values() + " "
                    + d.scopes().values());
            sources.add(d.earliest() == null ? "" : d.earliest().display() + " " + d.latest().display());
        }
        Set<String> numbers = new HashSet<>();
        for (String s : sources) {
            NUMBER.matcher(s).results().forEach(m -> numbers.add(m.group()));
        }
        return numbers;
    }

    /** Quotes are compared modulo whitespace runs, which sentence splitting may fold. */
    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
