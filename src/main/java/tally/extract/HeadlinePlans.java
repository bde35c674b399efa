package tally.extract;

import java.util.regex.Pattern;

/**
 * Round 65: a headline's infinitive of the future. Headlines drop the finite verb of a plan and keep its infinitive
 * ("North Korea to send 6,000 more troops to Russia", "Russia's Shoigu: Kim Jong Un to deploy 1,000 engineers"), so a
 * verb of movement whose "to" follows a subject of capitalised words alone, at the start of the sentence or after a
 * headline's colon, is a sending still to come. Not "Troops sent to Kursk to fight" (a participle stands before "to")
 * nor a title-cased headline whose capitalised words hold a verb of movement of their own ("North Korea Sends Troops To
 * Join ...": the caller checks).
 */
final class HeadlinePlans {

    private HeadlinePlans() {
    }

    /** One to five capitalised words ("North Korea", "N. Korea's Kim", "Pyongyang"), then "to", right before the verb. */
    private static final Pattern SUBJECT_TO = Pattern.compile("(?:^|:)\\s*[\"\u201C']?(?:\\p{Lu}[\\p{L}'\u2019.-]*\\s+){1,5}"
            + "(?i:to)\\s+$");

    /** Whether the verb of movement at {@code verbStart} is a headline's infinitive after its subject. */
    static boolean infinitive(String s, int verbStart) {
        return SUBJECT_TO.matcher(s).region(0, verbStart).find();
    }
}
