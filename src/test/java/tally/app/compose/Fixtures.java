package tally.app.compose;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.app.question.TestConfig;
import tally.index.InMemoryCorpusIndex;
import tally.model.AnalyzedCorpus;
import tally.model.Article;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;
import tally.model.Figure;
import tally.model.LoadProblem;
import tally.model.Metric;
import tally.model.Published;
import tally.model.Source;

/**
 * A small hand-built corpus modelled on the development articles: competing claims by Ukraine, South Korea and the
 * US, a revision by Zelensky, vague figures, an undated and an unattributed claim. Shared by compose, render and CLI
 * tests.
 */
public final class Fixtures {

    public static final Article AL_JAZEERA = article("aljazeera_2024-12-24.txt", "Al Jazeera",
            Published.stated(LocalDate.of(2024, 12, 24)),
            "Thousands of North Korean soldiers have died or been wounded according to Ukrainian President Zelenskyy.\n\n"
                    + "Zelenskyy said on Monday that more than 3,000 North Korean soldiers had been killed or wounded in Kursk.\n\n"
                    + "Authorities in Ukraine, South Korea and the United States have all reported deaths among North Korean soldiers.");
    public static final Article LE_MONDE = article("lemonde.txt", "Le Monde",
            new Published(LocalDate.of(2024, 12, 23), true, "latest date in the text"),
            "Selon Volodymyr Zelensky, more than 3,000 North Korean soldiers were killed or wounded.");
    public static final Article KOREA_HERALD = article("koreaherald_2024-12-18.txt", "The Korea Herald",
            Published.stated(LocalDate.of(2024, 12, 18)),
            "Hundreds of North Korean soldiers serving with Russian forces have been killed or wounded while fighting "
                    + "Ukraine in the Kursk region, according to news reports citing a US military official.\n\n"
                    + "Last Saturday, Ukraine's defense intelligence authorities estimated that some 200 Russian and North "
                    + "Korean troops fighting side by side in combined units had been killed by Ukrainian forces.\n\n"
                    + "Soldiers were seen digging trenches near the front line in winter weather.");
    public static final Article PRAVDA = article("pravda_2025-01-09.txt", "Ukrainska Pravda",
            Published.stated(LocalDate.of(2025, 1, 9)),
            "So far, Zelenskyy said, the North Koreans \"have lost 4,000 people.\"\n\n"
                    + "Zelenskyy has previously said that North Korean losses in Kursk Oblast in December, killed and "
                    + "wounded combined, exceeded 3,000.");
    public static final Article EUROMAIDAN = article("euromaidan_2025-02-04.txt", null,
            Published.stated(LocalDate.of(2025, 2, 4)),
            "Kyrylo Budanov said nearly 8,000 North Korean soldiers remain engaged in combat in Russia's Kursk Oblast.\n\n"
                    + "Budanov confirmed that about 4,000 North Korean soldiers have been lost.");
    public static final Article DEVDISCOURSE = article("devdiscourse_2024-10-23.txt", "Devdiscourse",
            Published.stated(LocalDate.of(2024, 10, 23)),
            "Approximately 3,000 soldiers from North Korea are now in Russia, South Korea's National Intelligence "
                    + "Service (NIS) told legislators.\n\n"
                    + "According to lawmaker Park Sunwon, another 1,500 North Korean troops reached Russia recently.\n\n"
                    + "The NIS expects Pyongyang to dispatch 10,000 troops by December.");
    public static final Article KYIV = article("kyivindependent_2025-01-12.txt", "The Kyiv Independent", null,
            "Zelensky said Ukrainian forces captured two North Korean soldiers in Kursk Oblast.\n\n"
                    + "A blog listed dozens of North Korean dead.");

