package tally.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tally.config.ClaimantDirectory;
import tally.config.PhraseMatcher;
import tally.model.Certainty;
import tally.model.Claim;
import tally.model.ClaimDate;
import tally.model.Claimant;
import tally.model.DateBasis;

/**
 * The occasions an article dates and who was there: "The ceremony, held in Pyongyang on Friday, ..." and "At the
 * ceremony, Kim thanked the troops" make Friday the date of what Kim said at it. A claim that has no date of its own
 * (the report's date stood in) and whose claimant (or relay) is named with a dated occasion takes that occasion's
 * date, marked uncertain since another sentence gives it. Nouns that name an occasion are the lexicon's
 * {@code eventNouns}; a date within {@link #REACH} characters of the noun dates it.
 */
final class Scenes {

    private static final int REACH = 60;

    /** An occasion's date, the words that gave it, and the sentences that name it. */
    private static final class Scene {
        @Nullable ClaimDate date;
        @Nullable String dateWords;
        final List<String> sentences = new ArrayList<>();
        /** The article's own words of those sentences, to find the occasion a claim's sentence names. */
        final java.util.Set<String> quotes = new java.util.HashSet<>();
        final List<String> present = new ArrayList<>();
    }

    private final PhraseMatcher nouns;
    private final PhraseMatcher upcoming;
    private final PhraseMatcher older;
    private final DateFinder dateFinder;
    private final Map<String, Scene> byNoun = new HashMap<>();
    /** The occasions the previous sentence named: "It was held on December 12. Kim Jong Un was present." */
    private List<Scene> named = List.of();
    private int namedParagraph = -1;

    /**
     * @param older the lexicon's pastPerfectMarkers: an occasion named in a sentence that recalls an older statement
     *              ("Austin had said Wednesday after a first meeting ...") is not the one the article's undated claims
     *              were made at, so its date dates none of them
     */
    Scenes(PhraseMatcher nouns, PhraseMatcher upcoming, PhraseMatcher older, DateFinder dateFinder) {
        this.nouns = nouns;
        this.upcoming = upcoming;
        this.older = older;
        this.dateFinder = dateFinder;
    }

    /** Reads one sentence: the occasions it names, the dates it gives them, the claimants it names beside them. */
    void observe(Sentence sentence, List<ClaimantDirectory.Mention> mentions, java.time.@Nullable LocalDate reported) {
        String s = sentence.text();
        List<PhraseMatcher.Hit> hits = nouns.find(s).stream().filter(h -> !stillToCome(s, h)).toList();
        if (hits.isEmpty()) {
            // "The ceremony was held in Pyongyang. Kim Jong Un was present.": the names of the next sentence of the
            // paragraph were at the occasion just named, unless that sentence names its own ("at a meeting")
            if (sentence.paragraph() == namedParagraph) {
                named.forEach(scene -> mentions.forEach(m -> scene.present.add(m.id())));
            }
            named = List.of();
            return;
        }
        namedParagraph = sentence.paragraph();
        List<DateMention> dates = dateFinder.find(s);
        named = new ArrayList<>(hits.size());
        for (PhraseMatcher.Hit h : hits) {
            Scene scene = byNoun.computeIfAbsent(h.phrase(), k -> new Scene());
            named.add(scene);
            scene.sentences.add(s.toLowerCase(Locale.ROOT));
            scene.quotes.add(sentence.original());
            mentions.stream().filter(m -> sameClause(s, m, h)).forEach(m -> scene.present.add(m.id()));
            if (scene.date != null || !older.find(s, 0, h.start()).isEmpty()) {
                continue;
            }
            for (DateMention d : dates) {
                int gap = d.start() >= h.end() ? d.start() - h.end() : h.start() - d.end();
                ClaimDate resolved = gap <= REACH ? d.resolve(reported) : null;
                if (resolved != null) {
                    scene.date = resolved;
                    scene.dateWords = s.substring(d.start(), d.end());
                    break;
                }
            }
        }
    }

    /**
     * "the coming Aug. 15 talks", "the planned summit": one of the lexicon's upcomingOccasionMarkers stands before the
     * noun, within {@link #UPCOMING_REACH} characters and no comma or semicolon between, so the occasion has not
     * happened and no claim was made at it.
     */
    private boolean stillToCome(String s, PhraseMatcher.Hit occasion) {
        int from = Math.max(0, occasion.start() - UPCOMING_REACH);
        return upcoming.find(s, from, occasion.start()).stream().anyMatch(m -> s.substring(m.end(), occasion.start())
                .chars().noneMatch(c -> c == ',' || c == ';'));
    }

    /** How far before an occasion's noun a word setting it in the future may stand: "the coming Aug. 15 talks". */
    private static final int UPCOMING_REACH = 25;

    /**
     * "South Korea's spy agency told lawmakers, as Kim heads to Beijing to attend Wednesday's parade": a name set off
     * from the occasion by a subordinate clause ("as", "while", "when", "after", "before", "since", "because" after a
     * comma, or a semicolon) was not there.
     */
    private static boolean sameClause(String s, ClaimantDirectory.Mention m, PhraseMatcher.Hit occasion) {
        int from = Math.min(m.end(), occasion.end());
        int to = Math.max(m.start(), occasion.start());
        return from >= to || !SUBORDINATE.matcher(s).region(from, to).find();
    }

    private static final java.util.regex.Pattern SUBORDINATE = java.util.regex.Pattern.compile(
            "(?i);|,\\s+(?:as|while|when|after|before|since|because|whereas)\\s");

    /**
     * The claims whose only date was the report's, re-dated by an occasion their claimant was named at. Run over an
     * article's merged claims, so a figure the article also states with a date of its own keeps that date.
     */
    List<ArticleExtractor.Extracted> apply(List<ArticleExtractor.Extracted> found) {
        if (byNoun.values().stream().noneMatch(sc -> sc.date != null)) {
            return found;
        }
        List<ArticleExtractor.Extracted> out = new ArrayList<>(found.size());
        for (ArticleExtractor.Extracted e : found) {
            Claim c = e.claim();
            Scene scene = c.claimDate().basis() == DateBasis.REPORT_DATE ? sceneOf(c) : null;
            out.add(scene == null ? e : new ArticleExtractor.Extracted(c.withClaimDate(scene.date).withCertainty(
                    c.certainty().withDate(Certainty.Field.doubt("date of the occasion another sentence dates",
                            scene.dateWords))), e.pending()));
        }
        return out;
    }

    /** A dated occasion the claimant (or relay) was named at; one its own sentence names comes first. */
    private @Nullable Scene sceneOf(Claim c) {
        Scene found = null;
        for (Scene scene : byNoun.values()) {
            if (scene.date == null || !(present(scene, c.claimant()) || c.relayedBy() != null && present(scene, c.relayedBy()))) {
                continue;
            }
            if (c.sources().stream().anyMatch(src -> scene.quotes.contains(src.quote()))) {
                return scene;
            }
            found = found == null ? scene : found;
        }
        return found;
    }

    /**
     * Named there: a listed claimant by id; an unlisted one only when its words are a proper name ("Shoigu", "Sergei
     * Shoigu", every word capitalised) and stand there whole ("South Korea" is not named by "North Korea").
     */
    private static boolean present(Scene scene, Claimant who) {
        if (!who.known()) {
            return false;
        }
        if (who.listed()) {
            return scene.present.contains(who.id());
        }
        String[] words = who.name().split("\\s+");
        boolean properName = java.util.Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '-'));
        String name = who.name().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return properName && name.length() > 2 && scene.sentences.stream()
                .anyMatch(t -> (" " + t.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ").contains(" " + name + " "));
    }
}
