package tally.index;

import tally.model.ClaimOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

/** A small hand-built corpus whose claims cover every filter and ordering rule. */
final class Fixtures {

    static final Claimant ZELENSKY = new Claimant("zelensky", "Volodymyr Zelensky", Claimant.Kind.PERSON);
    static final Claimant NIS = new Claimant("nis", "National Intelligence Service", Claimant.Kind.OFFICIAL_BODY);
    static final Claimant LEE = new Claimant("lee_seong_kweun", "Lee Seong-kweun", Claimant.Kind.PERSON);
    static final Claimant PENTAGON = new Claimant("pentagon", "Pentagon", Claimant.Kind.OFFICIAL_BODY);

    static final Article KYIV = article("a_kyiv.txt", "Kyiv Independent", "2024-12-02", """
            Some North Korean troops fighting on Russia's side were killed, Zelensky says.

            The president spoke to reporters in Kyiv about the Kursk region.

            Weather in the capital was cold and grey all week.
            """);
    static final Article SEOUL = article("b_seoul.txt", null, null, """
            Last Updated:
            South Korean lawmaker Lee Seong-kweun said at least 100 North Koreans have been killed.
            The spy agency briefing also said injuries could reach nearly 1,000.
            """);
    static final Article BUDGET = article("c_budget.txt", "Budget Daily", "2025-01-10", """
            The finance ministry published its annual budget report with new tax brackets.

            Agricultural subsidies for wheat farmers will rise next spring.
            """);

    private Fixtures() {
    }

    /** Claims in a scrambled order; {@link #EXPECTED_ORDER} is the order ClaimOrder must produce, worked out by hand. */
    static final List<Claim> CLAIMS = List.of(
            claim("undated_deployed", Metric.DEPLOYED, 10_000L, ZELENSKY, null, ClaimDate.UNKNOWN, KYIV),
            claim("nis_killed_dec27", Metric.KILLED, 100L, NIS, LEE, day("2024-12-27"), SEOUL),
            claim("zel_killed_dec02", Metric.KILLED, null, ZELENSKY, null, day("2024-12-02"), KYIV),
            claim("nis_wounded_dec27", Metric.WOUNDED, 1_000L, NIS, LEE, day("2024-12-27"), SEOUL),
            claim("pentagon_kw_month", Metric.KILLED_OR_WOUNDED, 500L, PENTAGON, null,
                    ClaimDate.month(LocalDate.parse("2024-12-15")), SEOUL),
            claim("zel_kw_jan09", Metric.KILLED_OR_WOUNDED, 4_000L, ZELENSKY, null, day("2025-01-09"), KYIV),
            claim("lee_killed_dec27_small", Metric.KILLED, 30L, LEE, null, day("2024-12-27"), SEOUL),
            claim("undated_killed", Metric.KILLED, 3L, PENTAGON, null, ClaimDate.UNKNOWN, BUDGET));

    static final List<String> EXPECTED_ORDER = List.of(
            "zel_kw_jan09",            // newest
            "nis_killed_dec27",        // same day: KILLED before WOUNDED, then higher value first
            "lee_killed_dec27_small",
            "nis_wounded_dec27",
            "zel_killed_dec02",
            "pentagon_kw_month",       // month precision is stored as 2024-12-01
            "undated_killed",          // undated last, KILLED before DEPLOYED
            "undated_deployed");

    static AnalyzedCorpus corpus() {
        return new AnalyzedCorpus(List.of(KYIV, SEOUL, BUDGET), CLAIMS, List.of());
    }

    /** A claim's label is its quote, so tests can name claims without relying on equality of whole records. */
    static String label(Claim c) {
        return c.sources().get(0).quote();
    }

    static List<String> labels(List<Claim> claims) {
        return claims.stream().map(Fixtures::label).toList();
    }

    static ClaimDate day(String iso) {
        return ClaimDate.day(LocalDate.parse(iso), DateBasis.STATED);
    }

    static Claim claim(String label, Metric metric, Long value, Claimant claimant, Claimant relayedBy, ClaimDate date,
                       Article from) {
        Figure figure = value == null ? new Figure(null, null, null, "some") : new Figure(value, value, null,
                value.toString());
        return new Claim(metric, figure, claimant, relayedBy, date, List.of(Source.of(from, label)));
    }

    static Article article(String file, String outlet, String published, String body) {
        return new Article(file, null, outlet, null, published == null ? null : Published.stated(
                LocalDate.parse(published)), "en", Map.of(), body, 1);
    }
}
