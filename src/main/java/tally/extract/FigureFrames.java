package tally.extract;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * The frames around a number that say what it counts, read from {@code figureFrames} in config/extraction.json: the
 * verb of a group's size ("the group numbers 1,500 soldiers"), the whole of a fraction ("half of the 11,000 troops"),
 * a unit sized by "-strong" ("the 12,000-strong contingent"), a count of formations ("five battalions"), a distributive
 * ("battalions, each made up of 3,000 troops"), a partitive that points back ("4,000 of those soldiers"), and a
 * nationality that only names a place ("near Ukraine's border", {@link #places}), and the frames of sending and
 * capture ({@link #sending}). Kept apart from {@link FigureReader}, which decides with them.
 */
final class FigureFrames {

    /** A determiner (and a qualifier, read separately) between a frame and its number: "half of the approximately". */
    private static final Pattern DETERMINER = Pattern.compile("(?i)\\s*(?:(?:the|those|these|its|their|our|some)\\s+)?$");
    /** "4,000 of those soldiers": a partitive whose determiner points back to troops already spoken of. */
    private static final Pattern POINTING_PARTITIVE = Pattern.compile("(?i)\\s+of\\s+(?:those|these|the)\\s+");
    /** How far either side of a word an aside is looked for: bounded work on huge sentences. */
    private static final int ASIDE_REACH = 200;
    /** ", which was acknowledged by ...,": a relative clause set off by commas, closed before the figure. */
    static final Pattern ASIDE = Pattern.compile("(?i),\\s+(?:which|who|whom|whose)\\b[^,;]*,");

    private final PhraseMatcher sizeVerbs;
    private final PhraseMatcher fractions;
    private final PhraseMatcher unitCounts;
    private final PhraseMatcher distributives;
    /** Round 49: nouns of one fate that govern the number after "of" or "at" ({@code fateNouns}). */
    private final java.util.Set<String> fateNouns;
    private final PhraseMatcher wholeArmies;
    private final PhraseMatcher qualifiers;
    private final PhraseMatcher unitNouns;
    private final PhraseMatcher troopNouns;
    private final PhraseMatcher casualtySubjects;
    /** Sending and capture: "sent 3,000", "the deployment of 3,000", "two soldiers were detained". */
    final SendingFrames sending;
    /** A nationality naming a place or a means of transport, not a side. */
    final NationalitiesOfPlace places;

    FigureFrames(Map<String, List<String>> frames, PhraseMatcher qualifiers, PhraseMatcher unitNouns,
                 PhraseMatcher troopNouns) {
        this.troopNouns = troopNouns;
        this.sizeVerbs = new PhraseMatcher(frames.get("sizeVerbs"));
        this.casualtySubjects = new PhraseMatcher(frames.get("casualtySubjects"));
        this.fractions = new PhraseMatcher(frames.get("fractions"));
        this.unitCounts = new PhraseMatcher(frames.get("unitCounts"));
        this.distributives = new PhraseMatcher(frames.get("distributives"));
        this.fateNouns = CompiledLexicon.lowerCased(frames.get("fateNouns"));
        this.wholeArmies = new PhraseMatcher(frames.get("wholeArmies"));
        this.qualifiers = qualifiers;
        this.unitNouns = unitNouns;
        this.sending = new SendingFrames(frames, this);
        this.places = new NationalitiesOfPlace(frames);
    }

    /** Where the figure's words start once a qualifier right before it is counted in ("approximately 1,500"). */
    int beforeQualifier(String s, int start) {
        int at = start;
        for (PhraseMatcher.Hit h : qualifiers.find(s, Math.max(0, start - 40), start)) {
            if (s.substring(h.end(), start).isBlank()) {
                at = Math.min(at, h.start());
            }
        }
        return at;
    }

    /**
     * "The group numbers approximately 1,500 soldiers", "They numbered about 12 thousand", "Its personnel is estimated
     * at up to 3,000 people": a verb of size governs it (the window holds the longest, "estimated at", and a space).
     */
    boolean sizedByVerb(String s, int start) {
        int at = beforeQualifier(s, start);
        return sizeVerbs.find(s, Math.max(0, at - SIZE_VERB_WINDOW), at).stream().anyMatch(h -> s.substring(h.end(), at).isBlank()
                && (troopSubject(s, hedgeStart(s, h.start())) || frontedSize(s, h.start(), at))
                && !endsWithWholeArmy(s, h.start())
                && !casualtySubject(s, h.start()));
    }

    /**
     * Round 44: "North Korean workers in Russia number about 15,000", "the number of workers has grown to 15,000": a
     * size verb right before the number whose subject's last noun is a thing or non-troop people ({@code things}, the
     * lexicon's nonTroopUnits, units of time aside) sizes that, not troops.
     */
    boolean sizesAThing(String s, int clauseStart, int start, PhraseMatcher things) {
        int at = beforeQualifier(s, start);
        PhraseMatcher.Hit verb = NounPhrases.lastHit(sizeVerbs, s, Math.max(clauseStart, at - SIZE_VERB_WINDOW), at);
        if (verb == null || !s.substring(verb.end(), at).isBlank()) {
            return false;
        }
        PhraseMatcher.Hit thing = NounPhrases.lastHit(things, s, clauseStart, verb.start());
        PhraseMatcher.Hit troop = NounPhrases.lastHit(troopNouns, s, clauseStart, verb.start());
        return thing != null && !TIME_WORD.matcher(thing.phrase()).lookingAt()
                && (troop == null || troop.end() <= thing.start())
                && !OTHER_SUBJECT.matcher(s).region(thing.end(), verb.start()).find();
    }

    private static final Pattern TIME_WORD = Pattern.compile("(?i)(?:year|month|week|day|hour|minute)");
    /** "in training camps, a number that is set to rise to": a comma or relative pronoun starts another subject. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?i)[,;:]|\\b(?:that|which|who)\\b");

    /** "Once believed to number": the sentence opens with a reported infinitive of size, at most two words before it. */
    private static final Pattern FRONTED_SIZE = Pattern.compile(
            "(?i)\\W*(?:\\p{L}+\\s+){0,2}(?:believed|thought|estimated|said|reported|understood|reckoned)\\s+to\\s+");
    /** The subject after the fronted clause's comma is a pronoun for troops already named: ", they", ", their". */
    private static final Pattern PRONOUN_AFTER_COMMA = Pattern.compile(
            "(?i)(?:[^,;.]|[,.](?=\\d)){0,40},\\s+(?:they|their|these|those)\\b");

    /**
     * "Earlier believed to number around 11,000, their presence is unconfirmed": the fronted clause sizes the troops
     * its subject, a pronoun after the comma, stands for (found in a dev article of round 17).
     */
    private static boolean frontedSize(String s, int verbStart, int figureAt) {
        return verbStart < 60 && FRONTED_SIZE.matcher(s).region(0, verbStart).matches()
                && PRONOUN_AFTER_COMMA.matcher(s).region(figureAt, s.length()).lookingAt();
    }

    private static final int SIZE_VERB_WINDOW = 16;
    /** A pronoun that stands for troops already named ("They numbered"), as the subject of a size verb. */
    /**
     * Round 65: a hedge of belief between the subject and its verb of size ("They are thought to number 11,000", "North
     * Korea's soldiers in Russia are believed to total 11,000"): the subject ends where the hedge starts.
     */
    private static int hedgeStart(String s, int verbStart) {
        java.util.regex.Matcher m = HEDGE_BEFORE.matcher(s).region(Math.max(0, verbStart - 40), verbStart);
        return m.find() ? m.start() : verbStart;
    }

    private static final Pattern HEDGE_BEFORE = Pattern.compile("(?i)\\b(?:are|were|is|was)\\s+(?:thought|believed"
            + "|estimated|said|reported|understood|known)\\s+to\\s+$");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)\\b(?:they|these|those)\\s+$");
    /** How far before a size verb its troop subject may stand: "the contingent in Kursk numbers". */
    private static final int SUBJECT_WINDOW = 30;

    /**
     * The size verb's subject is troops, a unit or a pronoun for them ("the second group of troops numbers", "They
     * numbered"), not a population or a place ("the region's population numbers 1.1 million people").
     */
    private boolean troopSubject(String s, int verbStart) {
        if (PRONOUN_SUBJECT.matcher(s).region(Math.max(0, verbStart - 12), verbStart).useTransparentBounds(true).find()) {
            return true;
        }
        int from = Math.max(0, verbStart - SUBJECT_WINDOW);
        return !troopNouns.find(s, from, verbStart).isEmpty() || !unitNouns.find(s, from, verbStart).isEmpty();
    }

    /**
     * "the toll among North Korean soldiers could rise to 900": troops named after a casualty noun are whose losses
     * are sized, so the verb sizes the losses, not the force (round 39).
     */
    private boolean casualtySubject(String s, int verbStart) {
        return !casualtySubjects.find(s, Math.max(0, verbStart - 2 * SUBJECT_WINDOW), verbStart).isEmpty();
    }

    /**
     * Round 48: "to deter the North, whose armed forces number about 1.2 million": a size verb right before the number
     * whose subject is a whole army sizes that army at home, whatever verb of sending or stationing went before it.
     */
    boolean sizesAWholeArmy(String s, int start) {
        int at = beforeQualifier(s, start);
        return sizeVerbs.find(s, Math.max(0, at - SIZE_VERB_WINDOW), at).stream()
                .anyMatch(h -> s.substring(h.end(), at).isBlank() && endsWithWholeArmy(s, h.start()));
    }

    /**
     * "North Korea's army numbers 1.2 million": the size of a whole army, which is no deployment; round 49: also when a
     * hedge of belief stands between ("its own army is thought to number about 1.28 million"); round 65: also a
     * participle set off by a comma ("The North Korean armed forces, numbering 1.2 million, ...").
     */
    private boolean endsWithWholeArmy(String s, int end) {
        int from = Math.max(0, end - 30);
        return wholeArmies.find(s, from, end).stream().anyMatch(h -> s.substring(h.end(), end).isBlank()
                || ARMY_TO_SIZE_VERB.matcher(s.substring(h.end(), end)).matches());
    }

    /** What may stand between a whole army and its size verb: a relative pronoun, a copula, a hedge of belief. */
    private static final Pattern ARMY_TO_SIZE_VERB = Pattern.compile(",?\\s*(?:which|that)\\s+|,\\s*|\\s+(?:is|are|was|were)"
            + "(?:\\s+(?:thought|believed|estimated|said|reported|understood|known)\\s+to)?\\s+");

    /**
     * "more than half of the approximately 11,000 troops", "600 of the 9,000 soldiers": the number is the whole a
     * fraction or a part is taken from.
     */
    boolean wholeOfFraction(String s, int start) {
        int at = beforeQualifier(s, start);
        int partFrom = Math.max(0, at - 40);
        return fractions.find(s, Math.max(0, at - 30), at).stream()
                .anyMatch(h -> DETERMINER.matcher(s.substring(h.end(), at)).matches())
                || hasOf(s, partFrom, at)
                        && (PART_OF_NUMBER.matcher(s).region(partFrom, at).find()
                        || PART_OF_BARE_NUMBER.matcher(s).region(partFrom, at).find()
                        && NUMBER_THEN_WORD.matcher(s).region(start, s.length()).lookingAt());
    }

    /**
     * Round 49: "casualties in a North Korean force of roughly 12,000", "out of a contingent of roughly 12,000": a
     * unit sized by "of" inside a phrase of "in", "from", "among" or "out of" is the whole a part was taken from, so
     * the number sizes the force sent, not its losses. A unit of N that is itself subject or object ("a group of 20
     * soldiers was killed") is not such a whole.
     */
    boolean wholeUnitOf(String s, int start) {
        int at = beforeQualifier(s, start);
        if (!UNIT_OF.matcher(s).region(Math.max(0, at - 5), at).find()) {
            return false;
        }
        return unitNouns.find(s, Math.max(0, at - 45), at).stream().anyMatch(h -> UNIT_OF.matcher(s)
                .region(h.end(), at).matches() && WHOLE_LEAD.matcher(s).region(Math.max(0, h.start() - 45), h.start())
                .find());
    }

    private static final Pattern UNIT_OF = Pattern.compile("(?i)\\s+of\\s+$");
    /** "in a North Korean", "out of a", "from the": the preposition of a whole, its article and up to two words. */
    private static final Pattern WHOLE_LEAD = Pattern.compile("(?i)\\b(?:in|from|among|out\\s+of)\\s+(?:a|an|the|its"
            + "|their)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /**
     * Round 44: "Of the 11,000 North Korean troops, 4,000 have been killed", "Among the 14,000 soldiers sent, most are
     * in Kursk": a whole opening its clause with "of" or "among", whose part follows after the comma, is the force.
     */
    static boolean frontedWhole(String s, int start, int nounEnd) {
        int at = Math.max(0, start);
        return FRONTED_WHOLE_BEFORE.matcher(s).region(Math.max(0, at - 20), at).find()
                && PART_AFTER_WHOLE.matcher(s).region(Math.min(nounEnd, s.length()), s.length()).lookingAt();
    }

    private static final Pattern FRONTED_WHOLE_BEFORE = Pattern.compile("(?i)(?:^|[,;:]\\s*|\\b(?:and|but)\\s+)"
            + "\\W?(?:of|out\\s+of|among)\\s+(?:the|its|their|those|these)\\s+$");
    private static final Pattern PART_AFTER_WHOLE = Pattern.compile("(?i)[^,;.]{0,40},\\s+"
            + "(?:(?:about|around|some|roughly|nearly|more\\s+than|at\\s+least|up\\s+to|over)\\s+)?"
            + "(?:\\d|(?:most|many|some|half|a\\s+third|a\\s+quarter|hundreds|thousands|dozens|several)\\b)");

    /**
     * Whether "of" (any case) stands in s[from, to): every partitive has it, and the partitive patterns, anchored at
     * the figure, are otherwise tried from every character before every figure.
     */
    static boolean hasOf(String s, int from, int to) {
        for (int i = from; i + 2 <= to; i++) {
            if (s.regionMatches(true, i, "of", 0, 2)) {
                return true;
            }
        }
        return false;
    }

    /** "600 of the 9,000 soldiers", "4 700 out of 15 000": a number's partitive names the whole it is a part of. */
    static final Pattern PART_OF_NUMBER = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N},.])\\d[\\d,.\\u00A0 ]*?\\s+(?:of\\s+(?:the|those|these|its|their)|out\\s+of"
                    + "(?:\\s+(?:the|those|these|its|their))?)\\s+$");
    /**
     * "600 of 15,000 deployed soldiers": with a bare "of" the whole must go on in words, since "1 of 2 | North Korea
     * sent ..." is a photo caption's counter, not a part and its whole.
     */
    static final Pattern PART_OF_BARE_NUMBER = Pattern.compile(
            "(?i)(?<![\\p{L}\\p{N},.])\\d[\\d,.\\u00A0 ]*?\\s+of\\s+$");
    private static final Pattern NUMBER_THEN_WORD = Pattern.compile("\\d[\\d,.\\u00A0 ]*?\\s+\\p{L}");

    private static final Pattern PARTITIVE_AFTER = Pattern.compile("(?i)\\s+(?:out\\s+)?of\\s+");

    /**
     * "600 of the 9,000 soldiers", "600 out of 15,000 deployed soldiers": the number is followed by the preposition of
     * a partitive; whether a whole follows is {@link #wholeOfFraction}'s to say.
     */
    static boolean partOfWhole(String s, int end) {
        return PARTITIVE_AFTER.matcher(s).region(end, s.length()).lookingAt();
    }

    /** "nine of those soldiers", "4,000 of the troops": a count of part of a group the text has already named. */
    static boolean pointingPartitive(String s, int end) {
        return POINTING_PARTITIVE.matcher(s).region(end, s.length()).lookingAt();
    }

    /**
     * A size glued to a number: "-strong", and since round 42 "-man", "-member" and their kin ("a 3,000-man unit");
     * since round 44 "strong" after a space too ("a 12,000 strong force").
     */
    private static final Pattern STRENGTH = Pattern.compile("(?i)(?:-(?:strong|man|men|member|person|soldier|troop)"
            + "|\\s+strong)\\b");
    /** Round 44: "the contingent, 14,000 strong, is", "is now 14,000 strong.": the size closes the unit's phrase. */
    private static final Pattern STRONG_CLOSING = Pattern.compile("(?i)[-\\s]strong(?=\\s*(?:[,.;:)]|$))");
    /** How far before the number the unit of a closing "14,000 strong" may stand. */
    private static final int UNIT_BEFORE = 50;

    /**
     * "the 12,000-strong North Korean contingent", "a 3,000-man contingent": the unit noun the number sizes, or null.
     * A closing "strong" sizes the unit before the number ("The contingent is now 14,000 strong"): the hit then spans
     * the size word, under the unit's phrase.
     */
    PhraseMatcher.@Nullable Hit strengthOf(String s, int end, int npEnd) {
        Matcher m = STRENGTH.matcher(s).region(end, s.length());
        if (!m.lookingAt()) {
            return null;
        }
        if (STRONG_CLOSING.matcher(s).region(end, s.length()).lookingAt()) {
            PhraseMatcher.Hit before = NounPhrases.lastHit(unitNouns, s, Math.max(0, end - UNIT_BEFORE), end);
            boolean whole = before == null || !wholeArmies.find(s, before.start(), before.end()).isEmpty();
            return whole ? null : new PhraseMatcher.Hit(before.phrase(), end, m.end());
        }
        PhraseMatcher.Hit unit = NounPhrases.firstHit(unitNouns, s, m.end(), npEnd);
        // "its 1.2 million-strong army": a whole army, not a force sent
        return unit == null || !wholeArmies.find(s, unit.start(), npEnd).isEmpty() ? null : unit;
    }

    /** Formations ("battalions"): a phrase whose head is one counts them, not the troops in them. */
    PhraseMatcher unitCounts() {
        return unitCounts;
    }

    /**
     * "battalions, each made up of about 3,000 troops": the words between two numbers end in a distributive; or
     * "two brigades of 6,000 troops each": formations right after the first number, sized by the second "of" them,
     * its noun phrase closed by "each".
     */
    boolean distributive(String s, int previousEnd, int start) {
        int at = beforeQualifier(s, start);
        return distributives.find(s, previousEnd, at).stream().anyMatch(h -> s.substring(h.end(), at).isBlank()
                && s.substring(previousEnd, h.start()).stripTrailing().endsWith(","))
                || unitsOfEach(s, previousEnd, at, start);
    }

    private boolean unitsOfEach(String s, int previousEnd, int at, int start) {
        boolean unitsOf = unitCounts.find(s, previousEnd, at).stream()
                .anyMatch(h -> s.substring(h.end(), at).equals(" of ") && !s.substring(previousEnd, h.start()).contains(","));
        if (!unitsOf) {
            return false;
        }
        int npEnd = NounPhrases.end(s, start);
        return EACH_AFTER.matcher(s).region(start, npEnd).find();
    }

    private static final Pattern EACH_AFTER = Pattern.compile("(?i)\\s+each\\s*$");

    /** Round 49: "deaths", "wounding", "capture": a noun of one fate ({@code fateNouns}). */
    boolean isFateNoun(String word) {
        return fateNouns.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Where the relative clause set off by commas that holds {@code at} closes (its closing comma), or -1: "The first
     * division, which numbers 2,600 soldiers, will head to Kursk".
     */
    static int asideEnd(String s, int at) {
        if (!relativeCommaBefore(s, at)) {
            return -1; // most figures stand in no relative clause: the pattern is tried only after ", wh"
        }
        java.util.regex.Matcher m = ASIDE.matcher(s).region(Math.max(0, at - ASIDE_REACH), Math.min(s.length(), at + ASIDE_REACH));
        while (m.find()) {
            if (m.start() < at && at < m.end()) {
                return m.end() - 1;
            }
        }
        return -1;
    }

    /**
     * Round 44: "Additional troops, numbering up to 15,000, could be deployed", "The brigade, 6,000 strong, will be
     * sent": a participle of size or a strength set off by commas around the figure; the index of its closing comma,
     * or -1. The troops' own verb follows it.
     */
    static int sizeAsideEnd(String s, int at) {
        int comma = s.lastIndexOf(',', at);
        if (comma < 0 || at - comma > SIZE_ASIDE_REACH) {
            return -1;
        }
        Matcher m = SIZE_ASIDE.matcher(s).region(comma, Math.min(s.length(), at + SIZE_ASIDE_REACH));
        return m.lookingAt() && m.end() > at ? m.end() - 1 : -1;
    }

    private static final int SIZE_ASIDE_REACH = 60;
    private static final Pattern SIZE_ASIDE = Pattern.compile("(?i),\\s+(?:(?:numbering|totall?ing|estimated\\s+at"
            + "|(?:believed|thought|said|estimated)\\s+to\\s+number)\\b(?:[^,;]|,(?=\\d))*"
            + "|(?:[a-z]+\\s+){0,3}\\d(?:[\\d.]|,(?=\\d))*(?:\\s+(?:thousand|million))?[-\\s]strong),");

    /** A comma, white space and "wh" stand before {@code at}: every {@link #ASIDE} opens so. */
    static boolean relativeCommaBefore(String s, int at) {
        for (int i = s.lastIndexOf(',', at); i >= 0; i = i == 0 ? -1 : s.lastIndexOf(',', i - 1)) {
            int j = i + 1;
            while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            if (j > i + 1 && s.regionMatches(true, j, "wh", 0, 2)) {
                return true;
            }
        }
        return false;
    }

    /** "8,000 of them have been deployed": where the figure's words go on after a partitive pronoun, or {@code end}. */
    static int afterPronounPartitive(String s, int end) {
        java.util.regex.Matcher m = PRONOUN_PARTITIVE.matcher(s).region(end, s.length());
        return m.lookingAt() ? m.end() : end;
    }

    private static final Pattern PRONOUN_PARTITIVE = Pattern.compile("(?i)\\s+of\\s+(?:them|these|those|whom)\\b");

    /** {@code at} lies in a relative clause set off by commas that closes before {@code to}. */
    static boolean insideAside(String s, int at, int to) {
        // an aside longer than ASIDE_REACH either side of the word is not looked for (bounded work on huge sentences)
        java.util.regex.Matcher m = ASIDE.matcher(s).region(Math.max(0, at - ASIDE_REACH), Math.min(to, at + ASIDE_REACH));
        while (m.find()) {
            if (m.start() < at && at < m.end()) {
                return true;
            }
        }
        return false;
    }
}
