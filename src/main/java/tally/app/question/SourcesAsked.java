package tally.app.question;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tally.app.answer.Period;
import tally.app.answer.Who;

/**
 * The sources a question asks about: the listed ones it names, in order ({@link ClaimantFinder}), or else an unlisted
 * one it names by its cue ({@link UnknownSourceFinder}: "what did the Kyiv Independent report?"). A comparison by
 * degree ("are the numbers from Ukraine higher than South Korea's?") sets two listed sources side by side.
 */
final class SourcesAsked {

    /** The listed sources a question names, in order, and an unlisted one it names instead (or null). */
    record Sources(List<Who> who, UnknownSourceFinder.@Nullable Found unknown) {
    }

    private final ClaimantFinder claimants;
    private final UnknownSourceFinder unknownSources;
    private final IntentFinder intents;

    SourcesAsked(ClaimantFinder claimants, UnknownSourceFinder unknownSources, IntentFinder intents) {
        this.claimants = claimants;
        this.unknownSources = unknownSources;
        this.intents = intents;
    }

    Sources find(QuestionText text, List<String> w) {
        boolean comparing = intents.compares(w) || intents.differs(w);
        // A comparison puts listed sources side by side; an unknown name there is left to the listing as before.
        UnknownSourceFinder.Found unknown = comparing ? null : unknownSources.find(text.cleaned());
        List<Who> who = claimants.findAll(text.cleaned(), comparing, unknown);
        if (!comparing && intents.comparesByDegree(w)) {
            // "are the numbers from Ukraine higher than South Korea's?" sets two sources side by side; with one
            // source ("the Mossad's lower than Seoul's": one listed, one not) it stays a listing of what was named
            List<Who> sides = claimants.findAll(text.cleaned(), true, null);
            if (sides.size() >= 2) {
                return new Sources(sides, null);
            }
        }
        // a listed source elsewhere in the question is the one asked for; its figures are not filtered twice
        return new Sources(who, who.isEmpty() ? unknown : null);
    }

    /** Whether an unknown source is named by a name: a word written with a capital ("the Kyiv Independent"). */
    static boolean namedByName(UnknownSourceFinder.@Nullable Found unknown) {
        return unknown != null && Arrays.stream(unknown.words().split("\\s+"))
                .anyMatch(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)));
    }

    /**
     * An unlisted source whose words are the period the question asks about is no source: "according to January 2025"
     * and the follow-up "what about January 2025?" asked for a month, and were answered that no source "January" is
     * listed (trial 11).
     */
    static UnknownSourceFinder.@Nullable Found periodIsNoSource(UnknownSourceFinder.@Nullable Found unknown,
                                                              @Nullable Period period) {
        return unknown != null && period != null && period.shown().toLowerCase(Locale.ROOT)
                .contains(unknown.words().toLowerCase(Locale.ROOT)) ? null : unknown;
    }
}
