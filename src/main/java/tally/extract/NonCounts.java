package tally.extract;

import static tally.extract.Predicates.OWN_VERB;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tally.config.PhraseMatcher;

/**
 * Numbers that are no count of troops for their words around them: an age ("aged 19"), a year ("since 2024"), a
 * single soldier in a story ("one of them") and a vague part of a group ("several of the troops"), unless the
 * part's own verb names a casualty.
 */
final class NonCounts {

    private final CompiledLexicon lex;
    private final Fates fates;
    private final Predicates predicates;

    NonCounts(CompiledLexicon lex, Fates fates, Predicates predicates) {
        this.lex = lex;
        this.fates = fates;
        this.predicates = predicates;
    }

    /**
     * "Dozens of the foreign troops are dead and wounded": a vague part of troops named by a noun, whose own verb
     * says what befell them, counts that fate (the whole is only where they came from). A part of a pronoun ("several
     * of them were killed") or of a group whose verb is no casualty ("several of the troops were interviewed") is not.
     */
    boolean casualtyPartOfTroops(String s, Quantity q, int clauseEnd) {
        java.util.regex.Matcher of = PART_OF_NOUN.matcher(s).region(q.end(), s.length());
        if (!of.lookingAt()) {
            return false;
        }
        int npEnd = Math.min(clauseEnd, NounPhrases.end(s, of.end()));
        PhraseMatcher.Hit troops = NounPhrases.lastHit(lex.troopNouns, s, of.end(), npEnd);
        if (troops == null || fates.casualtyMetric(s, troops.start(), troops.end()) != null) {
            return false;
        }
        return OWN_VERB.matcher(s).region(troops.end(), Math.min(clauseEnd, troops.end() + 60)).lookingAt()
                && fates.casualtyMetric(s, troops.end(), predicates.ownPredicateEnd(s, troops.end(), clauseEnd)) != null;
    }

    /**
     * "his unit of 4,000 men had lost many to drones", "a battalion of about 4,000 suffered heavy losses" (round 29):
     * the size of a unit (a unit noun of the lexicon, then "of") whose own verb takes its losses as an object counts
     * the unit, not its casualties, however vague those are. "a brigade of 4,000 had been wiped out" (the unit itself
     * befallen) and "lost their lives" still count the casualty.
     */
    boolean unitSizeWithLossesOfItsOwn(String s, int figureStart, int phraseEnd) {
        boolean unitOf = lex.unitNouns.find(s, Math.max(0, figureStart - 30), figureStart).stream()
                .anyMatch(h -> UNIT_OF.matcher(s).region(h.end(), figureStart).matches());
        // the verb follows the unit's phrase straight away; the clause may already end there when its object is a
        // figure of its own ("suffered 300 casualties"), whose verb it is too
        return unitOf && LOSSES_AS_OBJECT.matcher(s).region(phraseEnd, s.length()).lookingAt();
    }

    private static final Pattern UNIT_OF = Pattern.compile("(?i)\\s+of\\s+");
    private static final Pattern LOSSES_AS_OBJECT = Pattern.compile("(?i)\\s*(?:(?:had|has|have)\\s+)?(?:\\w+ly\\s+)?"
            + "(?:lost|suffered|sustained|taken|took|incurred)\\s+(?!(?:their|his|its)\\s+lives?\\b)(?=\\w)");

    private static final Pattern PART_OF_NOUN = Pattern.compile("(?i)\\s+of\\s+(?:the|those|these|its|their)\\s+");
    static final Pattern PART_OF = Pattern.compile("(?i)\\s+of\\s+(?:the|whom|them|those|these|which|its|their)\\b");

    /**
     * "one of them", "one soldier was seen": a single one, unqualified, tells a story; "at least one soldier",
     * "roughly one" or "1 troops" in a count still count.
     */
    boolean storyOfOne(String s, Quantity q, PhraseMatcher.@Nullable Hit noun) {
        if (!Long.valueOf(1).equals(q.low()) || !Long.valueOf(1).equals(q.high())) {
            return false;
        }
        boolean qualified = lex.qualifiers.find(s, Math.max(0, q.start() - 25), q.start()).stream()
                .anyMatch(h -> s.substring(h.end(), q.start()).isBlank());
        if (qualified) {
            return false;
        }
        return s.regionMatches(true, q.end(), " of ", 0, 4) || noun == null || !noun.phrase().endsWith("s");
    }

    /**
     * Round 46: "The number of North Korean shells sent to Russia reached 12 million", "the number of North Korean
     * workers in Russia has risen to 40,000": a number with no noun of its own is the size of the "number of" before
     * it, and that number counts things or civilians ({@code nonTroopUnits} as the head of its phrase), not troops.
     */
    boolean numberOfThings(String s, int clauseStart, int figureStart) {
        int from = Math.max(0, Math.min(clauseStart, figureStart - 100));
        int of = -1;
        for (int i = figureStart - NUMBER_OF.length(); i >= from && of < 0; i--) {
            if (s.regionMatches(true, i, NUMBER_OF, 0, NUMBER_OF.length())) {
                of = i + NUMBER_OF.length();
            }
        }
        if (of < 0) {
            return false;
        }
        int npEnd = Math.min(figureStart, NounPhrases.end(s, of));
        PhraseMatcher.Hit thing = NounPhrases.lastHit(lex.nonTroopUnits, s, of, npEnd);
        PhraseMatcher.Hit troops = NounPhrases.lastHit(lex.troopNouns, s, of, npEnd);
        return thing != null && (troops == null || troops.start() < thing.start());
    }

    private static final String NUMBER_OF = "number of ";

