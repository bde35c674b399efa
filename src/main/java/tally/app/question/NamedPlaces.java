package tally.app.question;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tally.app.answer.ParsedQuestion;

/**
 * The places a question names ("how many are still in Kursk?", "died in the Kursk region in December 2024"). Tally keeps
 * no figures by place (a claim has a measure, figure, claimant, date and scope, and no place), so a place was dropped
 * without a word and every figure answered as if it had been counted there; the reply now says the figures are not
 * narrowed to it. The words are {@code places} in config/questions.json. A place's name is one only after a word such
 * as "in" or "near" ("the Russian region of Kursk": "of Kursk"), or anywhere for the forms of a language that marks
 * place by an ending (Korean '쿠르스크에서'); never where it names a source: after a claimant cue ("according to
 * Kyiv"), before one ("Pyongyang says"), after a side's voice ("officials in Seoul") or inside a name ("the Kyiv
 * Independent"). Thread-safe; linear in the question's words times the lexicon.
 */
public final class NamedPlaces {

    /**
     * {@code places} in config/questions.json: {@code names} (a place in each of its spellings), {@code bare} (forms
     * found without a word before them), {@code before} ("in", "near"), {@code between} (single words that may stand
     * between the two: "the", "russia", "s"), {@code notBefore} (words after a name that make it part of another name:
     * "independent"), {@code voices} (words before "in" that make the place a source's seat: "officials") and
     * {@code joiners} ("or": "in Kursk or Belgorod" names both).
     */
    public record Words(
            @JsonProperty(required = true) List<String> names,
            @Nullable List<String> bare,
            @JsonProperty(required = true) List<String> before,
            @JsonProperty(required = true) List<String> between,
            @JsonProperty(required = true) List<String> notBefore,
            @JsonProperty(required = true) List<String> voices,
            @Nullable List<String> joiners) {
        public Words {
            joiners = nonBlank(joiners == null ? List.of() : joiners, "places.joiners");
            names = nonBlank(names, "places.names");
            bare = nonBlank(bare == null ? List.of() : bare, "places.bare");
            before = nonBlank(before, "places.before");
            between = nonBlank(between, "places.between");
            notBefore = nonBlank(notBefore, "places.notBefore");
            voices = nonBlank(voices, "places.voices");
        }

        private static List<String> nonBlank(List<String> words, String field) {
            if (words.stream().anyMatch(w -> w == null || w.isBlank())) {
                throw new IllegalArgumentException(field + " has a blank entry");
            }
            return List.copyOf(words);
        }
    }

    /** No places: no question names one (tests that do not load the lexicon). */
    public static final NamedPlaces NONE = new NamedPlaces(null, List.of(), List.of(), List.of());

    /** At most this many {@code between} words stand between "in" and the name ("in Russia's occupied Kursk"). */
    private static final int MAX_BETWEEN = 3;
    /** Characters of the question a note quotes at most. */
    private static final int MAX_QUOTE = 80;

    /**
     * A place found: the question's words from "in" to the name's end as it wrote them ("in Russia's Kursk region"),
     * and the name's own lower-case words ("kursk region").
     */
    record Found(String quoted, String name) {
    }

    private final List<Phrases.Phrase> names;
    private final List<Phrases.Phrase> bare;
    private final List<Phrases.Phrase> before;
    private final List<Phrases.Phrase> between;
    private final List<Phrases.Phrase> sourceAfter;
    private final List<Phrases.Phrase> sourceBefore;
    private final List<Phrases.Phrase> voices;
    private final List<Phrases.Phrase> brokenDown;
    private final List<Phrases.Phrase> joiners;

    private NamedPlaces(@Nullable Words words, List<String> cuesBefore, List<String> cuesAfter,
                        List<String> breakdownNouns) {
        this.brokenDown = compile(breakdownNouns);
        this.names = words == null ? List.of() : compile(words.names());
        this.bare = words == null ? List.of() : compile(words.bare());
        this.before = words == null ? List.of() : compile(words.before());
        this.between = words == null ? List.of() : compile(words.between());
        this.joiners = words == null ? List.of() : compile(words.joiners());
        List<String> after = new ArrayList<>(cuesAfter);
        if (words != null) {
            after.addAll(words.notBefore());
        }
        this.sourceAfter = compile(after);
        this.sourceBefore = compile(cuesBefore);
        // not claimantCues.partyVoices: "forces" and "army" there are the troops counted ("forces in Kursk")
        this.voices = words == null ? List.of() : compile(words.voices());
    }

    public static NamedPlaces of(QuestionLexicon lexicon) {
        QuestionLexicon.Cues cues = lexicon.claimantCues();
        return new NamedPlaces(lexicon.places(), cues.before(), cues.after(),
                lexicon.subjects().breakdowns().stream().flatMap(b -> b.nouns().stream()).toList());
    }

