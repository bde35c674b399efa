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
 * metric that states that number, so the reply can say what each counts; when the question names a source,
 * {@code mentioningElsewhere} holds the claims of other sources that state it, so a reply never says that no claim
 * states a number another source gives; {@code differences} is set for {@link Intent#WHY_DIFFER}. {@code noteAfter} is
 * said after the figures, not before them: what the reply left out (figures doubtfully the named source's), which must
 * not stand between the question and its answer (round 67).
 */
public record Answer(
        String question,
        ParsedQuestion parsed,
        List<FigureGroup> groups,
        List<Passage> passages,
        @Nullable String note,
        String caveat,
        List<Claim> mentioning,
        @Nullable Differences differences,
        List<Claim> mentioningElsewhere,
        @Nullable String noteAfter) {

    /**
     * Where a note sends the reader for every claim, in the command line's words; a front end with commands of its own
     * (Discord's /figures) says its own instead.
     */
    public static final String EVERY_CLAIM = "(`figures` lists every claim)";

    /** Where a note sends the reader for every article, in the command line's words (Discord: /sources). */
    public static final String EVERY_ARTICLE = "(`figures` lists every claim with its article)";

    public Answer {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(parsed, "parsed");
        Objects.requireNonNull(caveat, "caveat");
        groups = List.copyOf(groups);
        passages = List.copyOf(passages);
        mentioning = List.copyOf(mentioning);
        mentioningElsewhere = List.copyOf(mentioningElsewhere);
        if (!caveat.toLowerCase(java.util.Locale.ROOT).contains("unverified")) {
            throw new IllegalArgumentException("every answer must say its figures are unverified");
        }
    }

    /**
     * The same answer with another echo of the question ("who said that?" answered as the question it asks about). One
     * place copies every field, so a field added to the record is not dropped by a copy that forgot it.
     */
    public Answer withQuestion(String question) {
        return new Answer(question, parsed, groups, passages, note, caveat, mentioning, differences,
                mentioningElsewhere, noteAfter);
    }

    /** The same answer with another note before its figures (follow-up and corpus notes added to the composer's). */
    public Answer withNote(@Nullable String note) {
        return new Answer(question, parsed, groups, passages, note, caveat, mentioning, differences,
                mentioningElsewhere, noteAfter);
    }

    /** The same answer with another caveat, which must still say the figures are unverified. */
    public Answer withCaveat(String caveat) {
        return new Answer(question, parsed, groups, passages, note, caveat, mentioning, differences,
                mentioningElsewhere, noteAfter);
    }

    /** An answer with nothing to say after its figures. */
    public Answer(String question, ParsedQuestion parsed, List<FigureGroup> groups, List<Passage> passages,
                  @Nullable String note, String caveat, List<Claim> mentioning, @Nullable Differences differences,
                  List<Claim> mentioningElsewhere) {
        this(question, parsed, groups, passages, note, caveat, mentioning, differences, mentioningElsewhere, null);
    }

    public Answer(String question, ParsedQuestion parsed, List<FigureGroup> groups, List<Passage> passages,
                  @Nullable String note, String caveat) {
        this(question, parsed, groups, passages, note, caveat, List.of(), null);
    }

    /** An answer whose question names no source, or checks no number: no claim of another source is looked at. */
    public Answer(String question, ParsedQuestion parsed, List<FigureGroup> groups, List<Passage> passages,
                  @Nullable String note, String caveat, List<Claim> mentioning, @Nullable Differences differences) {
        this(question, parsed, groups, passages, note, caveat, mentioning, differences, List.of());
    }

    /**
     * Whether the reply says the period it read: only when North Korean troop figures answer the question. An
     * off-topic reply, or one about something Tally does not cover ("what's the weather in Kursk today?"), chooses no
     * figure by its date, and "Period: on 3 Dec 2026 (today) / Figures are chosen by when they were claimed" above it
     * read as if it had (trial 13). {@code ask --json} still has the period read.
     */
    public boolean periodShown() {
        return parsed.period() != null && parsed.onTopic() && parsed.answeredByTroopFigures();
    }

    public boolean hasFigures() {
        return groups.stream().anyMatch(g -> !g.claims().isEmpty());
    }
}
