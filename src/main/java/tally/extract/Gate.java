package tally.extract;

/**
 * The decision that dropped a number of a sentence, so that it gave no claim (round 53). A sentence that gives no
 * finding went through these gates in this order: the number must be found at all, be no date, age or year, be a
 * count, count troops (a troop noun, or a figure the sentence's structure ties to troops), have a metric, and count
 * North Korea's troops of this war.
 */
public enum Gate {
    NO_NUMBER("no number read in the sentence"),
    DATE("part of a date"),
    AGE_OR_YEAR("an age or a year"),
    PART_OF_DROPPED("a part of the number before, which was dropped"),
    NOT_A_COUNT("not a count (a part of a group, an age, a unit's number, a proportion, a population)"),
    NON_TROOP_UNIT("its noun counts things or other people (a non-troop noun)"),
    STORY_OF_ONE("'one' telling a story, not a count"),
    FORMATION("a count of formations (battalions, brigades), not of troops"),
    PEOPLE_NOT_TROOPS("people who are not North Korea's troops (another nationality, workers, prisoners exchanged)"),
    GROUP_OF_NO_TROOPS("the size of a group of no troops"),
    A_THING("a year naming a thing, or a number of things"),
    VAGUE_OF_SOMETHING_ELSE("a vague count of something no troop noun names"),
    OTHER_METRIC("counted, but in no metric of ours (repatriated, rotated out)"),
    NO_METRIC_NO_NOUN("no troop noun, and no verb of deployment or fate"),
    NO_METRIC("a troop noun, but no verb of deployment or fate"),
    TWO_FATES("two fates in one figure"),
    SUPPOSED("supposed or asked about, not asserted"),
    UNIT_SIZE("a unit's size beside losses of its own"),
    NOT_NORTH_KOREAN("not tied to North Korea's troops (another side, or no reference to North Korea)"),
    OTHER_WAR("a force of another war"),
    /**
     * Not dropped by a gate: read as a claim. In a sentence that still gives no finding, a later step of the article's
     * reading removed it (tidying the article's claims, its scenes).
     */
    READ("read as a claim (where its sentence gives none, a later step removed it)");

    private final String reason;

    Gate(String reason) {
        this.reason = reason;
    }

    /** The decision in words, for a reader of the dev score. */
    public String reason() {
        return reason;
    }
}
