package tally.adapter.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import tally.app.FigureQuery;
import tally.app.Tally;

/**
 * The controls under each kind of reply ({@link ClaimControls}), worked out from the same claims the reply shows.
 * None where no moderation store is wired. An answer's controls are cached beside its reply (same corpus version,
 * same question), so a question answered from the cache costs the engine nothing.
 */
final class AnswerControls {
    private final Tally tally;
    private final Cache<String, List<ActionRow>> answers;

    AnswerControls(Tally tally, int cacheSize, Ticker ticker) {
        this.tally = tally;
        this.answers = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterAccess(Duration.ofHours(6))
                .ticker(ticker).build();
    }

    List<ActionRow> ask(String question) {
        return ask(question, List.of());
    }

    /** The controls of the claims the answer to {@code question}, read after {@code earlier}, shows. */
    List<ActionRow> ask(String question, List<String> earlier) {
        if (tally.moderator().isEmpty()) {
            return List.of();
        }
        List<String> after = !earlier.isEmpty() && tally.followsOn(question) ? earlier : List.of();
        StringBuilder key = new StringBuilder(tally.corpusVersion()).append('\n').append(words(question));
        after.forEach(e -> key.append("\n<").append(words(e)));
        return answers.get(key.toString(), k -> ClaimControls.rows(after.isEmpty() ? tally.ask(question)
                : tally.ask(question, after)));
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    List<ActionRow> summary() {
        return when(() -> ClaimControls.rows(tally.summary()));
    }

    /** @param who the source typed, as {@link Tally#source} read it; null: everyone */
    List<ActionRow> figures(FigureQuery query, tally.app.answer.@org.jspecify.annotations.Nullable Who who) {
        return when(() -> ClaimControls.rows(tally.figures(query, who)));
    }

    private List<ActionRow> when(Supplier<List<ActionRow>> rows) {
        return tally.moderator().isEmpty() ? List.of() : rows.get();
    }
}
