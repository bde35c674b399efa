package tally.adapter.discord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.adapter.discord.reply.Dates;
import tally.adapter.discord.reply.EmbedPlan;
import tally.adapter.discord.reply.Replies;
import tally.app.Tally;
import tally.model.Metric;

/**
 * The replies a Previous/Next button can compose again once the {@link Pager} has forgotten their pages (an hour
 * idle, a restart), each named by a recipe: one letter and its argument. Every paged reply members or moderators get
 * has one (round 64: follow-ups, /help, /status and the moderators' lists had none, and said "This answer has
 * expired"); a recipe too long for a button id is kept by {@link KeptRecipes}. A recipe that cannot be composed (an
 * unknown letter, a forged argument, a moderators' list clicked by someone who is not one) gives null, and the click
 * is told the reply expired: never an exception.
 */
final class ReplyRecipes {
    /** /summary and the pinned summaries it keeps current (round 62). */
    static final String SUMMARY = "s";
    /** An answer to a question read on its own: this letter and the question. */
    static final String ASK = "a";
    /** A follow-up: this letter and, in JSON, the question and the asker's earlier questions (oldest first). */
    static final String FOLLOW_UP = "u";
    /** A /figures lookup: this letter and its options ({@link #figures}). */
    static final String FIGURES = "f";
    static final String SOURCES = "o";
    /** /source: this letter and the article's file. */
    static final String SOURCE = "r";
    static final String HELP = "h";
    /** The moderators' replies: /status, /claim log, /claim reports. */
    static final String STATUS = "t";
    static final String CLAIM_LOG = "l";
    static final String CLAIM_REPORTS = "p";

    static final String CHANGED = "The figures changed since this summary was posted: this is the current summary.";
    static final String CHANGED_ANSWER = "The figures changed since this reply was posted: this is the current reply.";
    static final String CHANGED_HELP = "Tally's help changed since this was posted: this is the current help.";
    static final String CHANGED_LIST = "This list changed since it was shown: this is the current list.";
    static final String STATUS_NOW = "Tally's status now (it was shown earlier):";

    private static final Logger LOG = LoggerFactory.getLogger(ReplyRecipes.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Replies replies;
    private final Tally tally;
    private final DiscordSettings settings;
    private final Clock clock;

    ReplyRecipes(Replies replies, Tally tally, DiscordSettings settings, Clock clock) {
        this.replies = replies;
        this.tally = tally;
        this.settings = settings;
        this.clock = clock;
    }

    /** The recipe of the answer to {@code question} asked after {@code earlier}: a follow-up carries its chain. */
    static String answer(Tally tally, String question, List<String> earlier) {
        if (earlier.isEmpty() || !tally.followsOn(question)) {
            return ASK + question;
        }
        List<String> chain = new ArrayList<>();
        chain.add(question);
        chain.addAll(earlier);
        try {
            return FOLLOW_UP + JSON.writeValueAsString(chain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }

    /** The recipe of a /figures lookup: its options, each after a '|', empty when not given. */
    static String figures(@Nullable String metric, @Nullable String claimant, @Nullable String since) {
        return FIGURES + (metric == null ? "" : metric) + "|" + (claimant == null ? "" : claimant) + "|"
                + (since == null ? "" : since);
    }

    /** The options of a /figures recipe's argument, nulls for those not given; null when it is no such argument. */
    static String @Nullable [] figuresOptions(String argument) {
        String[] parts = argument.split("\\|", -1);
        if (parts.length != 3) {
            return null;
        }
        for (int i = 0; i < 3; i++) {
            parts[i] = parts[i].isEmpty() ? null : parts[i];
        }
        return parts;
    }

    /** Whether {@code recipe} names a reply this class composes (its letter is known). */
    static boolean known(String recipe) {
        return !recipe.isEmpty() && "saufrohtlp".indexOf(recipe.charAt(0)) >= 0;
    }

    /** What a page composed again says above it when it is no longer what was posted. */
    static String note(String recipe) {
        return switch (recipe.isEmpty() ? ' ' : recipe.charAt(0)) {
            case 's' -> CHANGED;
            case 'h' -> CHANGED_HELP;
            case 't' -> STATUS_NOW;
            case 'l', 'p' -> CHANGED_LIST;
            default -> CHANGED_ANSWER;
        };
    }

    /** The reply {@code recipe} names, composed now for the member who clicked; null when it cannot be. */
    @Nullable EmbedPlan compose(String recipe, ButtonInteractionEvent click) {
        if (!known(recipe)) {
            return null;
        }
        try {
            return compose(recipe.charAt(0), recipe.substring(1), click);
        } catch (RuntimeException | JsonProcessingException e) {
            LOG.info("a page button's recipe could not be composed ({}): {}", recipe.charAt(0), e.toString());
            return null;
        }
    }

    private @Nullable EmbedPlan compose(char letter, String argument, ButtonInteractionEvent click)
            throws JsonProcessingException {
        return switch (letter) {
            case 's' -> replies.summary();
            case 'a' -> replies.ask(argument);
            case 'u' -> followUp(JSON.readValue(argument, new TypeReference<List<String>>() { }));
            case 'f' -> figures(argument);
            case 'o' -> replies.sources();
            case 'r' -> replies.source(argument);
            case 'h' -> replies.help();
            default -> forModerators(letter, click);
        };
    }

    private @Nullable EmbedPlan followUp(List<String> chain) {
        return chain.isEmpty() || chain.contains(null) ? null
                : replies.ask(chain.get(0), chain.subList(1, chain.size()));
    }

    private @Nullable EmbedPlan figures(String argument) {
        String[] options = figuresOptions(argument);
        if (options == null) {
            return null;
        }
        Metric metric = options[0] == null ? null : Metric.byId(options[0]).orElse(null);
        LocalDate since = options[2] == null ? null : Dates.since(options[2]);
        return replies.figures(metric, options[1], since);
    }

    /** /status and the /claim lists, for a moderator only: anyone else is told the reply expired. */
    private @Nullable EmbedPlan forModerators(char letter, ButtonInteractionEvent click) {
        if (!Moderators.is(click.getMember(), settings)) {
            return null;
        }
        if (letter == 't') {
            return StatusReport.of(tally, clock, StatusCommand.gateway(click.getJDA()), settings);
        }
        return tally.moderator().map(m -> letter == 'l' ? ModeratorLists.log(m) : ModeratorLists.reports(m).plan())
                .orElse(null);
    }
}
