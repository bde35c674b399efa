package tally.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import tally.adapter.bench.LabelledScore;

/**
 * The floors a scored set of articles holds, a ratchet raised as rules improve and never lowered: each measure's ratio,
 * and the counts of right claimants and right dates, which hold the line the ratios cannot (a newly matched claim with
 * a wrong claimant lowers a ratio, never a count). One check for the sealed part, the constructed set and the
 * paraphrase set, so each fails the same way and names the set.
 */
record ScoreFloors(double recall, double precision, double attribution, double dates, int claimantsRight,
                   int datesRight) {

    /** Fails naming {@code set} and printing the score line when {@code score} is below any floor. */
    void heldBy(LabelledScore score, String set) {
        String line = score.summary();
        assertTrue(score.recall() >= recall, set + ": recall fell below its floor: " + line);
        assertTrue(score.precision() >= precision, set + ": precision fell below its floor: " + line);
        assertTrue(score.attribution() >= attribution, set + ": attribution fell below its floor: " + line);
        assertTrue(score.dates() >= dates, set + ": claim dates fell below their floor: " + line);
        assertTrue(score.claimantRight() >= claimantsRight, set + ": fewer claims with the right claimant: " + line);
        assertTrue(score.datesRight() >= datesRight, set + ": fewer claims with the right date: " + line);
    }
}