    public static final Claim ZELENSKY_DEC = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, null, "more than 3,000"),
            "zelensky", null, day(2024, 12, 23), AL_JAZEERA, 1, LE_MONDE, 0);
    public static final Claim ZELENSKY_JAN = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "4,000"),
            "zelensky", null, day(2025, 1, 9), PRAVDA, 0);
    public static final Claim ZELENSKY_UNDATED = claim(Metric.KILLED_OR_WOUNDED, fig(3000L, null, "exceeded 3,000"),
            "zelensky", null, ClaimDate.UNKNOWN, PRAVDA, 1);
    public static final Claim US_HUNDREDS = claim(Metric.KILLED_OR_WOUNDED, fig(null, null, "Hundreds"),
            "pentagon", null, day(2024, 12, 17), KOREA_HERALD, 0);
    public static final Claim HUR_KILLED = claim(Metric.KILLED, fig(200L, 200L, "some 200"),
            "hur", null, day(2024, 12, 14), KOREA_HERALD, 1);
    public static final Claim BUDANOV_LOST = claim(Metric.KILLED_OR_WOUNDED, fig(4000L, 4000L, "about 4,000"),
            "budanov", null, new ClaimDate(LocalDate.of(2025, 2, 4), tally.model.DatePrecision.DAY, DateBasis.REPORT_DATE),
            EUROMAIDAN, 1);
    public static final Claim BUDANOV_DEPLOYED = claim(Metric.DEPLOYED, fig(8000L, 8000L, "nearly 8,000"),
            "budanov", null, day(2025, 2, 4), EUROMAIDAN, 0);
    public static final Claim NIS_DEPLOYED = claim(Metric.DEPLOYED, fig(3000L, 3000L, "Approximately 3,000"),
            "nis", null, day(2024, 10, 23), DEVDISCOURSE, 0);
    public static final Claim NIS_VIA_PARK = claim(Metric.DEPLOYED, fig(1500L, 1500L, "another 1,500"),
            "nis", "park_sun_won", day(2024, 10, 23), DEVDISCOURSE, 1);
    public static final Claim NIS_PLANNED = claim(Metric.PLANNED_DEPLOYMENT, fig(10000L, 10000L, "10,000"),
            "nis", null, day(2024, 10, 23), DEVDISCOURSE, 2);
    public static final Claim ZELENSKY_CAPTURED = claim(Metric.CAPTURED, fig(2L, 2L, "two"),
            "zelensky", null, ClaimDate.month(LocalDate.of(2025, 1, 1)), KYIV, 0);
    public static final Claim UNNAMED_DEAD = claim(Metric.KILLED, fig(null, null, "dozens"),
            null, null, ClaimDate.UNKNOWN, KYIV, 1);

    public static final List<Claim> CLAIMS = List.of(ZELENSKY_DEC, ZELENSKY_JAN, ZELENSKY_UNDATED, US_HUNDREDS,
            HUR_KILLED, BUDANOV_LOST, BUDANOV_DEPLOYED, NIS_DEPLOYED, NIS_VIA_PARK, NIS_PLANNED, ZELENSKY_CAPTURED,
            UNNAMED_DEAD);
    public static final List<Article> ARTICLES = List.of(AL_JAZEERA, LE_MONDE, KOREA_HERALD, PRAVDA, EUROMAIDAN,
            DEVDISCOURSE, KYIV);

    private Fixtures() {
    }

    public static InMemoryCorpusIndex index() {
        return index(CLAIMS);
    }

    public static InMemoryCorpusIndex index(List<Claim> claims) {
        return new InMemoryCorpusIndex(new AnalyzedCorpus(ARTICLES, claims,
                List.of(new LoadProblem("broken.txt", 3, "header line without a colon"))), "v-test");
    }

    public static Claimant claimant(String id) {
        return TestConfig.DIRECTORY.require(id);
    }

    public static ClaimDate day(int y, int m, int d) {
        return ClaimDate.day(LocalDate.of(y, m, d), DateBasis.STATED);
    }

    public static Figure fig(@Nullable Long low, @Nullable Long high, String text) {
        return new Figure(low, high, null, text);
    }

    /** sources: pairs of (article, paragraph index); the quote is that paragraph, as the extractor would keep it. */
    public static Claim claim(Metric metric, Figure figure, @Nullable String claimantId, @Nullable String relayedById,
                              ClaimDate date, Object... sources) {
        List<Source> list = new ArrayList<>();
        for (int i = 0; i < sources.length; i += 2) {
            Article a = (Article) sources[i];
            String quote = paragraphs(a).get((Integer) sources[i + 1]);
            list.add(Source.of(a, quote));
        }
        return new Claim(metric, figure, claimantId == null ? Claimant.UNKNOWN : claimant(claimantId),
                relayedById == null ? null : claimant(relayedById), date, list);
    }

    /**
     * The claim as said in a sentence of its own in its first source's article: two claims of one sentence are two
     * counts of one statement and revise nothing (trial 15), so a fixture's revision needs two sentences.
     */
    public static Claim own(Claim c) {
        Source s = c.sources().get(0);
        return c.withSources(List.of(new Source(s.file(), s.outlet(), s.title(), s.url(), s.published(),
                "A sentence that gives " + c.figure().text() + " on " + c.claimDate().date() + ".")));
    }

    public static List<String> paragraphs(Article a) {
        return Arrays.asList(a.body().split("\n\n"));
    }

    private static Article article(String file, @Nullable String outlet, @Nullable Published published, String body) {
        return new Article(file, "Title of " + file, outlet, "https://example.org/" + file, published, "en",
                Map.of(), body, 6);
    }
}