    /**
     * Round 46: "Unit 25 lost many men", "Brigade 94 moved to Kursk": a number right after a capitalised unit noun
     * ({@code unitNouns}) names the unit; it counts nothing.
     */
    boolean unitDesignation(String s, Quantity q) {
        int end = q.start();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (end == q.start() || end == 0 || !Character.isLetter(s.charAt(end - 1))) {
            return false;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        int wordStart = start;
        int wordEnd = end;
        return Character.isUpperCase(s.charAt(start)) && lex.unitNouns.find(s, start, end).stream()
                .anyMatch(h -> h.start() == wordStart && h.end() == wordEnd);
    }

    /**
     * Round 44: "300 were killed, 2,700 wounded and one captured": a bare "one" closing a list of figures is the
     * list's last count, not a story of one.
     */
    static boolean lastOfAList(String s, int previousEnd, Quantity q) {
        return previousEnd >= 0 && q.start() - previousEnd <= LIST_GAP
                && LIST_CLOSE.matcher(s).region(previousEnd, q.start()).matches();
    }

    private static final int LIST_GAP = 40;
    private static final Pattern LIST_CLOSE = Pattern.compile("(?i)[^.;:()]*?(?:,\\s*|\\s)and\\s+");

    /**
     * Round 48: "two people familiar with the matter said", "according to three sources briefed on the assessment": a
     * number counting the sources of a statement, by what its people know or are near, counts no troops.
     */
    static boolean countsSources(String s, Quantity q) {
        return SOURCES_AFTER.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    private static final Pattern SOURCES_AFTER = Pattern.compile("(?i)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:people|persons|"
            + "individuals|sources|officials)\\s+(?:familiar|close|briefed|aware|with\\s+knowledge|who\\s+(?:were|are)"
            + "\\s+(?:familiar|briefed|aware))\\b");

    /**
     * Round 48: "the enemy's total losses had reached almost 40 thousand people, of whom more than 16 thousand were
     * killed": a number that is a part ("of whom", "of which", "among them") of the number just before it in the
     * sentence counts whatever that number counts.
     */
    static boolean partOfTheNumberBefore(String s, List<Quantity> numbers, int i) {
        return i > 0 && PART_OF_BEFORE.matcher(s).region(numbers.get(i - 1).end(), numbers.get(i).start()).matches();
    }

    private static final Pattern PART_OF_BEFORE = Pattern.compile(
            "(?i)[^;:]{0,60}\\b(?:of\\s+whom|of\\s+which|of\\s+them|among\\s+them|among\\s+whom)\\s+(?:[\\p{L}-]+\\s+){0,2}");

    /** "aged 19 and 26", "at the age of 24": an age, not a count. */
    static boolean isAge(String s, Quantity q) {
        return mentionsAge(s, q.start()) && AGE.matcher(s).region(0, q.start()).find() || statedAge(s, q);
    }

    /** A person said to be a number, with nothing counted after it: "he said he was 20", "she is 19 years old". */
    private static final Pattern PERSON_IS = Pattern.compile("(?i)\\b(?:he|she|I|who)\\s+(?:was|is|am|'s|’s)\\s+$");
    private static final Pattern NOTHING_COUNTED = Pattern.compile(
            "(?i)\\s*(?:[.,;:!?\"”)]|$|years?\\s+old\\b)|\\s+(?:was|is|had|has|and)\\b");

    /**
     * Round 42: "One of the two captured soldiers said he was 20": an age given by a person, not a count; round 46:
     * "a soldier who is 19" too.
     */
    private static boolean statedAge(String s, Quantity q) {
        return PERSON_IS.matcher(s).region(Math.max(0, q.start() - 12), q.start()).find()
                && NOTHING_COUNTED.matcher(s).region(q.end(), s.length()).lookingAt();
    }

    /** Every word of {@link #AGE} holds "age"; most sentences do not, and the pattern is tried at every place. */
    private static boolean mentionsAge(String s, int end) {
        for (int i = 0; i + 3 <= end; i++) {
            if (s.regionMatches(true, i, "age", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "as of 2025", "since 2024", "by 2026,": a number of four digits with no thousands separator, from 1900 to 2099,
     * after a word of time or followed by a comma is a year, not a count ("2025 troops" with no such word still counts).
     * A qualifier of the lexicon ending in "of" or "to" ("a minimum of 2000 injured", "close to 1900") makes it a
     * count, as {@link QuantityFinder} reads it: the preposition is the qualifier's, not a word of time.
     */
    static boolean isYear(String s, Quantity q, PhraseMatcher qualifiers) {
        if (!YEAR_DIGITS.matcher(s).region(q.start(), q.end()).matches()) {
            return false;
        }
        boolean afterTimeWord = YEAR_BEFORE.matcher(s).region(0, q.start()).find()
                && qualifiers.find(s, Math.max(0, q.start() - 25), q.start()).stream()
                        .noneMatch(h -> s.substring(h.end(), q.start()).isBlank());
        return afterTimeWord || s.startsWith(",", q.end()) || s.startsWith(".", q.end()) && q.end() + 1 >= s.length();
    }

    private static final Pattern YEAR_DIGITS = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_BEFORE = Pattern.compile(
            "(?i)\\b(?:in|of|since|by|until|till|from|through|to|before|after|during|early|late|mid|year|as of|end of|spring|summer|autumn|fall|winter)[\\s-]+$");

    /** "aged 19 and 26", "at the age of 24": ages, however many numbers follow. */
    private static final Pattern AGE = Pattern.compile("(?i)\\b(?:aged|ages|age of)\\s+(?:\\d+(?:\\s*(?:,|and|or|to|-)\\s*)?)*$");
}
