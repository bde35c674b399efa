package tally.app.answer;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tally.model.Claim;
import tally.model.Passage;

/**
 * Tally's reply. {@code caveat} always says the figures are unverified claims. When no figure matches,
 * {@code groups} is empty, {@code note} says so, and {@code passages} offers the most relevant attributed text.
 * {@code mentioning} holds, for a question that checks a number ({@link Intent#CHECK}), every matching claim of any
 * metric that states that number, so the reply can say what each counts; {@code differences} is set for
 * {@link Intent#WHY_DIFFER}.
 */
public record Answer(
        String question,
        ParsedQuestion parsed,
        List<FigureGroup> groups,
        List<Passage> passages,
        @Nullable String note,
        String caveat,
        List<Claim> mentioning,
        @Nullable Differences differences) {

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(caveat, "caveat");
        groups = List.copyOf(groups);
        passages = List.copyOf(passages);
        mentioning = List.copyOf(mentioning);
        if (!caveat.toLowerCase(java.util.Locale.ROOT).contains("unverified")) {
            throw new IllegalArgumentException("every answer must say its figures are unverified");
        }
    }

    public Answer(String question, ParsedQuestion parsed, List<FigureGroup> groups, List<Passage> passages,
                  @Nullable String note, String caveat) {
        this(question, parsed, groups, passages, note, caveat, List.of(), null);
    }

    public boolean hasFigures() {
        return groups.stream().anyMatch(g -> !g.claims().isEmpty());
    }
}
