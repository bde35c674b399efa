package tally.app.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tally.config.ClaimantDirectory;
import tally.config.ClaimantDirectory.Mention;

/**
 * Sources named in the other languages a question may be asked in ({@code claimantCues.names} in questions.json: a
 * claimant's or party's id, and the words for it, '*' matching endings: "зеленськ*" for every case of Zelensky's name in
 * Ukrainian, "국정원*" for the NIS with any particle after it). The directory's aliases are English and whole words, so
 * "по словам Зеленского" had named no source and its answer showed every claimant's figures.
 */
final class LocalNames {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private record Name(String id, boolean party, Phrases.Phrase phrase) {
    }

    private final List<Name> names = new ArrayList<>();

    /**
     * @throws IllegalArgumentException when an id is neither a listed claimant nor a party: the file is wrong, and it is
     *                                  said at start rather than when a question happens to use the name
     */
    LocalNames(Map<String, List<String>> byId, ClaimantDirectory directory) {
        byId.forEach((id, words) -> {
            boolean claimant = directory.byId(id).isPresent();
            boolean party = !claimant && directory.party(id).isPresent();
            if (!claimant && !party) {
                throw new IllegalArgumentException("claimantCues.names: '" + id
                        + "' is neither a claimant nor a party of claimants.json");
            }
            words.forEach(w -> names.add(new Name(id, party, Phrases.compile(w))));
        });
        names.sort((a, b) -> Phrases.LONGEST_FIRST.compare(a.phrase(), b.phrase()));
    }

    /** Where the question names a source in those words: as claimant mentions, or party mentions when {@code parties}. */
    List<Mention> find(String cleaned, boolean parties) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(cleaned);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (Name n : names) {
                if (Phrases.matchesAt(n.phrase(), words, i)) {
                    if (n.party() == parties) {
                        found.add(new Mention(n.id(), spans.get(i)[0], spans.get(i + n.phrase().size() - 1)[1], false));
                    }
                    i += n.phrase().size() - 1;
                    break;
                }
            }
        }
        return found;
    }
}
