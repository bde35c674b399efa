package tally.adapter.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.config.ClaimantDirectory;
import tally.model.Metric;

class CorpusGeneratorTest {

    private static final List<GeneratedArticle> ARTICLES = new CorpusGenerator(7).generate(600);

    @Test
    void sameSeedWritesIdenticalBytes(@TempDir Path tmp) throws IOException {
        new CorpusGenerator(11).write(40, tmp.resolve("a"));
        new CorpusGenerator(11).write(40, tmp.resolve("b"));
        List<String> names = fileNames(tmp.resolve("a"));
        assertEquals(names, fileNames(tmp.resolve("b")));
        assertEquals(41, names.size(), "40 articles and the truth file");
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("a").resolve(name)),
                    Files.readAllBytes(tmp.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void differentSeedsWriteDifferentCorpora() {
        String one = new CorpusGenerator(1).generate(5).get(4).text();
        String two = new CorpusGenerator(2).generate(5).get(4).text();
        assertNotEquals(one, two);
    }

    @Test
    void everyTruthSentenceIsInItsArticleAndEveryFigureTextInItsSentence() {
        int claims = 0;
        for (GeneratedArticle a : ARTICLES) {
            for (TruthFile.Claim c : a.truth().claims()) {
                assertTrue(a.text().contains(c.sentence()), () -> a.file() + " lacks: " + c.sentence());
                assertTrue(c.sentence().contains(c.text()), () -> c.sentence() + " lacks: " + c.text());
                claims++;
            }
        }
        assertTrue(claims > ARTICLES.size(), "about two or three claims per article, got " + claims);
    }

    @Test
    void truthValuesAreConsistentCounts() {
        for (GeneratedArticle a : ARTICLES) {
            for (TruthFile.Claim c : a.truth().claims()) {
                assertTrue(Metric.byId(c.metric()).isPresent(), c.metric());
                if (c.low() != null && c.high() != null) {
                    assertTrue(c.low() <= c.high(), c::toString);
                }
                assertEquals(c.claimDate() == null, c.datePrecision() == null, c::toString);
            }
        }
    }

    @Test
    void weekdayClaimDatesAreTheMostRecentSuchDayBeforePublication() {
        int checked = 0;
        for (GeneratedArticle a : ARTICLES) {
            LocalDate published = LocalDate.parse(a.truth().published());
            for (TruthFile.Claim c : a.truth().claims()) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    String name = day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                    if (c.sentence().contains("on " + name) && c.claimDate() != null) {
                        LocalDate expected = published.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
                        assertEquals(expected.toString(), c.claimDate(), c::toString);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 20, "enough weekday phrases to check: " + checked);
    }

    @Test
    void lastWeekMeansTheMondayOfThePreviousWeek() {
        int checked = 0;
        for (GeneratedArticle a : ARTICLES) {
            LocalDate published = LocalDate.parse(a.truth().published());
            for (TruthFile.Claim c : a.truth().claims()) {
                if ("week".equals(c.datePrecision())) {
                    LocalDate monday = LocalDate.parse(c.claimDate());
                    assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
                    long days = ChronoUnit.DAYS.between(monday, published);
                    assertTrue(days >= 7 && days <= 13, c::toString);
                    checked++;
                }
            }
        }
        assertTrue(checked > 5, "enough 'last week' phrases: " + checked);
    }

    @Test
    void publicationDatesRunInFileOrderAcrossTheWholePeriod() {
        List<LocalDate> dates = ARTICLES.stream().map(a -> LocalDate.parse(a.truth().published())).toList();
        for (int i = 1; i < dates.size(); i++) {
            assertFalse(dates.get(i).isBefore(dates.get(i - 1)));
        }
        assertTrue(dates.get(0).getYear() == 2024 && dates.get(dates.size() - 1).getYear() == 2026);
    }

    @Test
    void corpusMixesHeaderStylesAndFigureWordings() {
        Set<String> headers = ARTICLES.stream().map(a -> a.truth().header()).collect(Collectors.toSet());
        assertEquals(Set.of("full", "partial", "none"), headers);
        List<TruthFile.Claim> claims = ARTICLES.stream().flatMap(a -> a.truth().claims().stream()).toList();
        Set<String> qualifiers = claims.stream().map(TruthFile.Claim::qualifier).filter(q -> q != null)
                .collect(Collectors.toSet());
        assertTrue(qualifiers.containsAll(Set.of("at least", "more than", "about", "nearly", "up to", "some", "between")),
                qualifiers::toString);
        assertTrue(claims.stream().anyMatch(c -> c.low() == null && c.high() == null), "vague figures");
        assertTrue(claims.stream().anyMatch(c -> c.text().matches("(?i).*\\b(thousand|hundred)\\b.*") && c.low() != null),
                "figures in words");
        Set<String> claimants = claims.stream().map(TruthFile.Claim::claimant).collect(Collectors.toSet());
        assertTrue(claimants.size() >= 15, claimants::toString);
        assertTrue(ARTICLES.stream().anyMatch(a -> a.truth().claims().isEmpty()), "articles without claims");
        assertTrue(claims.stream().anyMatch(c -> "nis".equals(c.claimant()) && "lee_sung_kwon".equals(c.relayedBy())),
                "claims a lawmaker relays from the spy agency");
    }

    @Test
    void articlesWithoutHeaderStartWithTheirBodyAndOthersEndTheHeaderWithDashes() {
        for (GeneratedArticle a : ARTICLES) {
            String first = a.text().lines().findFirst().orElseThrow();
            if (a.truth().header().equals("none")) {
                assertFalse(first.matches("[a-z]+: .*"), a.file());
                assertFalse(a.text().contains("\n---\n"), a.file());
            } else {
                assertTrue(first.startsWith("title: "), a.file());
                assertTrue(a.text().contains("\n---\n"), a.file());
            }
        }
    }

    @Test
    void everySpeakerNameIsRecognisedAsItsClaimantByTheRealLexicon() {
        ClaimantDirectory directory = ClaimantDirectory.load(Path.of("config"));
        for (Speaker speaker : Speaker.ALL) {
            assertTrue(directory.byId(speaker.id()).isPresent(), speaker.id());
            for (String name : speaker.names()) {
                List<String> found = directory.claimants(name).stream().map(ClaimantDirectory.Mention::id).toList();
                assertTrue(found.contains(speaker.id()), () -> name + " -> " + found);
            }
        }
    }

    @Test
    void hugeArticleReachesTheRequestedSize() {
        String text = new CorpusGenerator(3).hugeArticle(200_000);
        assertTrue(text.length() >= 200_000);
        assertTrue(text.startsWith("title: "));
    }

    @Test
    void truthFileRoundTripsThroughJson(@TempDir Path tmp) {
        TruthFile written = new CorpusGenerator(5).write(12, tmp);
        assertEquals(written, TruthFile.read(tmp.resolve(TruthFile.NAME)));
    }

    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
