package tally.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tally.adapter.bench.GoldFile;
import tally.adapter.bench.LabelledScore;
import tally.config.ClaimantDirectory;
import tally.model.Claim;

/**
 * Round 49's paraphrase set ({@code paraphrased/}): 41 facts taken from dev gold (deployments, plans, killed, wounded,
 * casualties, prisoners; the NIS, the JCS, Zelensky, Budanov, the Pentagon, the White House, Blinken, Kim Jong Un and
 * others), each written again in four sentence structures, one structure per article: {@code a} mostly fronted
 * attribution with a verb dev has few of ("rotated", "transferred", "committed"), {@code b} mostly passive or the
 * figure first with the attribution trailing, {@code c} mostly nominalised ("the planned deployment of 12,000", "the
 * capture of one", "puts the losses at"), {@code d} mostly apposition, dashes, "numbering", "a contingent of" and
 * "according to". Every article also holds near-misses: the North's own army, Russia's and Ukraine's losses, workers,
 * shells, wars of the past, a hypothetical and lengths of time. The gold was written before Tally read the set. The
 * whole set and each structure print their scores and every error; the floors are a ratchet, raised as rules improve,
 * never lowered.
 */
class ParaphrasedArticlesScoreTest {

    /**
     * Before any rule of round 49 the set scored recall 0.823 (135/164), precision 0.860 (135/157), attribution 0.874
     * (118/135), claim dates 0.956 (129/135) and took 4 near-misses for troop figures (by structure, recall a 0.951,
     * b 0.829, c 0.780, d 0.732). Round 49's rules brought it to recall 0.915 (150/164), precision 0.993 (150/151),
     * attribution 0.940 (141/150), claim dates 0.980 (147/150) and none (a 0.976, b 0.902, c 0.927, d 0.854); the
     * floors are those, rounded down to two places, and the counts of right claimants and dates hold the line the
     * ratios cannot (a newly matched claim with a wrong claimant lowers a ratio, never a count).
     */
    private static final ScoreFloors FLOORS = new ScoreFloors(0.91, 0.99, 0.94, 0.98, 141, 147);

    @Test
    void paraphrasedArticlesStayAboveWhereRound49LeftThem() throws Exception {
        Path dir = LabelledCorpusScoreTest.resource("/tally/extract/paraphrased");
        RuleBasedExtraction extraction = RuleBasedExtraction.fromConfig(Path.of("config"));
        ClaimantDirectory directory = ClaimantDirectory.load(Path.of("config"));
        List<Claim> claims = extraction.analyze(TestArticles.folder(dir)).claims();
        Map<String, GoldFile> gold = GoldFile.folder(dir);
        for (Map.Entry<Character, Map<String, GoldFile>> structure : byStructure(gold).entrySet()) {
            LabelledScore part = LabelledScore.of(claims, structure.getValue(), directory::partyOf);
            System.out.println("Paraphrased articles, structure " + structure.getKey() + ": " + part.summary());
        }
        LabelledScore score = LabelledScore.of(claims, gold, directory::partyOf);
        System.out.println("Paraphrased articles (round 49): " + score.details());
        FLOORS.heldBy(score, "paraphrased articles");
        assertEquals(0, score.nonTroop(), "near-misses taken as troop figures: " + score.summary());
    }

    /** The articles of each structure: the letter after the cluster's number in the file name ("p04c_..." is c). */
    private static Map<Character, Map<String, GoldFile>> byStructure(Map<String, GoldFile> gold) {
        Map<Character, Map<String, GoldFile>> out = new TreeMap<>();
        gold.forEach((name, g) -> out.computeIfAbsent(g.file().charAt(3), k -> new TreeMap<>()).put(name, g));
        return out;
    }
}
