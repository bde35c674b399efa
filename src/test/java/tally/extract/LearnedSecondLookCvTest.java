package tally.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Round 63's cross-validation of a learned second look at dropped numbers, on dev only (never sealed). The whole run
 * is opt-in, as it reads all of dev and trains 125 models (five configurations, five seeds, five folds; about ten
 * minutes on two cores): {@code mvn -q -ntp test -Dtest=LearnedSecondLookCvTest -Dtally.cv=true}, then read the
 * tables in the test's standard output (also in target/surefire-reports/TEST-tally.extract.LearnedSecondLookCvTest.xml).
 * The result and why it was not shipped: docs/extraction-rounds.md, "Round 63, a learned second look". The harness's
 * labelling is checked on every build, on an article of its own.
 */
class LearnedSecondLookCvTest {

    private static final List<Long> SEEDS = List.of(63L, 64L, 65L, 66L, 67L);
    private static final double[] THRESHOLDS = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    /**
     * The harness gives each number its gate and its gold: a figure the rules read is its row's metric, a number no row
     * names is no claim, and another force's number a non-claim says is no troop figure of ours is marked so.
     */
    @Test
    void labelsEachNumberWithItsGateAndItsGold(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String lead = "Seoul's spy agency said on Monday that North Korea has sent about 11,000 troops to Russia.";
        String other = "Kyiv said 50,000 Russian soldiers are massed near Kursk.";
        java.nio.file.Files.writeString(dir.resolve("001_own_2024-11-04.txt"), "title: Troops sent\noutlet: Own\n"
                + "published: 2024-11-04\nlanguage: en\n---\n" + lead + "\n\n" + other + "\n");
        java.nio.file.Files.writeString(dir.resolve("001_own_2024-11-04.gold.json"), """
                {"file": "001_own_2024-11-04.txt", "claims": [{"sentence": "%s", "text": "about 11,000",
                 "metric": "deployed", "low": 11000, "high": 11000, "claimant": "Seoul's spy agency"}],
                 "nonClaims": [{"sentence": "%s", "text": "50,000 Russian soldiers", "kind": "other_force"}]}
                """.formatted(lead, other));
        LearnedSecondLookCv.Data data = new LearnedSecondLookCv(Path.of("config")).read(dir);
        LearnedSecondLookCv.Candidate sent = data.candidates().stream().filter(c -> c.number().equals("11,000"))
                .findFirst().orElseThrow();
        LearnedSecondLookCv.Candidate massed = data.candidates().stream().filter(c -> c.number().equals("50,000"))
                .findFirst().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("deployed", sent.gold());
        org.junit.jupiter.api.Assertions.assertEquals(tally.extract.Gate.READ, sent.gate());
        org.junit.jupiter.api.Assertions.assertTrue(data.rowRead().get(sent.goldRow()));
        org.junit.jupiter.api.Assertions.assertEquals(LearnedSecondLookCv.NONE, massed.gold());
        org.junit.jupiter.api.Assertions.assertTrue(massed.nonTroop(), "another force's number, per the non-claim");
        org.junit.jupiter.api.Assertions.assertNotEquals(tally.extract.Gate.READ, massed.gate());
        org.junit.jupiter.api.Assertions.assertTrue(sent.features().contains("troopAfter"), sent.features().toString());
    }

    @Test
    void crossValidatesOnDevByArticle() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("tally.cv"), "opt-in: -Dtally.cv=true");
        URL dev = getClass().getResource("/tally/extract/labelled/dev");
        Assumptions.assumeTrue(dev != null, "the labelled corpus's dev part is not in the test resources");
        LearnedSecondLookCv cv = new LearnedSecondLookCv(Path.of("config"));
        LearnedSecondLookCv.Data data = cv.read(Path.of(dev.toURI()));
        System.out.println("dev: " + data.articles() + " articles, " + data.candidates().size() + " numbers, "
                + data.goldRows() + " gold rows, " + data.rowRead().values().stream().filter(b -> b).count()
                + " of them read by the rules (a number of theirs passed every gate)");
        System.out.println("numbers by gate [gold claim, no claim]:");
        LearnedSecondLookCv.byGate(data).forEach((g, n) -> System.out.println("  " + g + " " + n[0] + " " + n[1]));
        for (String gate : List.of("NO_METRIC", "NO_METRIC_NO_NOUN", "NOT_NORTH_KOREAN")) {
            Set<Integer> rows = new HashSet<>();
            data.candidates().stream().filter(c -> c.gate().name().equals(gate) && c.goldRow() >= 0
                    && !data.rowRead().get(c.goldRow())).forEach(c -> rows.add(c.goldRow()));
            System.out.println("  gold rows dropped at " + gate + " and read nowhere else: " + rows.size());
            data.candidates().stream().filter(c -> c.gate().name().equals(gate) && c.goldRow() >= 0)
                    .forEach(c -> System.out.println("    " + c.gold() + " '" + c.number() + "' "
                            + (data.rowRead().get(c.goldRow()) ? "(row read elsewhere) " : "") + c.file()));
        }
        for (String algorithm : List.of("MAXENT_QN", "MAXENT")) {
            for (boolean withGate : List.of(true, false)) {
                for (boolean allGates : List.of(true, false)) {
                    if (algorithm.equals("MAXENT") && !(withGate && allGates)) {
                        continue;
                    }
                    int[][] sum = new int[THRESHOLDS.length][6];
                    List<String> listed = new java.util.ArrayList<>();
                    for (long seed : SEEDS) {
                        List<LearnedSecondLookCv.Counts> counts = LearnedSecondLookCv.crossValidate(data, 5, seed,
                                algorithm, THRESHOLDS, withGate, allGates, seed == SEEDS.get(0) ? 0.7 : 2, listed);
                        for (int t = 0; t < THRESHOLDS.length; t++) {
                            LearnedSecondLookCv.Counts c = counts.get(t);
                            int[] n = {c.flagged(), c.right(), c.wrongMetric(), c.spurious(), c.nonTroop(),
                                c.newRows()};
                            for (int j = 0; j < n.length; j++) {
                                sum[t][j] += n[j];
                            }
                        }
                    }
                    System.out.println(algorithm + (withGate ? ", the gate a feature" : ", no gate feature")
                            + (allGates ? ", trained on every gate" : ", trained on READ and the three gates")
                            + "; 5 folds by article, summed over seeds " + SEEDS + ":");
                    System.out.println("  threshold  flagged  right  wrong-metric  spurious  (non-troop)  new-rows");
                    for (int t = 0; t < THRESHOLDS.length; t++) {
                        System.out.println(String.format(Locale.ROOT, "  %9.2f  %7d  %5d  %12d  %8d  %11d  %8d",
                                THRESHOLDS[t], sum[t][0], sum[t][1], sum[t][2], sum[t][3], sum[t][4], sum[t][5]));
                    }
                    System.out.println("  flagged at 0.7 or more, seed " + SEEDS.get(0) + ":");
                    listed.forEach(l -> System.out.println("    " + l));
                }
            }
        }
        assertTrue(!data.candidates().isEmpty(), "dev has numbers");
    }
}
