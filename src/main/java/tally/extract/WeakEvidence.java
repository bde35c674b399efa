package tally.extract;

import java.util.regex.Pattern;

/**
 * Round 50: a claimant read from weak evidence is kept, but shown as worded, never as a fact. Each kind is a shape of
 * the sentence in which the name found is often not the one who gave the figure:
 * <ul>
 * <li>the name lies inside the reported words, and the closing cue after them has a subject of its own ("Around 50
 * were killed by Ukrainian drones this week, a video posted online showed");</li>
 * <li>the figure comes after a closing cue, outside the words it reports ("..., Zelensky said on Saturday, the first
 * such claim since North Korea sent thousands of troops").</li>
 * <li>the source is a press outlet described but not named ("Foreign media", "a local newspaper").</li>
 * </ul>
 * A date set in the reported words before a closing cue dates what they report, so it is doubted as well.
 * The reasons are shown to users (in {@code --json}), so they are plain English.
 */
final class WeakEvidence {

    static final String NAME_IN_THE_WORDS = "the name stands inside the reported words, not with the verb that reports them";
    static final String AFTER_THE_WORDS = "the figure comes after the speaker's words, outside them";
    static final String DATE_IN_THE_WORDS = "the date is in the reported words, so it may date the event, not the statement";

    /**
     * After the last comma before a cue: a noun phrase of its own that is no pronoun, conjunction, preposition or
     * auxiliary, up to twelve words ("a video of the fighting posted on social media"). Longer than
     * {@link CueScope#subjectOfItsOwn}'s seven, since here it only doubts the name and never drops it.
     */
    private static final Pattern OWN_SUBJECT = Pattern.compile(
            "^\\s*(?:a|an|the|this|that|these|those)\\s+[\\p{L}'.-]+(?:\\s+[\\p{L}'.-]+){0,11}\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The end of a closing cue: the verb, at most a day ("Saturday", "on Monday", "on January 11"), and a comma. */
    private static final Pattern CLOSING_CUE_ENDS = Pattern.compile(
            "\\s*(?:(?:on|last|this|late|early|earlier|later)\\s+)?(?:\\p{Lu}\\p{L}+(?:\\s+\\d{1,2})?|today|yesterday"
            + "|(?:this|last)\\s+(?:week|month))?\\s*,"
            // a participle goes on with the speaker's own act ("..., the NIS said, adding that 200 were wounded")
            + "(?!\\s*\\p{L}+ing\\b)");
    /** A content of the cue opening after an aside ("confirmed, in cooperation with Kyiv, that two ..."). */
    private static final Pattern CONTENT_OPENS = Pattern.compile("(?i)\\bthat\\b|:|[\"\u201C\u201D]");
    /** Between the comma before a closing cue and its verb: the speaker's words alone, up to eight of them. */
    private static final Pattern NAME_ONLY = Pattern.compile("\\s*[\\p{L}'.-]+(?:\\s+[\\p{L}'.-]+){0,7}\\s*");

    static final String OUTLET_UNNAMED = "the outlet is described, not named";

    private final java.util.Set<String> outletNouns;
    private final java.util.Set<String> vagueOutletWords;

    WeakEvidence(CompiledLexicon lex) {
        this.outletNouns = lex.outletNouns;
        this.vagueOutletWords = lex.vagueOutletWords;
    }

    /** {@code who}, doubted when the figure at [start, end) and its name stand where the cue does not reach them. */
    Attribution refine(String s, int start, int end, Attribution who) {
        if (!who.known() || !who.certainty().certain()) {
            return who;
        }
        if (!who.claimant().listed() && outletUnnamed(who.claimant().name())) {
            return who.doubted(OUTLET_UNNAMED, who.claimant().name());
        }
        if (who.anchor() < 0 || who.nameEnd() < 0) {
            return who;
        }
        if (nameInTheWords(s, end, who)) {
            // shown as the cue's own words: "a video of the fighting posted on social media showed"
            int comma = s.lastIndexOf(',', who.anchor());
            return who.doubted(NAME_IN_THE_WORDS, s.substring(comma + 1, who.anchor())
                    + (who.verb() == null ? "" : who.verb()));
        }
        if (afterTheWords(s, start, who)) {
            return who.doubted(AFTER_THE_WORDS, null);
        }
        return who;
    }

    /** "Foreign media", "a local newspaper", "media": outlet nouns with nothing but vague words before them. */
    private boolean outletUnnamed(String name) {
        String[] words = name.toLowerCase(java.util.Locale.ROOT).strip().split("\\s+");
        if (words.length == 0 || !outletNouns.contains(words[words.length - 1])) {
            return false;
        }
        for (int i = 0; i < words.length - 1; i++) {
            if (!vagueOutletWords.contains(words[i]) && !outletNouns.contains(words[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A date inside the reported words before a closing cue ("Around 50 were killed this week, a video ... showed"):
     * it dates what the words report, not when they were said.
     */
    static boolean dateInTheWords(String s, int end, int dateStart, Attribution who) {
        if (who.anchor() <= end || dateStart < end || dateStart >= who.anchor()) {
            return false;
        }
        // in the figure's own clause (no comma between them), and a comma between it and the cue
        int comma = s.lastIndexOf(',', who.anchor());
        return comma > dateStart && s.indexOf(',', end) >= dateStart;
    }

    /** A closing cue after the figure whose own subject, past a comma, is not the name found before that comma. */
    private static boolean nameInTheWords(String s, int end, Attribution who) {
        if (who.anchor() <= end || who.nameEnd() <= end || who.nameEnd() >= who.anchor()) {
            return false;
        }
        String between = s.substring(who.nameEnd(), who.anchor());
        int comma = between.lastIndexOf(',');
        return comma >= 0 && s.substring(end, who.nameEnd()).indexOf(',') < 0
                && OWN_SUBJECT.matcher(between.substring(comma + 1)).matches();
    }

    /**
     * A cue that closes words before it (a comma, then the name and the verb) and ends at a comma of its own, with
     * at most a day after the verb ("..., Zelensky said Saturday, the first ..."): a figure after that comma is no part
     * of what was said. A participle after the comma ("adding that", "citing") goes on with the speaker's act, and so
     * does a content opened after an aside.
     */
    private static boolean afterTheWords(String s, int start, Attribution who) {
        if (who.verb() == null || who.anchor() >= start || who.nameEnd() >= start || who.nameEnd() > who.anchor()) {
            return false;
        }
        int verbEnd = who.anchor() + who.verb().length();
        int nameComma = s.lastIndexOf(',', Math.max(0, who.nameEnd() - 1));
        return verbEnd <= start && CLOSING_CUE_ENDS.matcher(s).region(verbEnd, start).lookingAt()
                && !CONTENT_OPENS.matcher(s).region(verbEnd, start).find()
                && nameComma > 0 && NAME_ONLY.matcher(s.substring(nameComma + 1, who.anchor())).matches();
    }
}