    /**
     * What the reply says before its figures when the question names a place, or null when it names none. A place the
     * question's subject already says no figure counts alone ({@code subjects.breakdowns}: "in Pokrovsk") is not said
     * twice.
     */
    public @Nullable String note(String question, ParsedQuestion parsed) {
        java.util.Map<String, String> byName = new java.util.LinkedHashMap<>();
        in(question).stream()
                .filter(f -> !saidAlready(f, parsed))
                .forEach(f -> byName.putIfAbsent(f.name(), "'" + f.quoted() + "'"));
        List<String> quoted = List.copyOf(byName.values());
        if (quoted.isEmpty()) {
            return null;
        }
        String places = quoted.size() == 1 ? quoted.get(0)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
        return "Tally keeps no figures by place, so the figures below are not narrowed to " + places + ": each is its"
                + " source's figure as worded, for whatever place its source counted.";
    }

    /** The places {@code question} names, in its own words, first to last. */
    List<Found> in(String question) {
        List<Found> found = new ArrayList<>();
        if (names.isEmpty() && bare.isEmpty()) {
            return found;
        }
        QuestionText text = QuestionText.of(question);
        List<String> w = text.words();
        int lastEnd = -1;
        for (int i = 0; i < w.size(); i++) {
            int size = longestAt(bare, w, i);
            int from = i;
            if (size == 0) {
                size = longestAt(names, w, i);
                // "in Kursk or Belgorod": the second name shares the first one's "in"
                boolean joined = i >= 1 && lastEnd == i - 1 && Phrases.oneWordAt(joiners, w, i - 1);
                from = size == 0 ? -1 : joined ? i : placeWordBefore(w, i);
            }
            if (from < 0 || namesASource(w, from, i + size)) {
                continue;
            }
            found.add(new Found(quote(text, w, from, i + size), String.join(" ", w.subList(i, i + size))));
            lastEnd = i + size;
            i += size - 1;
        }
        return found;
    }

    /** Where the "in" before the name at {@code at} stands, over at most three {@code between} words; -1 for none. */
    private int placeWordBefore(List<String> w, int at) {
        for (int j = at - 1; j >= 0 && j >= at - 1 - MAX_BETWEEN; j--) {
            if (Phrases.oneWordAt(before, w, j)) {
                return j;
            }
            if (!Phrases.oneWordAt(between, w, j)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words from {@code from} to {@code end} name a source, not a place: a cue ends right before them
     * ("according to Kyiv"), a cue or another name's word follows ("Pyongyang says", "Kyiv's estimate", "the Kyiv
     * Independent"), or a side's voice stands before them ("officials in Seoul").
     */
    private boolean namesASource(List<String> w, int from, int end) {
        int after = end < w.size() && w.get(end).equals("s") ? end + 1 : end;
        if (after < w.size() && Phrases.oneWordAt(sourceAfter, w, after)) {
            return true;
        }
        for (Phrases.Phrase cue : sourceBefore) {
            // the cue ends right before the words, or with their "to" ("according to the Kyiv Independent")
            for (int start = from - cue.size(); start <= from + 1 - cue.size(); start++) {
                if (start >= 0 && Phrases.matchesAt(cue, w, start)) {
                    return true;
                }
            }
        }
        return from > 0 && Phrases.oneWordAt(voices, w, from - 1);
    }

    /**
     * The words as the asker wrote them, on one line; their lower-case words when what stands between them is more
     * than a few characters ("in!!!...Kursk"), so the note never repeats a run of noise.
     */
    private static String quote(QuestionText text, List<String> w, int from, int to) {
        String written = text.asWritten(from, to).replaceAll("\\s+", " ");
        String words = String.join(" ", w.subList(from, to));
        String quoted = written.length() <= words.length() + 2 * (to - from) ? written : words;
        // a name read by its stem ("курск*") may run on for a whole line of letters
        return quoted.length() <= MAX_QUOTE ? quoted : quoted.substring(0, MAX_QUOTE) + "…";
    }

    private static int longestAt(List<Phrases.Phrase> phrases, List<String> w, int at) {
        return phrases.stream().filter(p -> Phrases.matchesAt(p, w, at)).mapToInt(Phrases.Phrase::size).max().orElse(0);
    }

    /** Whether the subject's note already names the place: one of {@code subjects.breakdowns}, found there too. */
    private boolean saidAlready(Found place, ParsedQuestion parsed) {
        List<String> name = QuestionText.words(place.name());
        return brokenDown.stream().anyMatch(p -> Phrases.matchesAt(p, name, 0) && p.size() == name.size())
                && parsed.subject().notBrokenDown().stream()
                .anyMatch(b -> (" " + b + " ").contains(" " + place.name() + " "));
    }

    private static List<Phrases.Phrase> compile(List<String> words) {
        return words.stream().map(Phrases::compile).sorted(Phrases.LONGEST_FIRST).toList();
    }
}
